import type { followUpView } from "~/.server/domain/follow-up/follow-up-view";
import type { TranslatedError } from "~/.server/http/user-errors";
import { formatDate, formatDue } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { FormMessage, PostForm, Select, SubmitButton, TextField } from "./form";

type View = Awaited<ReturnType<typeof followUpView>>;

/** What the follow-up page shows of the milestones, and whether the reader may update them. */
export type MilestonesData = {
  mayEdit: boolean;
  today: string;
  milestones: (Omit<View["milestones"][number], "history"> & { updates: number })[];
};

/** The milestones as they stand (overdue ones marked), with the form that updates one. */
export function MilestonesFollowUp({ d, answer }: { d: MilestonesData; answer?: TranslatedError }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const overdue = d.milestones.filter((m) => m.overdue).length;
  return (
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
      {d.mayEdit && d.milestones.length > 0 ? <MilestoneForm d={d} answer={answer} /> : null}
    </section>
  );
}

/** Updates a milestone: done (when), postponed (to when, why), dropped or planned again. */
function MilestoneForm({ d, answer }: { d: MilestonesData; answer?: TranslatedError }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <PostForm className="follow-up-form">
      <h3>{t("followUp.updateMilestone")}</h3>
      <FormMessage message={answer?.error} />
      <input type="hidden" name="intent" value="milestone" />
      <Select
        name="key"
        label={t("milestones.milestone")}
        error={answer?.fields.key}
        options={d.milestones.map((m) => ({ value: m.key, label: `${m.title} (${formatDue(m.due, t, lang)})` }))}
      />
      <Select
        name="status"
        label={t("milestones.status")}
        error={answer?.fields.status}
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
        error={answer?.fields.doneDate}
        width="s"
      />
      <TextField
        name="newDue"
        label={t("followUp.newDue")}
        hint={t("followUp.newDueHint")}
        error={answer?.fields.newDue}
        width="s"
      />
      <TextField
        name="reason"
        label={t("followUp.reason")}
        hint={t("followUp.reasonHint")}
        error={answer?.fields.reason}
      />
      <SubmitButton>{t("followUp.saveMilestone")}</SubmitButton>
    </PostForm>
  );
}
