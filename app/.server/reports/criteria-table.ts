import type { AttainmentView } from "~/.server/domain/attainment/plan-attainment";
import { targetExplanation, unitWord } from "~/format/attainment-text";
import { formatFigure } from "~/format/format";
import type { PlanFile } from "~/plan-format/plan";
import { type Audience, figure } from "./attainment-blocks";
import type { Block } from "./document";
import type { ReportLanguage } from "./report-language";
import { type Column, compactTable } from "./table-block";

/** The target as the dashboard states it: the figure, or the relative target in words. */
export const targetIn = (r: AttainmentView, l: ReportLanguage) =>
  r.target !== null
    ? formatFigure(r.target, r.kind, l.lang)
    : r.relativeTarget
      ? l.t(`criterion.relative.${r.relativeTarget}`)
      : "–";

/**
 * The criterion as the report's first cell: its text, then on a line of its own what is counted
 * and where the period's target comes from, in the dashboard's words (targetExplanation).
 */
export function criterionCell(r: AttainmentView, l: ReportLanguage): string {
  const counted =
    r.unit === "figure" || r.unit === "done" ? "" : l.t("reportDoc.countedIn", { unit: unitWord(r.unit, l.t) });
  const note = [counted, targetExplanation(r, l.t, l.lang)].filter(Boolean).join(" ");
  return note ? `${r.text}\n${note}` : r.text;
}

/**
 * A table of criteria for a report: criterion (with its unit and target basis), target, actual and
 * status, plus any extra columns (the rule, the manager's comment) given by the caller.
 */
export function criteriaTable(
  rows: AttainmentView[],
  audience: Audience,
  l: ReportLanguage,
  extra: { column: Column; cell: (r: AttainmentView) => string }[] = [],
): Block {
  return compactTable(
    [
      { label: l.t("attainment.criterion") },
      { label: l.t("attainment.target"), align: "right", keep: true },
      { label: l.t("attainment.actual"), align: "right", keep: true },
      { label: l.t("attainment.status"), keep: true },
      ...extra.map((e) => e.column),
    ],
    rows.map((r) => [
      criterionCell(r, l),
      targetIn(r, l),
      figure(r, audience, 5, l.lang),
      l.t(`attainment.statuses.${r.status}`),
      ...extra.map((e) => e.cell(r)),
    ]),
  );
}

/** The criteria of a plan grouped as the plan has them: the plan's own first, then per focus area. */
export function criteriaGroups(plan: PlanFile, rows: AttainmentView[], l: ReportLanguage) {
  return [
    { key: "plan", title: l.t("reportDoc.planCriteria"), rows: rows.filter((r) => !r.owner.focusAreaKey) },
    ...plan.focusAreas.map((f) => ({
      key: `fa:${f.key}`,
      title: f.number ? `${f.number} ${f.title}` : f.title,
      rows: rows.filter((r) => r.owner.focusAreaKey === f.key),
    })),
  ];
}
