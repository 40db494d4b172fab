import { formatAmount } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import type { Budget, BudgetLine } from "~/plan-format/budget";
import { ScrollTable } from "./text";

/** A budget line as shown, with the titles of its activity and source where known. */
export type BudgetLineView = BudgetLine & { activityTitle?: string; sourceName?: string };

/** Lines × years, with the sum of known amounts and the totals the plan states; "?" stays unknown. */
export function BudgetTable({
  lines,
  footnotes,
  statedTotals = [],
  caption,
}: {
  lines: BudgetLineView[];
  footnotes: Budget["footnotes"];
  statedTotals?: Budget["statedTotals"];
  caption: string;
}) {
  const { t } = useTranslation();
  const years = [
    ...new Set([...lines.flatMap((l) => l.amounts.map((a) => a.year)), ...statedTotals.map((s) => s.year)]),
  ].sort();
  return (
    <>
      <ScrollTable label={caption}>
        <table className="table budget-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("budget.line")}</th>
              {years.map((y) => (
                <th key={y} scope="col" className="align-text-right">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: budget lines have no identity of their own; their order is fixed
              <BudgetRow key={`${l.label}${i}`} line={l} years={years} />
            ))}
          </tbody>
          <BudgetTotals lines={lines} years={years} statedTotals={statedTotals} />
        </table>
      </ScrollTable>
      {footnotes.length > 0 ? (
        <ol className="budget-notes unstyled-list">
          {footnotes.map((f) => (
            <li key={f.key} id={`note-${f.key}`}>
              <sup>{f.key}</sup> {f.text}
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}

/** A footnote mark linking to its note below the table. */
function FootnoteMark({ footnote }: { footnote?: string }) {
  const { t } = useTranslation();
  return footnote ? (
    <sup>
      <a href={`#note-${footnote}`} aria-label={`${t("budget.footnotes")} ${footnote}`}>
        {footnote}
      </a>
    </sup>
  ) : null;
}

/** A budget line: its label, source and note, and its amount per year. */
function BudgetRow({ line: l, years }: { line: BudgetLineView; years: number[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <tr>
      <th scope="row">
        {l.label}
        <FootnoteMark footnote={l.footnote} />
        {l.sourceName ? <span className="form-hint d-block">{l.sourceName}</span> : null}
        {l.note ? <span className="form-hint d-block">{l.note}</span> : null}
      </th>
      {years.map((y) => {
        const cell = l.amounts.find((a) => a.year === y);
        return (
          <td key={y} className="align-text-right">
            {cell ? formatAmount(cell.amount, t, lang) : "–"}
            <FootnoteMark footnote={cell?.footnote} />
          </td>
        );
      })}
    </tr>
  );
}

/** The sum of known amounts per year (with "+ ?" where one is unknown) and the totals the plan states. */
function BudgetTotals({
  lines,
  years,
  statedTotals,
}: {
  lines: BudgetLineView[];
  years: number[];
  statedTotals: Budget["statedTotals"];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const sum = (year: number) => lines.reduce((s, l) => s + (l.amounts.find((a) => a.year === year)?.amount ?? 0), 0);
  const hasUnknown = (year: number) => lines.some((l) => l.amounts.some((a) => a.year === year && a.amount === null));
  return (
    <tfoot>
      <tr>
        <th scope="row">{t("budget.sum")}</th>
        {years.map((y) => (
          <td key={y} className="align-text-right">
            {formatAmount(sum(y), t, lang)}
            {hasUnknown(y) ? ` + ${t("budget.unknown")}` : ""}
          </td>
        ))}
      </tr>
      {statedTotals.length > 0 ? (
        <tr>
          <th scope="row">{t("budget.stated")}</th>
          {years.map((y) => {
            const stated = statedTotals.find((s) => s.year === y);
            return (
              <td key={y} className="align-text-right">
                <strong>{stated ? formatAmount(stated.amount, t, lang) : "–"}</strong>
              </td>
            );
          })}
        </tr>
      ) : null}
    </tfoot>
  );
}
