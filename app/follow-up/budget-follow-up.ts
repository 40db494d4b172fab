import type { Budget } from "~/plan-format/budget";

/** Money spent on a budget line in a year. */
export interface BudgetActual {
  label: string;
  activityKey: string | null;
  year: number;
  amount: number;
  source: "manual" | "import";
  note?: string | null;
}

export interface BudgetFollowUpLine {
  label: string;
  activity?: string;
  source?: string;
  planned: Record<number, number | null>;
  actual: Record<number, number | undefined>;
}

/** The share of a helhedsplan's funding that must be local co-financing (LBF's rule). */
export const LOCAL_SHARE_MINIMUM = 0.25;

/**
 * The budget against what was spent, per line and year, with totals, and the local
 * co-financing share: the sources marked local against all funding. Unknown amounts ("?")
 * are left out of totals and counted, so the reader sees that a total is incomplete.
 */
export function budgetFollowUp(budget: Budget | undefined, actuals: BudgetActual[]) {
  const lines = budget?.lines ?? [];
  const years = [
    ...new Set([...lines.flatMap((l) => l.amounts.map((a) => a.year)), ...actuals.map((a) => a.year)]),
  ].sort((a, b) => a - b);
  const rows: BudgetFollowUpLine[] = lines.map((l) => ({
    label: l.label,
    activity: l.activity,
    source: l.source,
    planned: Object.fromEntries(l.amounts.map((a) => [a.year, a.amount])),
    actual: Object.fromEntries(actuals.filter((a) => a.label === l.label).map((a) => [a.year, a.amount])),
  }));
  const unmatched = actuals.filter((a) => !lines.some((l) => l.label === a.label));
  const sum = (values: (number | null | undefined)[]) =>
    values.reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
  const totals = years.map((year) => ({
    year,
    planned: sum(rows.map((r) => r.planned[year])),
    actual: sum([...rows.map((r) => r.actual[year]), ...unmatched.filter((a) => a.year === year).map((a) => a.amount)]),
    unknown: rows.filter((r) => r.planned[year] === null).length,
    hasActual: actuals.some((a) => a.year === year),
  }));
  const localSources = new Set((budget?.sources ?? []).filter((s) => s.local).map((s) => s.key));
  const all = sum(lines.flatMap((l) => l.amounts.map((a) => a.amount)));
  const local = sum(
    lines.filter((l) => l.source && localSources.has(l.source)).flatMap((l) => l.amounts.map((a) => a.amount)),
  );
  const share = all > 0 ? local / all : undefined;
  return {
    years,
    lines: rows,
    unmatched,
    totals,
    localShare: {
      sources: [...localSources],
      local,
      total: all,
      share,
      /** Undefined when the plan marks no source as local (the rule cannot be checked). */
      ok: localSources.size === 0 || share === undefined ? undefined : share >= LOCAL_SHARE_MINIMUM,
    },
  };
}
