import { Link, useSearchParams } from "react-router";
import { activityLog } from "~/.server/domain/logbook/activity-log";
import { withPageErrors } from "~/.server/http/user-errors";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { FormMessage, TextField } from "~/components/form";
import { SessionList } from "~/components/session-list";
import { formatDate } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/activity";
import { openLog, today } from "./open-log.server";

export function meta({ data, matches }: Route.MetaArgs) {
  return data ? pageTitle(matches, "logActivity", { activity: data.activity.title }) : pageTitle(matches, "app");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { ctx, db } = await openLog(context, request, params.slug);
  return {
    slug: params.slug,
    planTitle: ctx.plan.title,
    ...(await activityLog(db, ctx, params.activityKey, today())),
  };
});

export default function ActivityLog({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const base = `/log/${d.slug}`;
  const [params] = useSearchParams();
  const saved = params.get("gemt");
  const q = `?aktivitet=${d.activity.key}`;
  return (
    <>
      <Breadcrumbs
        items={[{ label: t("log.title"), to: "/log" }, { label: d.planTitle }, { label: d.activity.title }]}
      />
      <h1>{d.activity.title}</h1>
      {saved && ["deltager", "henvendelse", "serie", "timer"].includes(saved) ? (
        <FormMessage kind="success" message={t(`log.savedKinds.${saved}`)} />
      ) : null}
      {d.planEnded ? <p className="form-hint">{t("log.planEnded", { date: formatDate(d.workingDay, lang) })}</p> : null}
      <LogActions d={d} base={base} q={q} />
      <section className="plan-section">
        <h2>{t("log.upcoming")}</h2>
        {d.upcoming.length > 0 ? <SessionList slug={d.slug} sessions={d.upcoming} /> : <p>{t("log.noUpcoming")}</p>}
      </section>
      {d.named ? (
        <form method="get" action={`${base}/${d.activity.key}/fremmoede`} className="find-session">
          <TextField name="dato" type="date" label={t("attendance.findByDate")} defaultValue={d.workingDay} width="s" />
          <button type="submit" className="button button-secondary">
            {t("attendance.openDate")}
          </button>
        </form>
      ) : null}
      <section className="plan-section">
        <h2>{t("log.recent")}</h2>
        {d.recent.length > 0 ? <SessionList slug={d.slug} sessions={d.recent} /> : <p>{t("log.noRecent")}</p>}
      </section>
      <RecentContacts d={d} base={base} />
      <OpenCourses base={base} courses={d.openCourses} />
      <Roster d={d} base={base} q={q} />
    </>
  );
}

/** The contacts logged on the activity in the last 60 days: a worker sees what they saved (none: no section). */
function RecentContacts({ d, base }: { d: ActivityLogData; base: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  if (d.contacts.length === 0) return null;
  return (
    <section className="plan-section">
      <h2>{t("log.recentContacts")}</h2>
      <ul className="contact-list">
        {d.contacts.map((c) => {
          const who = c.code
            ? `${c.initials ?? "–"} · ${c.code}`
            : c.household
              ? t("log.householdCode", { code: c.household })
              : null;
          return (
            <li key={c.id}>
              <strong>{formatDate(c.date, lang)}</strong>
              {c.topic ? ` · ${c.topic}` : ""}
              {who ? " · " : ""}
              {who && c.participantId ? <Link to={`${base}/deltager/${c.participantId}`}>{who}</Link> : who}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

type ActivityLogData = Route.ComponentProps["loaderData"];

/** What a worker can log for the activity: attendance (named attendance only), events, people, contacts, hours. */
function LogActions({ d, base, q }: { d: ActivityLogData; base: string; q: string }) {
  const { t } = useTranslation();
  return (
    <ul className="log-actions unstyled-list">
      {d.named ? (
        <li>
          <Link className="button button-primary" to={`${base}/${d.activity.key}/fremmoede`}>
            {t(d.planEnded ? "attendance.take" : "attendance.takeToday")}
          </Link>
        </li>
      ) : null}
      <li>
        <Link className={`button ${d.named ? "button-secondary" : "button-primary"}`} to={`${base}/ny/arrangement${q}`}>
          {t("log.newEvent")}
        </Link>
      </li>
      <li>
        <Link className="button button-secondary" to={`${base}/ny/serie${q}`}>
          {t("log.newSeries")}
        </Link>
      </li>
      <li>
        <Link className="button button-secondary" to={`${base}/ny/deltager${q}`}>
          {t("log.newParticipant")}
        </Link>
      </li>
      <li>
        <Link className="button button-secondary" to={`${base}/ny/henvendelse${q}`}>
          {t("log.newContact")}
        </Link>
      </li>
      <li>
        <Link className="button button-secondary" to={`${base}/timer${q}`}>
          {t("log.staffHours")}
        </Link>
      </li>
    </ul>
  );
}

/** The activity's courses that have not ended, with when each started. */
function OpenCourses({ base, courses }: { base: string; courses: ActivityLogData["openCourses"] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <section className="plan-section">
      <h2>{t("log.openCourses")}</h2>
      {courses.length === 0 ? <p>{t("log.noOpenCourses")}</p> : null}
      <ul>
        {courses.map((c) => (
          <li key={c.id}>
            <Link to={`${base}/forloeb/${c.id}`}>
              {c.courseTypeName}: {c.initials ?? ""} {c.code}
            </Link>{" "}
            <span className="form-hint">{t("log.startedOn", { date: formatDate(c.startDate, lang) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The activity's participants, each with a link to start a course where the activity has its own. */
function Roster({ d, base, q }: { d: ActivityLogData; base: string; q: string }) {
  const { t } = useTranslation();
  return (
    <section className="plan-section">
      <h2>{t("log.roster", { count: d.roster.length })}</h2>
      <ul className="roster-list">
        {d.roster.map((p) => (
          <li key={p.id}>
            <Link to={`${base}/deltager/${p.id}`}>
              {p.initials ?? "–"} · {p.code}
            </Link>
            {p.birthYear ? <span className="form-hint"> · {p.birthYear}</span> : null}
            {d.courseTypes.some((c) => c.own) ? (
              <>
                {" "}
                <Link className="form-hint" to={`${base}/ny/forloeb${q}&deltager=${p.id}`}>
                  {t("log.startCourse")} <span className="sr-only">({p.code})</span>
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
