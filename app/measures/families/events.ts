import type { Measure, MeasureFilters } from "~/plan-format/measure";
import type { DateRange } from "~/plan-format/periods";
import { indexFacts, type PersonNumbers } from "../fact-index";
import type { EventFact, LogbookFacts } from "../facts";
import type { MeasureResult } from "../measure-result";
import { eventTypeTest, filtersOf, inScope, type MeasureScope, type PersonTest, personTest } from "../scope";
import { forEventsIn } from "./common";

type EventMeasure = Extract<Measure, { kind: "events" | "attendance" | "averageAttendance" }>;

/** The measures read from events: how many events (or outputs), their attendance, the average attendance. */
export function eventMeasure(
  measure: EventMeasure,
  facts: LogbookFacts,
  period: DateRange,
  scope: MeasureScope,
): MeasureResult {
  const f = filtersOf(measure);
  if (measure.kind !== "events")
    return attendance(measure.kind, facts, period, scope, f, personTest(facts, f, period, ["events"]));
  // A count of events or outputs; person filters do not apply to an event as such.
  const typeOk = eventTypeTest(f);
  const events: string[] = [];
  forEventsIn(facts, period, scope, (e) => {
    if (inScope(scope, e.activityId) && typeOk(e.type)) events.push(e.id);
  });
  return { value: events.length, counted: { events } };
}

/**
 * attendance / averageAttendance. An event's attendance is its headcount, or the number of named
 * attendees when no headcount was logged. With person filters: the residents breakdown of the
 * headcount when only `residentsOnly` applies and it was logged, else the named attendees who pass
 * the filters. Events whose attendance is unknown (nothing logged, or a headcount that cannot be
 * filtered) are left out of both the sum and the number of events.
 */
function attendance(
  kind: "attendance" | "averageAttendance",
  facts: LogbookFacts,
  period: DateRange,
  scope: MeasureScope,
  f: MeasureFilters,
  test: PersonTest,
): MeasureResult {
  const typeOk = eventTypeTest(f);
  const residentsAlone =
    f.residentsOnly === true && !f.newOnly && !f.ageBand && !(f.targetGroupTags && f.targetGroupTags.length > 0);
  let sum = 0;
  let seen = 0;
  const events: string[] = [];
  const numbers = indexFacts(facts).personNumbers();
  forEventsIn(facts, period, scope, (e, at) => {
    if (!inScope(scope, e.activityId) || !typeOk(e.type)) return;
    seen++;
    const n = eventAttendance(e, test, residentsAlone, numbers, at);
    if (n === null) return;
    sum += n;
    events.push(e.id);
  });
  // No events: 0 came. Events but none with a known attendance: nothing can be said.
  if (kind === "attendance") return { value: events.length === 0 && seen > 0 ? null : sum, counted: { events } };
  return { value: events.length === 0 ? null : sum / events.length, counted: { events } };
}

/**
 * The attendance of one event under the person filters, or null when it is not known; its
 * attendees are read by number (`at`: its position in facts.events).
 */
export function eventAttendance(
  e: EventFact,
  test: PersonTest,
  residentsAlone: boolean,
  numbers: PersonNumbers,
  at: number,
): number | null {
  if (!test.active) return e.headcount ?? (e.attendees.length > 0 ? e.attendees.length : null);
  if (residentsAlone && e.headcount !== null && typeof e.breakdown.residents === "number") return e.breakdown.residents;
  if (e.attendees.length === 0) return null;
  let n = 0;
  for (let k = numbers.offsets[at]; k < numbers.offsets[at + 1]; k++) if (test.byNumber(numbers.people[k], e.date)) n++;
  return n;
}
