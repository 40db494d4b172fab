import type { BudgetLine } from "~/plan-format/budget";
import type { PlanFile } from "~/plan-format/plan";
import { type Block, list, p } from "./document";
import { amountText, noteMark } from "./plan-text";
import { compactTable } from "./table-block";

const yearsOf = (lines: BudgetLine[], extra: number[] = []) =>
  [...new Set([...lines.flatMap((l) => l.amounts.map((a) => a.year)), ...extra])].sort((a, b) => a - b);

/** The sum of the known amounts of a year, with " + ?" when some amount is unknown. */
function sumText(lines: BudgetLine[], year: number): string {
  const cells = lines.flatMap((l) => l.amounts.filter((a) => a.year === year));
  const known = cells.reduce((s, a) => s + (a.amount ?? 0), 0);
  return `${amountText(known)}${cells.some((a) => a.amount === null) ? " + ?" : ""}`;
}

/**
 * Budget lines × years, as in the plans' finance tables: unknown amounts as "?", footnote marks
 * (¹ ²) on lines and cells, a row with the sum of the known amounts and, for the whole budget,
 * the totals the plan states.
 */
export function budgetTable(
  plan: PlanFile,
  lines: BudgetLine[],
  options: { caption?: string; statedTotals?: boolean } = {},
): Block[] {
  const budget = plan.budget;
  if (!budget || lines.length === 0) return [];
  const stated = options.statedTotals ? budget.statedTotals : [];
  const years = yearsOf(
    lines,
    stated.map((s) => s.year),
  );
  const sourceName = (key?: string) => budget.sources.find((s) => s.key === key)?.name ?? "";
  const multipleSources = new Set(lines.map((l) => l.source)).size > 1;
  const columns = [
    { label: "Budgetlinje", width: 150 },
    ...(multipleSources ? [{ label: "Finansiering", width: 90 }] : []),
    ...years.map((y) => ({ label: String(y), align: "right" as const })),
  ];
  const lead = (label: string) => [label, ...(multipleSources ? [""] : [])];
  const rows = lines.map((l) => [
    `${l.label}${noteMark(l.footnote)}`,
    ...(multipleSources ? [sourceName(l.source)] : []),
    ...years.map((y) => {
      const cell = l.amounts.find((a) => a.year === y);
      return cell ? `${amountText(cell.amount)}${noteMark(cell.footnote)}` : "–";
    }),
  ]);
  const sums = [...lead("Sum af kendte beløb"), ...years.map((y) => sumText(lines, y))];
  const footer =
    stated.length > 0
      ? [...lead("I alt ifølge planen"), ...years.map((y) => amountText(stated.find((s) => s.year === y)?.amount))]
      : sums;
  return [
    compactTable(columns, stated.length > 0 || lines.length > 1 ? [...rows, ...(stated.length ? [sums] : [])] : rows, {
      caption: options.caption,
      footer: stated.length > 0 || lines.length > 1 ? footer : undefined,
    }),
  ];
}

/** The footnotes used by the given lines (or all of them), as "¹ text" items. */
export function budgetFootnotes(plan: PlanFile, lines?: BudgetLine[]): Block[] {
  const budget = plan.budget;
  if (!budget) return [];
  const used = lines
    ? new Set(lines.flatMap((l) => [l.footnote, ...l.amounts.map((a) => a.footnote)]).filter(Boolean))
    : undefined;
  const notes = budget.footnotes.filter((f) => !used || used.has(f.key));
  return notes.length ? [p("Noter:"), list(notes.map((f) => `${noteMark(f.key)} ${f.text}`))] : [];
}
