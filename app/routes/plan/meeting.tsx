import { Link } from "react-router";
import { today } from "~/.server/clock";
import { withPageErrors } from "~/.server/http/user-errors";
import { meetingPage } from "~/.server/views/meeting-page";
import { StatusTag } from "~/components/attainment-status";
import { FormMessage } from "~/components/form";
import { MeetingChoiceForm, MilestoneList, PrintButton } from "~/components/meeting-parts";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/meeting";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "meeting");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  return meetingPage(context, request, params.slug, today());
});

/**
 * "Til styregruppemødet": one printable page for the steering group — what changed since the
 * last meeting, the criteria furthest behind with the explanation, milestones and money.
 */
export default function Meeting({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <div className="meeting-view">
      <h1>{t("meeting.title")}</h1>
      <p className="font-lead">{d.lead}</p>
      {d.ended ? <p className="form-hint">{t("meeting.ended")}</p> : null}
      <FormMessage message={d.error} />
      <MeetingChoiceForm d={d} />
      <PrintButton />
      <StatusChanges d={d} />
      <CriteriaBehind d={d} />
      <section className="plan-section" aria-labelledby="m-milestones">
        <h2 id="m-milestones">{t("followUp.milestones")}</h2>
        <MilestoneList title={t("meeting.overdue")} list={d.overdue} empty={t("meeting.noneOverdue")} />
        <MilestoneList title={t("meeting.coming")} list={d.coming} empty={t("meeting.noneComing")} />
        {d.doneSince.length ? <MilestoneList title={t("meeting.doneSince")} list={d.doneSince} empty="" /> : null}
        <p>
          <Link to={`/planer/${d.slug}/opfoelgning#milepaele`}>{t("meeting.toFollowUp")}</Link>
        </p>
      </section>

      <section className="plan-section" aria-labelledby="m-budget">
        <h2 id="m-budget">{t("meeting.budgetTitle", { year: d.budget.year })}</h2>
        {d.budget.lines === 0 ? (
          <p>{t("followUp.noBudget")}</p>
        ) : (
          <>
            <dl className="meeting-budget">
              <dt>{t("meeting.planned")}</dt>
              <dd>{d.budget.planned}</dd>
              <dt>{t("meeting.spent")}</dt>
              <dd>{d.budget.spent}</dd>
            </dl>
            {d.budget.localShare ? <p>{d.budget.localShare}</p> : null}
            <p>
              <Link to={`/planer/${d.slug}/opfoelgning#oekonomi`}>{t("meeting.toBudget")}</Link>
            </p>
          </>
        )}
      </section>
    </div>
  );
}

type Data = Route.ComponentProps["loaderData"];

const criterionLink = (d: Data, key: string) => `/planer/${d.slug}/maalopfyldelse/${key}?periode=${d.period}`;

/** What changed since the last meeting: the counts by status then and now, and each criterion that changed status. */
function StatusChanges({ d }: { d: Data }) {
  const { t } = useTranslation();
  return (
    <section className="plan-section" aria-labelledby="m-changes">
      <h2 id="m-changes">{t("meeting.changesTitle")}</h2>
      <table className="table table--compact meeting-counts">
        <caption>{t("meeting.countsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("attainment.status")}</th>
            <th scope="col" className="align-text-right">
              {t("meeting.then")}
            </th>
            <th scope="col" className="align-text-right">
              {t("meeting.now")}
            </th>
          </tr>
        </thead>
        <tbody>
          {d.counts.map((c) => (
            <tr key={c.status}>
              <th scope="row">
                <StatusTag status={c.status} />
              </th>
              <td className="align-text-right">{c.atSince}</td>
              <td className="align-text-right">{c.now}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {d.changes.length === 0 ? (
        <p>{t("meeting.noChanges")}</p>
      ) : (
        <ul className="meeting-changes">
          {d.changes.map((c) => (
            <li key={c.key} data-change={c.change} data-criterion={c.key}>
              <strong>{t(`meeting.change.${c.change}`)}:</strong> <Link to={criterionLink(d, c.key)}>{c.text}</Link>{" "}
              <span className="meeting-status-change">
                <StatusTag status={c.before} /> → <StatusTag status={c.after} />
              </span>{" "}
              <span className="form-hint">{t("meeting.actualOfTarget", { actual: c.actual, target: c.target })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The criteria furthest behind, each with its explanation (or a link to write one). */
function CriteriaBehind({ d }: { d: Data }) {
  const { t } = useTranslation();
  return (
    <section className="plan-section" aria-labelledby="m-behind">
      <h2 id="m-behind">{t("meeting.behindTitle")}</h2>
      {d.behind.length === 0 ? <p>{t("meeting.noneBehind")}</p> : null}
      <ol className="meeting-behind">
        {d.behind.map((b) => (
          <li key={b.key} data-criterion={b.key}>
            <Link to={criterionLink(d, b.key)}>{b.text}</Link> <StatusTag status={b.status} />
            <br />
            {t("meeting.actualOfTarget", { actual: b.actual, target: b.target })}
            {b.share ? ` (${b.share})` : ""}
            {b.targetNote ? <span className="form-hint"> {b.targetNote}</span> : null}
            <p className="meeting-explanation">
              {b.explanation ? (
                b.explanation
              ) : (
                <em>
                  {t("meeting.noExplanation")}{" "}
                  {d.mayWrite ? (
                    <Link to={`/planer/${d.slug}/rapporter?periode=${d.period}#tekster`}>
                      {t("meeting.writeExplanation")}
                    </Link>
                  ) : null}
                </em>
              )}
            </p>
          </li>
        ))}
      </ol>
      {d.moreBehind > 0 ? (
        <p>
          <Link to={`/planer/${d.slug}/maalopfyldelse?periode=${d.period}`}>
            {t("meeting.moreBehind", { count: d.moreBehind })}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
