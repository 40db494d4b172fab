import type { TFunction } from "i18next";
import { isBehind } from "~/follow-up/status-changes";
import type { PlanFile } from "~/plan-format/plan";
import type { AttainmentView } from "../domain/attainment/plan-attainment";

/** A text the manager is asked for before a report: where it goes, what it is about, and whether it is written. */
export interface ReportPrompt {
  scope: string;
  label: string;
  hint?: string;
  missing: boolean;
}

/**
 * What a report from the logbook asks for before it is made: a summary, a few lines per focus
 * area, and an explanation for every criterion that is behind or ikke opfyldt in the period.
 * Texts already written for the period count as done.
 */
export function reportPrompts(
  plan: PlanFile,
  rows: AttainmentView[],
  notes: Map<string, string> | Record<string, string>,
  t: TFunction,
): ReportPrompt[] {
  const has = (scope: string) => ((notes instanceof Map ? notes.get(scope) : notes[scope]) ?? "").trim() !== "";
  return [
    { scope: "summary", label: t("reports.summaryNote"), missing: !has("summary") },
    ...plan.focusAreas.map((f) => ({
      scope: `fa:${f.key}`,
      label: f.number ? `${f.number} ${f.title}` : f.title,
      hint: t("reports.focusAreaHint"),
      missing: !has(`fa:${f.key}`),
    })),
    ...rows
      .filter((r) => isBehind(r.status))
      .map((r) => ({
        scope: `criterion:${r.key}`,
        label: r.text,
        hint: t("reports.criterionHint", { status: t(`attainment.statuses.${r.status}`) }),
        missing: !has(`criterion:${r.key}`),
      })),
  ];
}
