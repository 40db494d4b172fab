import { keptIn } from "~/memo";
import type { DateRange } from "~/plan-format/periods";
import { indexFacts, lowerBound } from "../fact-index";
import type { EventFact, LogbookFacts } from "../facts";
import type { MeasureScope } from "../scope";

/** The ids once each, in the order first seen. */
export const distinct = (ids: Iterable<string>) => [...new Set(ids)];

/** Calls `visit` for every event dated in the period, in date order, with its position in `facts.events`. */
export function forEventsIn(facts: LogbookFacts, period: DateRange, visit: (e: EventFact, at: number) => void) {
  const { eventsByDate, eventOrder, eventDates } = indexFacts(facts);
  for (let i = lowerBound(eventDates, period.start); i < eventsByDate.length; i++) {
    const e = eventsByDate[i];
    if (e.date > period.end) break;
    visit(e, eventOrder[i]);
  }
}

/** Per record list and field: the records' positions by the field's value (built once per list object; a patch makes a new list). */
const positionsBy = new WeakMap<readonly object[], Map<string, Map<string, number[]>>>();
/** Per record list: the records picked before, by field and values (criteria of one activity share them over every period). */
const picked = new WeakMap<readonly object[], Map<string, readonly object[]>>();

/** The records of a list whose `field` has one of the values, in the list's own order (kept per list, field and values). */
export function pick<T extends object, K extends keyof T & string>(
  list: readonly T[],
  field: K,
  values: Iterable<string>,
): readonly T[] {
  const wantedValues = [...values];
  const key = `${field}|${[...wantedValues].sort().join("|")}`;
  return keptIn(
    keptIn(picked, list, () => new Map()),
    key,
    () => pickNow(list, field, wantedValues),
  ) as readonly T[];
}

function pickNow<T extends object, K extends keyof T & string>(list: readonly T[], field: K, values: string[]): T[] {
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
  for (const value of values) for (const i of positions.get(value) ?? []) wanted.push(i);
  if (values.length > 1) wanted.sort((a, b) => a - b);
  return wanted.map((i) => list[i]);
}

/**
 * The records of a list within the scope's activities, in the list's own order: a criterion of one
 * activity reads that activity's records, not every record of the plan. The whole list for the whole plan.
 */
export function scoped<T extends { activityId: string }>(list: readonly T[], scope: MeasureScope): readonly T[] {
  return scope.activityIds === null ? list : pick(list, "activityId", scope.activityIds);
}

/** Values kept per record list and participants list, by key (facts patched after a write share the lists that did not change). */
const perLists = new WeakMap<object, WeakMap<object, Map<string, unknown>>>();

/**
 * A value made from a record list and the participants (their filters) kept while both lists live:
 * what a measure finds whatever the period, so the periods of a request (the whole plan, its years)
 * share one pass over the records. A null key keeps nothing.
 */
export function keptForLists<T>(list: object, people: object, key: string | null, make: () => T): T {
  if (key === null) return make();
  return keptIn(
    keptIn(
      keptIn(perLists, list, () => new WeakMap()),
      people,
      () => new Map(),
    ),
    key,
    make,
  ) as T;
}

/** The scope's activities as a key (every activity: "*"). */
export const scopeKey = (scope: MeasureScope) =>
  scope.activityIds === null ? "*" : [...scope.activityIds].sort().join(",");

/** The courses within the scope, and of the types when given (the narrower look-up of the two). */
export function scopedCourses<T extends { activityId: string; courseType: string }>(
  list: readonly T[],
  scope: MeasureScope,
  types?: ReadonlySet<string>,
): readonly T[] {
  return scope.activityIds === null && types !== undefined ? pick(list, "courseType", types) : scoped(list, scope);
}
