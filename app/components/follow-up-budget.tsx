import type { followUpView } from "~/.server/domain/follow-up/follow-up-view";
import type { TranslatedError } from "~/.server/http/user-errors";
import { formatAmount } from "~/format/format";
import { localShareText } from "~/format/local-share-text";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { FormMessage, PostForm, Select, SubmitButton, TextField } from "./form";

type Budget = Awaited<ReturnType<typeof followUpView>>["budget"];

/** The problems of a refused form, listed above it. */
function Problems({ answer }: { answer?: TranslatedError }) {
  return answer?.problems.length ? (
    <ul className="editor-general-problems">
      {answer.problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  ) : null;
}

/** The budget against what was spent, the local share (helhedsplaner), and the forms that record spending. */
export function BudgetFollowUp({
  d,
  answer,
  importAnswer,
}: {
  d: { kind: string; mayEdit: boolean; budget: Budget };
  answer?: TranslatedError;
  importAnswer?: TranslatedError;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const b = d.budget;
  const share = b.localShare;
  return (
    <section className="plan-section" id="oekonomi" aria-labelledby="budget-heading">
      <h2 id="budget-heading">{t("followUp.budget")}</h2>
      {b.lines.length === 0 ? <p>{t("followUp.noBudget")}</p> : <BudgetAgainstActuals b={b} />}
      {b.unmatched.length > 0 ? <p>{t("followUp.unmatched", { count: b.unmatched.length })}</p> : null}
      {d.kind === "helhedsplan" && b.lines.length > 0 ? (
        <p className={share.ok === false ? "local-share-problem" : undefined}>{localShareText(share, t, lang)}</p>
      ) : null}
      {d.mayEdit && b.lines.length > 0 ? (
        <div className="follow-up-forms">
          <ActualForm labels={[...new Set(b.lines.map((l) => l.label))]} answer={answer} />
          <ActualsImportForm answer={importAnswer} />
        </div>
      ) : null}
    </section>
  );
}

/** Planned and spent per line and year, with the sums. */
function BudgetAgainstActuals({ b }: { b: Budget }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
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
  );
}

/** Records what a budget line spent in a year, typed by hand. */
function ActualForm({ labels, answer }: { labels: string[]; answer?: TranslatedError }) {
  const { t } = useTranslation();
  return (
    <PostForm className="follow-up-form">
      <h3>{t("followUp.recordActual")}</h3>
      <FormMessage message={answer?.error} />
      <Problems answer={answer} />
      <input type="hidden" name="intent" value="actual" />
      <Select name="label" label={t("budget.line")} options={labels.map((l) => ({ value: l, label: l }))} />
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
  );
}

/** Records spending from an Excel sheet. */
function ActualsImportForm({ answer }: { answer?: TranslatedError }) {
  const { t } = useTranslation();
  return (
    <PostForm className="follow-up-form" encType="multipart/form-data">
      <h3>{t("followUp.importTitle")}</h3>
      <p className="form-hint">{t("followUp.importHint")}</p>
      <FormMessage message={answer?.error} />
      <Problems answer={answer} />
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
  );
}
