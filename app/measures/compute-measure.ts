import { lastListYear, offListAtEnd } from "~/area-lists/list-history";
import type { Measure, MeasureFilters } from "~/plan-format/measure";
import type { DateRange } from "~/plan-format/periods";
import { courseEnd, courseMeasure } from "./course-measures";
import { enteredValuesFor } from "./entered-values";
import { indexFacts, lowerBound, type RecordKind } from "./fact-index";
import type { EventFact, LogbookFacts } from "./facts";
import type { Counted, MeasurePeriod, MeasureResult } from "./measure-result";
import {
  eventTypeTest,
  filtersOf,
  inRange,
  inScope,
  type MeasureScope,
  type PersonTest,
  personTest,
  wholePlan,
} from "./scope";

export type { Counted, MeasurePeriod, MeasureResult } from "./measure-result";

/** Measure kinds that read figures entered per period instead of the logbook. */
export const enteredKinds = new Set<Measure["kind"]>(["externalStatistic", "survey", "milestone", "areaList"]);

type Source = "events" | "contacts" | "courses";
const sourcesOf = (source: "events" | "contacts" | "courses" | "all" | undefined): Source[] =>
  source === undefined || source === "all" ? ["events", "contacts", "courses"] : [source];

/**
 * Computes one measure over a period from the logbook facts (pure, no I/O).
 * Every "distinct" count is distinct over the whole period. See each case for its rule.
 */
export function computeMeasure(
  measure: Measure,
  facts: LogbookFacts,
  period: MeasurePeriod,
  scope: MeasureScope = wholePlan,
): MeasureResult {
  const f = filtersOf(measure);
  const test = (kinds: RecordKind[]) => personTest(facts, f, period, kinds);
  switch (measure.kind) {
    case "participants":
    case "households": {
      const sources = sourcesOf(measure.source);
      return persons(measure.kind, facts, period, scope, f, sources, test(sources));
    }
    case "attendance":
    case "averageAttendance":
      return attendance(measure.kind, facts, period, scope, f, test(["events"]));
    case "events": {
      // A count of events or outputs; person filters do not apply to an event as such.
      const typeOk = eventTypeTest(f);
      const events: string[] = [];
      forEventsIn(facts, period, (e) => {
        if (inScope(scope, e.activityId) && typeOk(e.type)) events.push(e.id);
      });
      return { value: events.length, counted: { events } };
    }
    case "coursesStarted":
    case "funnelStage":
    case "outcomes":
    case "outcomeRate":
    case "followUp":
    case "actionPlans":
      return courseMeasure(measure, facts, period, scope, test(["courses"]));
    case "contacts":
    case "referrals":
      return contactsOrReferrals(measure, facts, period, scope);
    case "assessments": {
      const t = test(["assessments"]);
      const records = facts.assessments.filter(
        (a) =>
          a.assessment === measure.assessment &&
          inRange(a.date, period) &&
          inScope(scope, a.activityId) &&
          t(a.participantId, a.date),
      );
      return {
        value: distinct(records.map((a) => a.participantId)).length,
        counted: { participants: distinct(records.map((a) => a.participantId)), assessments: records.map((a) => a.id) },
      };
    }
    case "volunteers": {
      const t = test(["volunteers"]);
      const roles = measure.roles && measure.roles.length > 0 ? new Set(measure.roles) : null;
      const records = facts.volunteerHours.filter(
        (v) =>
          inRange(v.date, period) &&
          inScope(scope, v.activityId) &&
          (roles === null || (v.role !== null && roles.has(v.role))) &&
          t(v.participantId, v.date),
      );
      const participants = distinct(records.map((v) => v.participantId));
      const counted = { participants, volunteerHours: records.map((v) => v.id) };
      if (measure.count === "hours") return { value: records.reduce((sum, v) => sum + v.hours, 0), counted };
      return { value: participants.length, counted };
    }
    case "externalStatistic":
    case "survey": {
      // The figure entered for the period; for a longer period, the latest figure entered inside it.
      const values = enteredValuesFor(facts, enteredKey(measure, scope), period, scope.planRange);
      const last = values.at(-1);
      return { value: last ? last.value : null, counted: { values: last ? [last.period] : [] } };
    }
    case "milestone": {
      if (measure.milestone !== undefined) {
        // 1 when the milestone is done by the end of the period, else 0.
        const milestone = facts.milestones.find((x) => x.key === measure.milestone);
        if (!milestone) return { value: null, counted: {} };
        const done = milestone.status === "done" && (milestone.doneDate === null || milestone.doneDate <= period.end);
        return { value: done ? 1 : 0, counted: { milestones: done ? [milestone.key] : [] } };
      }
      // Yes/no entered per period as 1/0; over a longer period, the number of periods entered as done.
      const values = enteredValuesFor(facts, enteredKey(measure, scope), period, scope.planRange);
      return {
        value: values.length === 0 ? null : values.reduce((sum, v) => sum + v.value, 0),
        counted: { values: values.map((v) => v.period) },
      };
    }
    case "areaList": {
      // 1 when the area is on no list of the period's last 1 December, 0 when it is on one.
      const history = scope.areaLists?.get(measure.listArea) ?? [];
      const value = offListAtEnd(history, period);
      return { value, counted: { values: value === null ? [] : [String(lastListYear(period))] } };
    }
  }
}

const distinct = (ids: Iterable<string>) => [...new Set(ids)];

/** Where an entered figure is read: the measure's named series, else the criterion's own figures. */
function enteredKey(measure: Measure, scope: MeasureScope) {
  if ((measure.kind === "externalStatistic" || measure.kind === "survey") && measure.series !== undefined)
    return { series: measure.series };
  return scope.criterionKey === undefined ? undefined : { criterion: scope.criterionKey };
}

