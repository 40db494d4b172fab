import { redirect, useActionData, useSearchParams } from "react-router";
import { today } from "~/.server/clock";
import { followUpView } from "~/.server/domain/follow-up/follow-up-view";
import { readActualsXlsx } from "~/.server/domain/follow-up/read-actuals-xlsx";
import { recordActuals } from "~/.server/domain/follow-up/record-actuals";
import { updateMilestone } from "~/.server/domain/follow-up/update-milestone";
import { userError } from "~/.server/errors";
import { type Refusal, withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";
import { BudgetFollowUp } from "~/components/follow-up-budget";
import { MilestonesFollowUp } from "~/components/follow-up-milestones";
import { FormMessage } from "~/components/form";
import { formatNumber } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/follow-up";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "followUp");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const actor = requireActor(context, request);
  const v = await followUpView(services(context).db, actor, params.slug, today());
  return {
    slug: params.slug,
    kind: v.plan.kind,
    mayEdit: v.mayEdit,
    milestones: v.milestones.map(({ history, ...m }) => ({ ...m, updates: history.length })),
    budget: v.budget,
    staffing: v.staffing,
    today: today(),
  };
});

export const action = withFormErrors(
  async ({ context, request, params }: Route.ActionArgs, refusal: Refusal<{ intent: string }>) => {
    const actor = requireActor(context, request);
    const { db } = services(context);
    const form = await request.formData();
    const intent = String(form.get("intent") ?? "");
    // The answer names the form it belongs to (the import form sends a file, so it is read here).
    refusal.keep({ intent });
    const text = (name: string) => String(form.get(name) ?? "").trim();
    if (intent === "milestone")
      await updateMilestone(db, actor, params.slug, {
        key: text("key"),
        status: text("status"),
        doneDate: text("doneDate") || undefined,
        newDue: text("newDue") || undefined,
        reason: text("reason") || undefined,
      });
    else if (intent === "actual")
      await recordActuals(
        db,
        actor,
        params.slug,
        [
          {
            label: text("label"),
            year: text("year"),
            amount: text("amount").replace(/\./g, "").replace(",", "."),
            note: text("note"),
          },
        ],
        "manual",
      );
    else if (intent === "import") {
      const file = form.get("file");
      if (!(file instanceof File) || file.size === 0) throw userError("missing-file", "chooseExcelFile");
      const rows = await readActualsXlsx(await file.arrayBuffer());
      const n = await recordActuals(db, actor, params.slug, rows, "import");
      return redirect(`/planer/${params.slug}/opfoelgning?gemt=import&antal=${n}#oekonomi`);
    } else throw userError("bad-request", "unknownIntent");
    return redirect(
      `/planer/${params.slug}/opfoelgning?gemt=${intent}#${intent === "milestone" ? "milepaele" : "oekonomi"}`,
    );
  },
);

export default function FollowUp({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>();
  const [search] = useSearchParams();
  const saved = search.get("gemt");
  const err = (intent: string) => (answer?.intent === intent ? answer : undefined);
  return (
    <>
      <h1>{t("followUp.title")}</h1>
      {saved ? (
        <FormMessage kind="success" message={t(`followUp.saved.${saved}`, { n: search.get("antal") ?? "" })} />
      ) : null}
      <MilestonesFollowUp d={d} answer={err("milestone")} />
      <BudgetFollowUp d={d} answer={err("actual")} importAnswer={err("import")} />
      <StaffingFollowUp staffing={d.staffing} />
    </>
  );
}

/** Staff hours per week: planned against logged, per activity. */
function StaffingFollowUp({ staffing }: { staffing: Route.ComponentProps["loaderData"]["staffing"] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <section className="plan-section" id="medarbejdere" aria-labelledby="staff-heading">
      <h2 id="staff-heading">{t("followUp.staffing")}</h2>
      <p className="form-hint">{t("followUp.staffingHint")}</p>
      {staffing.length === 0 ? (
        <p>{t("followUp.noStaffing")}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">{t("followUp.staffing")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("log.activity")}</th>
                <th scope="col" className="align-text-right">
                  {t("followUp.plannedPerWeek")}
                </th>
                <th scope="col" className="align-text-right">
                  {t("followUp.loggedPerWeek")}
                </th>
                <th scope="col" className="align-text-right">
                  {t("followUp.weeks")}
                </th>
                <th scope="col" className="align-text-right">
                  {t("followUp.totalHours")}
                </th>
              </tr>
            </thead>
            <tbody>
              {staffing.map((s) => (
                <tr key={s.key}>
                  <th scope="row">{s.title}</th>
                  <td className="align-text-right">{formatNumber(s.planned, lang)}</td>
                  <td className="align-text-right">
                    {s.average === undefined ? "–" : formatNumber(Math.round(s.average * 10) / 10, lang)}
                  </td>
                  <td className="align-text-right">{s.weeks}</td>
                  <td className="align-text-right">{formatNumber(s.total, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
