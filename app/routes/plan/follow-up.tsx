import { useTranslation } from "react-i18next";
import { data, redirect, useActionData, useSearchParams } from "react-router";
import { today } from "~/.server/clock";
import { followUpView } from "~/.server/domain/follow-up/follow-up-view";
import { readActualsXlsx } from "~/.server/domain/follow-up/read-actuals-xlsx";
import { recordActuals } from "~/.server/domain/follow-up/record-actuals";
import { updateMilestone } from "~/.server/domain/follow-up/update-milestone";
import { userError } from "~/.server/errors";
import { type Refusal, withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";
import { FormMessage, PostForm, Select, SubmitButton, TextField } from "~/components/form";
import { formatAmount, formatDate, formatDue, formatNumber } from "~/format/format";
import { localShareText } from "~/format/local-share-text";
import type { Language } from "~/i18n";
import type { Route } from "./+types/follow-up";

export function meta() {
  return [{ title: "Opfølgning · Helhed" }];
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
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const answer = useActionData<typeof action>();
  const [search] = useSearchParams();
  const saved = search.get("gemt");
  const err = (intent: string) => (answer?.intent === intent ? answer : undefined);
  const overdue = d.milestones.filter((m) => m.overdue).length;
  const b = d.budget;
  const share = b.localShare;
  return (
    <>
      <h1>{t("followUp.title")}</h1>
      {saved ? (
        <FormMessage kind="success" message={t(`followUp.saved.${saved}`, { n: search.get("antal") ?? "" })} />
      ) : null}

      <section className="plan-section" id="milepaele" aria-labelledby="ms-heading">
        <h2 id="ms-heading">{t("followUp.milestones")}</h2>
        {d.milestones.length === 0 ? <p>{t("milestones.none")}</p> : null}
        {overdue > 0 ? (
          <div className="alert alert-warning" role="status">
            <div className="alert-body">
              <p className="alert-text">{t("followUp.overdueCount", { count: overdue })}</p>
            </div>
          </div>
        ) : null}
        {d.milestones.length > 0 ? (
          <div className="table--responsive-scroll">
            <table className="table table--compact">
              <caption className="sr-only">{t("followUp.milestones")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("milestones.milestone")}</th>
                  <th scope="col">{t("milestones.due")}</th>
                  <th scope="col">{t("milestones.status")}</th>
                  <th scope="col">{t("followUp.note")}</th>
                </tr>
              </thead>
              <tbody>
                {d.milestones.map((m) => (
                  <tr key={m.key} className={m.overdue ? "milestone-overdue" : undefined}>
                    <th scope="row">{m.title}</th>
                    <td>
                      {formatDue(m.due, t, lang)}
                      {m.due !== m.plannedDue ? (
                        <span className="form-hint">
                          {" "}
                          ({t("followUp.was", { due: formatDue(m.plannedDue, t, lang) })})
                        </span>
                      ) : null}
                    </td>
                    <td>
                      {m.overdue ? (
                        <strong className="tag-overdue">{t("followUp.overdue")}</strong>
                      ) : (
                        t(`milestones.statuses.${m.status}`)
                      )}
                      {m.status === "done" && m.doneDate ? ` ${formatDate(m.doneDate, lang)}` : ""}
                    </td>
                    <td>{m.reason ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {d.mayEdit && d.milestones.length > 0 ? (
          <PostForm className="follow-up-form">
            <h3>{t("followUp.updateMilestone")}</h3>
            <FormMessage message={err("milestone")?.error} />
            <input type="hidden" name="intent" value="milestone" />
            <Select
              name="key"
              label={t("milestones.milestone")}
              error={err("milestone")?.fields.key}
              options={d.milestones.map((m) => ({ value: m.key, label: `${m.title} (${formatDue(m.due, t, lang)})` }))}
            />
            <Select
              name="status"
              label={t("milestones.status")}
              error={err("milestone")?.fields.status}
              options={(["done", "postponed", "dropped", "planned"] as const).map((s) => ({
                value: s,
                label: t(`followUp.statusChoices.${s}`),
              }))}
            />
            <TextField
              name="doneDate"
              type="date"
              label={t("followUp.doneDate")}
              hint={t("followUp.doneDateHint")}
              defaultValue={d.today}
              error={err("milestone")?.fields.doneDate}
              width="s"
            />
            <TextField
              name="newDue"
              label={t("followUp.newDue")}
              hint={t("followUp.newDueHint")}
              error={err("milestone")?.fields.newDue}
              width="s"
            />
            <TextField
              name="reason"
              label={t("followUp.reason")}
              hint={t("followUp.reasonHint")}
              error={err("milestone")?.fields.reason}
            />
            <SubmitButton>{t("followUp.saveMilestone")}</SubmitButton>
          </PostForm>
        ) : null}
      </section>

      <section className="plan-section" id="oekonomi" aria-labelledby="budget-heading">
        <h2 id="budget-heading">{t("followUp.budget")}</h2>
        {b.lines.length === 0 ? (
          <p>{t("followUp.noBudget")}</p>
        ) : (
          <div className="table--responsive-scroll">
            <table className="table table--compact budget-follow-up">
              <caption className="sr-only">{t("followUp.budget")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("budget.line")}</th>
                  {b.years.map((y) => (
                    <th scope="col" className="align-text-right" key={y}>
                      {y}
                      <br />
                      <span className="form-hint">{t("followUp.plannedActual")}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {b.lines.map((l) => (
                  <tr key={`${l.label}-${l.activity ?? ""}-${l.source ?? ""}`}>
                    <th scope="row">{l.label}</th>
                    {b.years.map((y) => (
                      <td className="align-text-right" key={y}>
                        {y in l.planned ? formatAmount(l.planned[y], t, lang) : "–"}
                        <br />
                        <span className={l.actual[y] !== undefined ? "actual-amount" : "form-hint"}>
                          {l.actual[y] !== undefined ? formatAmount(l.actual[y] ?? 0, t, lang) : t("followUp.noActual")}
                        </span>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t("budget.sum")}</th>
                  {b.totals.map((x) => (
                    <td className="align-text-right" key={x.year}>
                      <strong>{formatAmount(x.planned, t, lang)}</strong>
                      {x.unknown > 0 ? (
                        <span className="form-hint"> {t("followUp.unknownAmounts", { count: x.unknown })}</span>
                      ) : null}
                      <br />
                      <span className={x.hasActual ? "actual-amount" : "form-hint"}>
                        {x.hasActual ? formatAmount(x.actual, t, lang) : t("followUp.noActual")}
                      </span>
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
        )}
        {b.unmatched.length > 0 ? <p>{t("followUp.unmatched", { count: b.unmatched.length })}</p> : null}
        {d.kind === "helhedsplan" && b.lines.length > 0 ? (
          <p className={share.ok === false ? "local-share-problem" : undefined}>{localShareText(share, t, lang)}</p>
        ) : null}
        {d.mayEdit && b.lines.length > 0 ? (
          <div className="follow-up-forms">
            <PostForm className="follow-up-form">
              <h3>{t("followUp.recordActual")}</h3>
              <FormMessage message={err("actual")?.error} />
              {err("actual")?.problems.length ? (
                <ul className="editor-general-problems">
                  {err("actual")?.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              ) : null}
              <input type="hidden" name="intent" value="actual" />
              <Select
                name="label"
                label={t("budget.line")}
                options={[...new Set(b.lines.map((l) => l.label))].map((l) => ({ value: l, label: l }))}
              />
              <TextField
                name="year"
                label={t("editor.f.year")}
                inputMode="numeric"
                defaultValue={String(new Date().getFullYear())}
                width="xs"
              />
              <TextField name="amount" label={t("followUp.amountSpent")} inputMode="decimal" width="s" />
              <TextField name="note" label={t("followUp.note")} />
              <SubmitButton>{t("followUp.saveActual")}</SubmitButton>
            </PostForm>
            <PostForm className="follow-up-form" encType="multipart/form-data">
              <h3>{t("followUp.importTitle")}</h3>
              <p className="form-hint">{t("followUp.importHint")}</p>
              <FormMessage message={err("import")?.error} />
              {err("import")?.problems.length ? (
                <ul className="editor-general-problems">
                  {err("import")?.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              ) : null}
              <input type="hidden" name="intent" value="import" />
              <div className="form-group">
                <label className="form-label" htmlFor="felt-file">
                  {t("followUp.file")}
                </label>
                <input
                  className="form-input"
                  type="file"
                  id="felt-file"
                  name="file"
                  accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                />
              </div>
              <SubmitButton>{t("followUp.import")}</SubmitButton>
            </PostForm>
          </div>
        ) : null}
      </section>

      <section className="plan-section" id="medarbejdere" aria-labelledby="staff-heading">
        <h2 id="staff-heading">{t("followUp.staffing")}</h2>
        <p className="form-hint">{t("followUp.staffingHint")}</p>
        {d.staffing.length === 0 ? (
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
                {d.staffing.map((s) => (
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
    </>
  );
}
