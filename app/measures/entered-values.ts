import { type DateRange, periodRange } from "~/plan-format/periods";
import type { LogbookFacts } from "./facts";

/** A figure a manager entered for a period (external statistic, survey, yes/no), for a criterion or a series. */
export interface EnteredValue {
  period: string;
  value: number;
  source?: string;
  comparisonValue?: number;
}

/** Whose figures: a criterion's own, or one of the plan's named series. */
export type EnteredKey = { criterion: string } | { series: string };

/** The figures entered under a key, in the order entered. */
export function enteredUnder(facts: LogbookFacts, key: EnteredKey): EnteredValue[] {
  if ("series" in key) return (facts.seriesValues ?? []).filter((v) => v.seriesKey === key.series);
  return facts.values.filter((v) => v.criterionKey === key.criterion);
}

/**
 * The figures entered for a criterion (or series) that answer a period: the figure entered for exactly that
 * period id if there is one; otherwise every figure whose period lies inside the range (placed
 * on the calendar with the plan period; without it only exact ids match), in date order.
 */
export function enteredValuesFor(
  facts: LogbookFacts,
  key: EnteredKey | undefined,
  period: DateRange & { id?: string },
  planRange?: DateRange,
): EnteredValue[] {
  if (key === undefined) return [];
  const own = enteredUnder(facts, key);
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
