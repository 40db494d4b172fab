import { keptIn } from "~/memo";
import type { Measure, MeasureFilters } from "~/plan-format/measure";
import type { DateRange } from "~/plan-format/periods";
import { indexFacts, lowerBound, type RecordKind } from "../fact-index";
import type { EventFact, LogbookFacts } from "../facts";
import { filtersOf, inRange, type MeasureScope, type PersonTest, personTest } from "../scope";

/** The ids once each, in the order first seen. */
export const distinct = (ids: Iterable<string>) => [...new Set(ids)];

/**
 * Calls `visit` for every event of the scope dated in the period, in date order, with its position
 * in `facts.events`: a binary search for the period's first day in the scope's events by date.
 */
export function forEventsIn(
  facts: LogbookFacts,
  period: DateRange,
  scope: MeasureScope,
  visit: (e: EventFact, at: number) => void,
) {
  const { order, dates } = eventsByDateOf(facts, scope);
  const events = facts.events;
  for (let i = lowerBound(dates, period.start); i < order.length; i++) {
    if (dates[i] > period.end) break;
    visit(events[order[i]], order[i]);
  }
}

/** Per events list: the events of each scope in date order (positions in the list) and their dates. */
const scopedEvents = new WeakMap<readonly object[], Map<string, { order: Int32Array; dates: readonly string[] }>>();

function eventsByDateOf(facts: LogbookFacts, scope: MeasureScope) {
  const index = indexFacts(facts);
  if (scope.activityIds === null) return { order: index.eventOrder, dates: index.eventDates };
  const activities = scope.activityIds;
  return keptIn(
    keptIn(scopedEvents, facts.events, () => new Map()),
    scopeKey(scope),
    () => {
      // The scope's events marked by position (the list's positions by activity, kept per list),
      // then taken in the index's date order: no event object is read.
      const positions = positionsOf(facts.events, "activityId");
      const inScope = new Uint8Array(facts.events.length);
      for (const id of activities) for (const i of positions.get(id) ?? []) inScope[i] = 1;
      const { eventOrder, eventDates } = index;
      const kept: number[] = [];
      for (let i = 0; i < eventOrder.length; i++) if (inScope[eventOrder[i]] === 1) kept.push(i);
      return { order: Int32Array.from(kept, (i) => eventOrder[i]), dates: kept.map((i) => eventDates[i]) };
    },
  );
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

/** The list's positions by the value of `field`, in list order (built once per list object and field). */
function positionsOf<T extends object, K extends keyof T & string>(list: readonly T[], field: K) {
  return keptIn(
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
}

function pickNow<T extends object, K extends keyof T & string>(list: readonly T[], field: K, values: string[]): T[] {
  const positions = positionsOf(list, field);
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
 * share one pass over the records.
 */
export function keptForLists<T>(list: object, people: object, key: string, make: () => T): T {
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

/**
 * The person filters but "new in the period": what does not depend on the period, so its answers
 * can be kept for every period (keptForLists); `newInPeriod` asks the rest.
 */
export function steadyPersonTest(
  facts: LogbookFacts,
  filters: MeasureFilters,
  period: DateRange,
  kinds: readonly RecordKind[],
): PersonTest {
  return personTest(facts, { ...filters, newOnly: false }, period, kinds);
}

/**
 * The "new in the period" filter alone, asked of the records a measure kept for every period
 * (see keptForLists: the other person filters do not depend on the period); null without it.
 */
export function newInPeriod(
  facts: LogbookFacts,
  filters: MeasureFilters,
  period: DateRange,
  kinds: readonly RecordKind[],
): PersonTest | null {
  return filters.newOnly ? personTest(facts, { newOnly: true }, period, kinds) : null;
}

/**
 * The records of a list (contacts, referrals, assessments, volunteer hours) in the scope that a
 * measure keeps (`keep`), whose person passes its filters, dated in the period. A record without a
 * person passes only when no person filter applies. Everything but the period and "new in the
 * period" is asked once per list and measure (keptForLists), then each period picks its records.
 */
export function recordsIn<T extends { activityId: string; date: string; participantId: string | null }>(
  facts: LogbookFacts,
  list: readonly T[],
  measure: Measure,
  scope: MeasureScope,
  period: DateRange,
  kind: RecordKind,
  keep: (r: T) => boolean,
): T[] {
  const f = filtersOf(measure);
  const candidates = keptForLists(list, facts.participants, `${JSON.stringify(measure)}|${scopeKey(scope)}`, () => {
    const test = steadyPersonTest(facts, f, period, [kind]);
    return scoped(list, scope).filter(
      (r) => keep(r) && (r.participantId === null ? !test.active && !f.newOnly : test(r.participantId, r.date)),
    );
  });
  const fresh = newInPeriod(facts, f, period, [kind]);
  return candidates.filter(
    (r) => inRange(r.date, period) && (fresh === null || (r.participantId !== null && fresh(r.participantId, r.date))),
  );
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
