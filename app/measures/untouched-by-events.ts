import type { DateRange } from "~/plan-format/periods";
import { periodRange } from "~/plan-format/periods";
import type { IndexedCriterion } from "~/plan-format/plan-index";
import type { AttainmentRow } from "./attainment";
import type { LogbookFacts } from "./facts";
import { coveredActivities, filtersOf, inRange } from "./scope";

/** An event as a write left it or found it: where and when it counts. */
export interface ChangedEvent {
  activityId: string;
  date: string;
}

/**
 * Whether a criterion's row computed before still stands when only events changed (added, edited,
 * removed; `changed` holds each one as it was and as it is): none of them lies in the criterion's
 * activities on a day its figure covers (the row's range, and the baseline's period where the
 * baseline is counted from the logbook). Not so for "new participants only": whether a person is
 * new depends on their records anywhere in the plan. The caller has checked that the measure reads
 * nothing else that changed (`dependsOn`).
 * @example a registration in March 2016 at the homework café leaves the 2015 figures and every other activity's figures as they were
 */
export function untouchedByEvents(
  facts: LogbookFacts,
  planRange: DateRange,
  placed: IndexedCriterion,
  row: AttainmentRow,
  changed: readonly ChangedEvent[],
): boolean {
  const { criterion, activity, focusArea } = placed;
  const filters = filtersOf(criterion.measure);
  if (filters.newOnly) return false;
  const scope = coveredActivities(facts, filters, { activityKey: activity?.key, focusAreaKey: focusArea?.key });
  const ranges: DateRange[] = [row.range];
  const baseline = criterion.baseline;
  if (baseline && baseline.value === undefined && baseline.period !== undefined)
    ranges.push(periodRange(baseline.period, planRange));
  return !changed.some(
    (e) => (scope === null || scope.has(e.activityId)) && ranges.some((range) => inRange(e.date, range)),
  );
}
