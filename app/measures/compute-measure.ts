import type { Measure, MeasureFilters } from "~/plan-format/measure";
import type { DateRange } from "~/plan-format/periods";
import { addMonths } from "./dates";
import { enteredValuesFor } from "./entered-values";
import { indexFacts, lowerBound, type RecordKind } from "./fact-index";
import type { CourseFact, EventFact, LogbookFacts } from "./facts";
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

/** The days a measure is computed over; `id` (2016, PY1 …) is needed to find entered figures. */
export interface MeasurePeriod extends DateRange {
  id?: string;
  /**
   * The day the logbook is known up to (today): outcomeRate leaves out courses whose
   * `withinMonths` window has not closed by then. Default: the period's end.
   */
  asOf?: string;
}

/** The ids behind a figure, so a reader can see what was counted. */
export interface Counted {
  events?: string[];
  participants?: string[];
  households?: string[];
  courses?: string[];
  /**
   * outcomeRate: the courses judged, the denominator (`courses` holds the ones that reached an
   * outcome); the courses too young to judge are in `immature`, not here.
   */
  cohort?: string[];
  /** outcomeRate: courses of the cohort not yet judgeable (still running, window open as of `asOf`). */
  immature?: string[];
  contacts?: string[];
  referrals?: string[];
  assessments?: string[];
  volunteerHours?: string[];
  milestones?: string[];
  /** The periods of the entered figures used (externalStatistic, survey, milestone). */
  values?: string[];
}

export interface MeasureResult {
  /** The figure; null where nothing can be said (no events with attendance, an empty cohort, no figure entered). */
  value: number | null;
  counted: Counted;
  /**
   * outcomeRate only: how many courses of the cohort are too young to judge and left out of the
   * denominator. A null value with `immature` > 0 means: courses started, but none can be judged yet.
   */
  immature?: number;
}

/** Measure kinds that read figures entered per period instead of the logbook. */
export const enteredKinds = new Set<Measure["kind"]>(["externalStatistic", "survey", "milestone"]);

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
    case "coursesStarted": {
      const ok = courseTest(scope, measure.courseType, test(["courses"]));
      const courses = facts.courses.filter((c) => ok(c) && inRange(c.startDate, period));
      return courseResult(courses);
    }
    case "funnelStage": {
      // A course reaches the stage when it logs the stage, or (the plan's stage order known) any later stage.
      const ok = courseTest(scope, measure.courseType, test(["courses"]));
      const order = scope.courseTypes?.get(measure.courseType)?.stages ?? [];
      const at = order.indexOf(measure.stage);
      const accepted = new Set(at >= 0 ? order.slice(at) : [measure.stage]);
      const courses = facts.courses.filter((c) => {
        if (!ok(c)) return false;
        const reached = earliestStage(c, accepted);
        return reached !== null && inRange(reached, period);
      });
      return courseResult(courses);
    }
    case "outcomes": {
      const ok = courseTest(scope, measure.courseType, test(["courses"]));
      const wanted = new Set(measure.outcomes);
      const courses = facts.courses.filter((c) => {
        const date = outcomeDate(c);
        return ok(c) && c.outcome !== null && wanted.has(c.outcome) && date !== null && inRange(date, period);
      });
      return courseResult(courses);
    }
    case "outcomeRate": {
      // The courses started in the period. Success: one of the outcomes, dated within N months of
      // the start. A course still running (no end date, no outcome) whose N months have not passed
      // by `asOf` cannot be judged yet: it is left out of the denominator (counted as immature).
      // A course that ended without the outcome is judged: it cannot reach it any more.
      const ok = courseTest(scope, measure.courseType, test(["courses"]));
      const wanted = new Set(measure.outcomes);
      const within = measure.withinMonths;
      const asOf = period.asOf ?? period.end;
      const reached: CourseFact[] = [];
      const cohort: CourseFact[] = [];
      const immature: string[] = [];
      for (const c of facts.courses) {
        if (!ok(c) || !inRange(c.startDate, period)) continue;
        const date = outcomeDate(c);
        const windowEnd = within === undefined ? null : addMonths(c.startDate, within);
        const success =
          c.outcome !== null && wanted.has(c.outcome) && date !== null && (windowEnd === null || date <= windowEnd);
        if (success) reached.push(c);
        else if (windowEnd !== null && windowEnd > asOf && c.endDate === null && c.outcome === null) {
          immature.push(c.id);
          continue;
        }
        cohort.push(c);
      }
      return {
        value: cohort.length === 0 ? null : (100 * reached.length) / cohort.length,
        counted: {
          courses: reached.map((c) => c.id),
          cohort: cohort.map((c) => c.id),
          immature,
          participants: distinct(reached.map((c) => c.participantId)),
        },
        immature: immature.length,
      };
    }
    case "followUp": {
      // Courses with a follow-up at the offset dated in the period (with one of the statuses, if given).
      const ok = courseTest(scope, measure.courseType, test(["courses"]));
      const statuses = measure.statuses ? new Set(measure.statuses) : null;
      const courses = facts.courses.filter(
        (c) =>
          ok(c) &&
          c.followUps.some(
            (u) =>
              u.offsetMonths === measure.offsetMonths &&
              inRange(u.date, period) &&
              (statuses === null || statuses.has(u.status)),
          ),
      );
      return courseResult(courses);
    }
    case "actionPlans":
      return actionPlans(measure, facts, period, scope, test(["courses"]));
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
      return { value: participants.length, counted: { participants, volunteerHours: records.map((v) => v.id) } };
    }
    case "externalStatistic":
    case "survey": {
      // The figure entered for the period; for a longer period, the latest figure entered inside it.
      const values = enteredValuesFor(facts, scope.criterionKey, period, scope.planRange);
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
      const values = enteredValuesFor(facts, scope.criterionKey, period, scope.planRange);
      return {
        value: values.length === 0 ? null : values.reduce((sum, v) => sum + v.value, 0),
        counted: { values: values.map((v) => v.period) },
      };
    }
  }
}