/** Calls `visit` for every event dated in the period, in date order. */
function forEventsIn(facts: LogbookFacts, period: DateRange, visit: (e: EventFact) => void) {
  const { eventsByDate, eventDates } = indexFacts(facts);
  for (let i = lowerBound(eventDates, period.start); i < eventsByDate.length; i++) {
    const e = eventsByDate[i];
    if (e.date > period.end) break;
    visit(e);
  }
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
  const people = new Set<string>();
  const households = new Set<string>();
  const counted: Counted = {};
  const householdOf = (participantId: string) => index.participants.get(participantId)?.householdId ?? null;
  const add = (participantId: string | null, householdId: string | null) => {
    if (participantId !== null) people.add(participantId);
    if (householdId !== null) households.add(householdId);
  };
  if (sources.includes("events")) {
    const typeOk = eventTypeTest(f);
    const events: string[] = [];
    forEventsIn(facts, period, (e) => {
      if (!inScope(scope, e.activityId) || !typeOk(e.type)) return;
      let any = false;
      for (const p of e.attendees) {
        if (test.active && !test(p, e.date)) continue;
        any = true;
        if (kind === "participants") people.add(p);
        else add(p, householdOf(p));
      }
      if (any) events.push(e.id);
    });
    counted.events = events;
  }
  if (sources.includes("contacts")) {
    const contacts: string[] = [];
    for (const c of facts.contacts) {
      if (!inRange(c.date, period) || !inScope(scope, c.activityId)) continue;
      if (c.participantId === null ? test.active : !test(c.participantId, c.date)) continue;
      const household = c.householdId ?? (c.participantId === null ? null : householdOf(c.participantId));
      if (kind === "participants" ? c.participantId === null : household === null) continue;
      add(c.participantId, household);
      contacts.push(c.id);
    }
    counted.contacts = contacts;
  }
  if (sources.includes("courses")) {
    const courses: string[] = [];
    for (const c of facts.courses) {
      const end = courseEnd(c);
      if (c.startDate > period.end || (end !== null && end < period.start)) continue;
      if (!inScope(scope, c.activityId) || !test(c.participantId, c.startDate)) continue;
      const household = householdOf(c.participantId);
      if (kind === "households" && household === null) continue;
      add(c.participantId, household);
      courses.push(c.id);
    }
    counted.courses = courses;
  }
  if (kind === "participants") return { value: people.size, counted: { ...counted, participants: [...people] } };
  return { value: households.size, counted: { ...counted, households: [...households], participants: [...people] } };
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
  forEventsIn(facts, period, (e) => {
    if (!inScope(scope, e.activityId) || !typeOk(e.type)) return;
    seen++;
    const n = eventAttendance(e, test, residentsAlone);
    if (n === null) return;
    sum += n;
    events.push(e.id);
  });
  // No events: 0 came. Events but none with a known attendance: nothing can be said.
  if (kind === "attendance") return { value: events.length === 0 && seen > 0 ? null : sum, counted: { events } };
  return { value: events.length === 0 ? null : sum / events.length, counted: { events } };
}

/** The attendance of one event under the person filters, or null when it is not known. */
export function eventAttendance(e: EventFact, test: PersonTest, residentsAlone: boolean): number | null {
  if (!test.active) return e.headcount ?? (e.attendees.length > 0 ? e.attendees.length : null);
  if (residentsAlone && e.headcount !== null && typeof e.breakdown.residents === "number") return e.breakdown.residents;
  if (e.attendees.length === 0) return null;
  let n = 0;
  for (const p of e.attendees) if (test(p, e.date)) n++;
  return n;
}

/**
 * contacts / referrals, counted as records (default), distinct persons or distinct households (the
 * record's household, else the person's). With person filters only records naming a person who
 * passes them count.
 */
function contactsOrReferrals(
  measure: Extract<Measure, { kind: "contacts" | "referrals" }>,
  facts: LogbookFacts,
  period: DateRange,
  scope: MeasureScope,
): MeasureResult {
  const f = filtersOf(measure);
  const participants = indexFacts(facts).participants;
  const isContacts = measure.kind === "contacts";
  const test = personTest(facts, f, period, [measure.kind]);
  const wanted = isContacts ? measure.topics : measure.receivingBodies;
  const allowed = wanted && wanted.length > 0 ? new Set(wanted) : null;
  const records: { id: string; participantId: string | null; householdId: string | null }[] = [];
  const list = isContacts ? facts.contacts : facts.referrals;
  for (const r of list) {
    if (!inRange(r.date, period) || !inScope(scope, r.activityId)) continue;
    const word = "topic" in r ? r.topic : r.receivingBody;
    if (allowed !== null && (word === null || !allowed.has(word))) continue;
    if (r.participantId === null ? test.active : !test(r.participantId, r.date)) continue;
    records.push(r);
  }
  const ids = records.map((r) => r.id);
  const recordsKey = isContacts ? "contacts" : "referrals";
  const people = distinct(records.flatMap((r) => (r.participantId === null ? [] : [r.participantId])));
  const count = measure.count ?? "records";
  if (count === "records") return { value: ids.length, counted: { [recordsKey]: ids, participants: people } };
  if (count === "persons") return { value: people.length, counted: { [recordsKey]: ids, participants: people } };
  const households = distinct(
    records.flatMap((r) => {
      const h =
        r.householdId ?? (r.participantId === null ? null : (participants.get(r.participantId)?.householdId ?? null));
      return h === null ? [] : [h];
    }),
  );
  return { value: households.length, counted: { [recordsKey]: ids, households, participants: people } };
}
