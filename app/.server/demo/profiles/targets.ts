import type { Criterion } from "~/plan-format/criterion";
import { periodRange } from "~/plan-format/periods";
import type { PlanFile } from "~/plan-format/plan";

/** A criterion's numeric target as a yearly figure (the largest one), or undefined. */
export function yearlyTarget(c: Criterion, plan: PlanFile, years: number): number | undefined {
  let best: number | undefined;
  for (const t of c.targets) {
    if (t.value === undefined) continue;
    let perYear = t.value;
    if (t.period === "plan") perYear = t.value / years;
    else if (/H\d$/.test(t.period)) perYear = t.value * 2;
    else if (/Q\d$/.test(t.period)) perYear = t.value * 4;
    else {
      const r = periodRange(t.period, plan.period);
      const days = (Date.parse(r.end) - Date.parse(r.start)) / 86_400_000 + 1;
      if (days > 400) perYear = (t.value * 365) / days;
    }
    best = best === undefined ? perYear : Math.max(best, perYear);
  }
  return best;
}

/** A criterion's largest numeric target as it stands (averages and rates are not yearly sums). */
export function levelTarget(c: Criterion): number | undefined {
  const values = c.targets.flatMap((t) => (t.value === undefined ? [] : [t.value]));
  return values.length > 0 ? Math.max(...values) : undefined;
}

/** The larger of two figures, either of which may be missing. */
export const maxOf = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);