const distinct = (ids: Iterable<string>) => [...new Set(ids)];

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

/** A course's end: its end date, or its outcome date when no end date was logged; null while it runs. */
const courseEnd = (c: CourseFact) => c.endDate ?? c.outcomeDate;
/** When a course got its outcome: the outcome date, or the end date when the outcome is undated. */
const outcomeDate = (c: CourseFact) => c.outcomeDate ?? c.endDate;

function earliestStage(c: CourseFact, accepted: ReadonlySet<string>): string | null {
  let first: string | null = null;
  for (const s of c.stages) if (accepted.has(s.stage) && (first === null || s.date < first)) first = s.date;
  return first;
}

/** Courses in scope, of the type (if given), whose person passes the filters at the start of the course. */
function courseTest(scope: MeasureScope, courseType: string | undefined, test: PersonTest) {
  return (c: CourseFact) =>
    inScope(scope, c.activityId) &&
    (courseType === undefined || c.courseType === courseType) &&
    test(c.participantId, c.startDate);
}

function courseResult(courses: CourseFact[]): MeasureResult {
  return {
    value: courses.length,
    counted: { courses: courses.map((c) => c.id), participants: distinct(courses.map((c) => c.participantId)) },
  };
}

/**
 * actionPlans: a personal action plan is a course of the measure's course type, or else of a type
 * the plan declares with category actionPlan (none known: no figure). Created = started in the
 * period. Fulfilled = reached the last stage of its type in the period (logged as that stage, or
 * ended with an outcome of the same key); where the type's stages are not known, ended with any
 * outcome in the period.
 */
function actionPlans(
  measure: Extract<Measure, { kind: "actionPlans" }>,
  facts: LogbookFacts,
  period: DateRange,
  scope: MeasureScope,
  test: PersonTest,
): MeasureResult {
  const types = scope.courseTypes;
  const actionPlanTypes =
    measure.courseType !== undefined
      ? new Set([measure.courseType])
      : new Set([...(types ?? [])].filter(([, t]) => t.category === "actionPlan").map(([key]) => key));
  if (actionPlanTypes.size === 0) return { value: null, counted: {} };
  const ok = courseTest(scope, undefined, test);
  const courses = facts.courses.filter((c) => {
    if (!actionPlanTypes.has(c.courseType) || !ok(c)) return false;
    if (measure.stage === "created") return inRange(c.startDate, period);
    const last = types?.get(c.courseType)?.stages.at(-1);
    if (last === undefined) {
      const date = outcomeDate(c);
      return c.outcome !== null && date !== null && inRange(date, period);
    }
    const byStage = earliestStage(c, new Set([last]));
    const byOutcome = c.outcome === last ? outcomeDate(c) : null;
    return (byStage !== null && inRange(byStage, period)) || (byOutcome !== null && inRange(byOutcome, period));
  });
  return courseResult(courses);
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
