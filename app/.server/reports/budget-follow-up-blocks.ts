import type { budgetFollowUp } from "~/follow-up/budget-follow-up";
import { formatAmount } from "~/format/format";
import { localShareText } from "~/format/local-share-text";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import { type Block, p } from "./document";
import type { ReportLanguage } from "./report-language";
import { compactTable } from "./table-block";

/**
 * Budget against spending for the years of a report: one row per budget line with its activity
 * and funding source, planned and spent per year, the totals, and the 25 % local co-financing check.
 */
export function budgetFollowUpBlocks(
  plan: PlanFile,
  budget: ReturnType<typeof budgetFollowUp>,
  years: { first: number; last: number },
  l: ReportLanguage,
): Block[] {
  const shown = budget.years.filter((y) => y >= years.first && y <= years.last);
  if (budget.lines.length === 0 || shown.length === 0) return [];
  const activities = new Map(
    indexPlan(plan).activities.map((x) => [
      x.activity.key,
      x.activity.number ? `${x.activity.number} ${x.activity.title}` : x.activity.title,
    ]),
  );
  const sources = new Map((plan.budget?.sources ?? []).map((s) => [s.key, s.name]));
  const money = (v: number | null | undefined) => (v === undefined ? "–" : formatAmount(v, l.t, l.lang));
  const columns = [
    { label: l.t("budget.line") },
    { label: l.t("budget.activity") },
    { label: l.t("budget.source") },
    ...shown.flatMap((y) => [
      { label: l.t("reportDoc.plannedIn", { year: y }), align: "right" as const, keep: true },
      { label: l.t("reportDoc.spentIn", { year: y }), align: "right" as const, keep: true },
    ]),
  ];
  const rows = budget.lines.map((line) => [
    line.label,
    line.activity ? (activities.get(line.activity) ?? line.activity) : "",
    line.source ? (sources.get(line.source) ?? line.source) : "",
    ...shown.flatMap((y) => [money(line.planned[y]), money(line.actual[y])]),
  ]);
  const totals = shown.map((y) => budget.totals.find((x) => x.year === y));
  const footer = [
    l.t("reportDoc.total"),
    "",
    "",
    ...totals.flatMap((x) => [money(x?.planned), x?.hasActual ? money(x.actual) : l.t("followUp.noActual")]),
  ];
  return [
    compactTable(columns, rows, { footer }),
    ...(plan.kind === "helhedsplan" ? [p(localShareText(budget.localShare, l.t, l.lang))] : []),
  ];
}
