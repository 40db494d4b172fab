import type { Measure, MeasureFilters } from "~/plan-format/measure";
import type { DateRange } from "~/plan-format/periods";
import { indexFacts } from "../fact-index";
import type { ContactFact, CourseFact, LogbookFacts } from "../facts";
import type { Counted, MeasureResult } from "../measure-result";
import { eventTypeTest, filtersOf, inRange, inScope, type MeasureScope, type PersonTest, personTest } from "../scope";
import { forEventsIn, keptForLists, newInPeriod, scoped, scopeKey, steadyPersonTest } from "./common";
import { courseEnd } from "./courses";

type Source = "events" | "contacts" | "courses";
const sourcesOf = (source: "events" | "contacts" | "courses" | "all" | undefined): Source[] =>
  source === undefined || source === "all" ? ["events", "contacts", "courses"] : [source];

/** The count of people taking part: distinct participants, or their households, in the measure's sources. */
export function personsMeasure(
  measure: Extract<Measure, { kind: "participants" | "households" }>,
  facts: LogbookFacts,
  period: DateRange,
  scope: MeasureScope,
): MeasureResult {
  const f = filtersOf(measure);
  const sources = sourcesOf(measure.source);
  return persons(measure.kind, facts, period, scope, f, sources, personTest(facts, f, period, sources));
}

/**
 * participants / households: distinct persons (or their households) named in the sources in the
 * period — attendees of events (headcount-only events name nobody, so they add no one), contacts
 * with a person, and courses running in the period (started by its end, not ended before its
 * start). A contact's own household counts even without a person, unless person filters apply.
 * `eventTypes` narrows the events only.
 */
function persons(
  kind: "participants" | "households",
  facts: LogbookFacts,
  period: DateRange,
  scope: MeasureScope,
  f: MeasureFilters,
  sources: Source[],
  test: PersonTest,
): MeasureResult {
  const index = indexFacts(facts);
  // Persons by number (fact-index): a mark per person instead of a set of id strings.
  const numbers = index.personNumbers();
  const marked = new Uint8Array(numbers.count);
  const others = new Set<string>();
  const people: string[] = [];
  const households = new Set<string>();
  const counted: Counted = {};
  const householdOf = (participantId: string) => index.participants.get(participantId)?.householdId ?? null;
  const addPerson = (participantId: string) => {
    const n = numbers.numberOf.get(participantId);
    if (n === undefined ? others.has(participantId) : marked[n] === 1) return;
    if (n === undefined) others.add(participantId);
    else marked[n] = 1;
    people.push(participantId);
  };
  if (sources.includes("events")) {
    const typeOk = eventTypeTest(f);
    const { offsets, people: attendees, ids, participantAt } = numbers;
    const events: string[] = [];
    forEventsIn(facts, period, scope, (e, at) => {
      if (!inScope(scope, e.activityId) || !typeOk(e.type)) return;
      let any = false;
      for (let k = offsets[at]; k < offsets[at + 1]; k++) {
        const n = attendees[k];
        if (test.active && !test.byNumber(n, e.date)) continue;
        any = true;
        if (marked[n] === 1) continue;
        marked[n] = 1;
        people.push(ids[n]);
        if (kind === "households") {
          const household = participantAt[n]?.householdId ?? null;
          if (household !== null) households.add(household);
        }
      }
      if (any) events.push(e.id);
    });
    counted.events = events;
  }
  // What the contacts and courses add whatever the period is kept per list (keptForLists): the
  // scope's records whose person passes the filters but "new"; the period and "new" are asked here.
  const key = `${kind}|${JSON.stringify(f)}|${scopeKey(scope)}`;
  const steady = () => steadyPersonTest(facts, f, period, sources);
  const fresh = newInPeriod(facts, f, period, sources);
  const add = (participantId: string | null, household: string | null) => {
    if (participantId !== null) addPerson(participantId);
    if (household !== null) households.add(household);
  };
  if (sources.includes("contacts")) {
    const part = keptForLists(facts.contacts, facts.participants, key, () => {
      const test = steady();
      const found = { records: [] as ContactFact[], households: [] as (string | null)[] };
      for (const c of scoped(facts.contacts, scope)) {
        if (c.participantId === null ? test.active || f.newOnly : !test(c.participantId, c.date)) continue;
        const household = c.householdId ?? (c.participantId === null ? null : householdOf(c.participantId));
        if (kind === "participants" ? c.participantId === null : household === null) continue;
        found.records.push(c);
        found.households.push(household);
      }
      return found;
    });
    const ids: string[] = [];
    for (const [i, c] of part.records.entries()) {
      if (!inRange(c.date, period)) continue;
      if (fresh !== null && (c.participantId === null || !fresh(c.participantId, c.date))) continue;
      add(c.participantId, part.households[i]);
      ids.push(c.id);
    }
    counted.contacts = ids;
  }
  if (sources.includes("courses")) {
    const part = keptForLists(facts.courses, facts.participants, key, () => {
      const test = steady();
      const found = { records: [] as CourseFact[], households: [] as (string | null)[] };
      for (const c of scoped(facts.courses, scope)) {
        if (!test(c.participantId, c.startDate)) continue;
        const household = householdOf(c.participantId);
        if (kind === "households" && household === null) continue;
        found.records.push(c);
        found.households.push(household);
      }
      return found;
    });
    const ids: string[] = [];
    for (const [i, c] of part.records.entries()) {
      const end = courseEnd(c);
      if (c.startDate > period.end || (end !== null && end < period.start)) continue;
      if (fresh !== null && !fresh(c.participantId, c.startDate)) continue;
      add(c.participantId, part.households[i]);
      ids.push(c.id);
    }
    counted.courses = ids;
  }
  if (kind === "participants") return { value: people.length, counted: { ...counted, participants: people } };
  return { value: households.size, counted: { ...counted, households: [...households], participants: people } };
}
