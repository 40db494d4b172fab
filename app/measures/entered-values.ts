import { type DateRange, periodRange } from "~/plan-format/periods";
import type { LogbookFacts } from "./facts";

/** A figure a manager entered for a criterion and period (external statistic, survey, yes/no). */
export type EnteredValue = LogbookFacts["values"][number];

/**
 * The figures entered for a criterion that answer a period: the figure entered for exactly that
 * period id if there is one; otherwise every figure whose period lies inside the range (placed
 * on the calendar with the plan period; without it only exact ids match), in date order.
 */
export function enteredValuesFor(
  facts: LogbookFacts,
  criterionKey: string | undefined,
  period: DateRange & { id?: string },
  planRange?: DateRange,
): EnteredValue[] {
  if (criterionKey === undefined) return [];
  const own = facts.values.filter((v) => v.criterionKey === criterionKey);
  const exact = own.filter((v) => period.id !== undefined && v.period === period.id);
  if (exact.length > 0 || !planRange) return exact;
  const placed: { value: EnteredValue; range: DateRange }[] = [];
  for (const value of own) {
    let range: DateRange;
    try {
      range = periodRange(value.period, planRange);
    } catch {
      continue;
    }
    if (range.start >= period.start && range.end <= period.end) placed.push({ value, range });
  }
  placed.sort((a, b) => (a.range.end < b.range.end ? -1 : a.range.end > b.range.end ? 1 : 0));
  return placed.map((p) => p.value);
}
