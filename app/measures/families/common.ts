import { keptIn } from "~/memo";
import type { DateRange } from "~/plan-format/periods";
import { indexFacts, lowerBound } from "../fact-index";
import type { EventFact, LogbookFacts } from "../facts";
import type { MeasureScope } from "../scope";

/** The ids once each, in the order first seen. */
export const distinct = (ids: Iterable<string>) => [...new Set(ids)];

/** Calls `visit` for every event dated in the period, in date order. */
export function forEventsIn(facts: LogbookFacts, period: DateRange, visit: (e: EventFact) => void) {
  const { eventsByDate, eventDates } = indexFacts(facts);
  for (let i = lowerBound(eventDates, period.start); i < eventsByDate.length; i++) {
    const e = eventsByDate[i];
    if (e.date > period.end) break;
    visit(e);
  }
}

/** Per record list and field: the records' positions by the field's value (built once per list object; a patch makes a new list). */
const positionsBy = new WeakMap<readonly object[], Map<string, Map<string, number[]>>>();

/** The records of a list whose `field` has one of the values, in the list's own order. */
export function pick<T extends object, K extends keyof T & string>(
  list: readonly T[],
  field: K,
  values: Iterable<string>,
): readonly T[] {
  const positions = keptIn(
    keptIn(positionsBy, list, () => new Map()),
    field,
    () => {
      const made = new Map<string, number[]>();
      for (let i = 0; i < list.length; i++) {
        const value = String(list[i][field]);
        const at = made.get(value);
        if (at) at.push(i);
        else made.set(value, [i]);
      }
      return made;
    },
  );
  const wanted: number[] = [];
  let sets = 0;
  for (const value of values) {
    sets++;
    for (const i of positions.get(value) ?? []) wanted.push(i);
  }
  if (sets > 1) wanted.sort((a, b) => a - b);
  return wanted.map((i) => list[i]);
}

/**
 * The records of a list within the scope's activities, in the list's own order: a criterion of one
 * activity reads that activity's records, not every record of the plan. The whole list for the whole plan.
 */
export function scoped<T extends { activityId: string }>(list: readonly T[], scope: MeasureScope): readonly T[] {
  return scope.activityIds === null ? list : pick(list, "activityId", scope.activityIds);
}

/** The courses within the scope, and of the types when given (the narrower look-up of the two). */
export function scopedCourses<T extends { activityId: string; courseType: string }>(
  list: readonly T[],
  scope: MeasureScope,
  types?: ReadonlySet<string>,
): readonly T[] {
  return scope.activityIds === null && types !== undefined ? pick(list, "courseType", types) : scoped(list, scope);
}
