import fc from "fast-check";
import type { LogbookFacts } from "../facts";

/**
 * Random small logbooks for the property tests: a few activities, people, events, courses, contacts
 * and entered figures on the calendar of a three-year plan starting 1 May 2015.
 */

export const BASE = Date.UTC(2015, 0, 1);
export const day = (n: number) => new Date(BASE + n * 86_400_000).toISOString().slice(0, 10);

export const PEOPLE = ["p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7"];
export const TAGS = ["t1", "t2", "t3"];
export const TYPES = ["x", "y", "z"];
export const COURSE_TYPES = ["m", "n", "hp"];
export const STAGES = ["s1", "s2", "s3", "s4"];
/** Outcomes include stage keys: an action plan can end with the outcome of its last stage. */
export const OUTCOMES = ["job", "udd", "fra", "s3", "s4"];
export const BODIES = ["k", "j", "s"];
export const TOPICS = ["oek", "bolig"];
export const ASSESSMENTS = ["net", "trivsel"];
export const ROLES = ["mentor", "kok"];
export const MILESTONES = ["ms1", "ms2", "ms3"];
export const CRITERIA = ["c1", "c2"];
/** The plan's named series (figures entered once, read by any criterion naming them). */
export const SERIES = ["s1", "s2"];

/** The plan period, and the periods it names, placed on the calendar by hand. */
export const PLAN = { start: "2015-05-01", end: "2018-04-30" };
export const NAMED: Record<string, Period> = {
  plan: PLAN,
  PY1: { start: "2015-05-01", end: "2016-04-30" },
  PY2: { start: "2016-05-01", end: "2017-04-30" },
  PY3: { start: "2017-05-01", end: "2018-04-30" },
  PY4: { start: "2018-05-01", end: "2019-04-30" },
  "2015": { start: "2015-01-01", end: "2015-12-31" },
  "2016": { start: "2016-01-01", end: "2016-12-31" },
  "2017": { start: "2017-01-01", end: "2017-12-31" },
  "2016H1": { start: "2016-01-01", end: "2016-06-30" },
  "2016H2": { start: "2016-07-01", end: "2016-12-31" },
  "2017Q1": { start: "2017-01-01", end: "2017-03-31" },
  "2017Q2": { start: "2017-04-01", end: "2017-06-30" },
  "2017Q3": { start: "2017-07-01", end: "2017-09-30" },
  "2017Q4": { start: "2017-10-01", end: "2017-12-31" },
};
/** Period ids figures are entered for, one of them not a period at all. */
export const ENTERED_PERIODS = [...Object.keys(NAMED), "bogus"];

/**
 * Days over 2015–2017: mostly spread evenly (fast-check would otherwise favour the first days),
 * sometimes the first or last day of a period, or a month's end (for whole months added to it).
 */
export const EDGES = [
  ...Object.values(NAMED).flatMap((p) => [p.start, p.end]),
  "2015-08-31",
  "2016-01-31",
  "2016-02-29",
]
  .map((date) => Math.round((Date.parse(`${date}T00:00:00Z`) - BASE) / 86_400_000))
  .filter((n) => n >= 0 && n <= 3 * 365);
export const dayArb = fc.oneof(
  { arbitrary: fc.noBias(fc.integer({ min: 0, max: 3 * 365 })), weight: 4 },
  { arbitrary: fc.constantFrom(...EDGES), weight: 1 },
);
export const dateArb = dayArb.map(day);

export const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
export const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** null half the time. */
export const oftenNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 2 });
export const activityArb = fc.integer({ min: 0, max: 4 });

/** A period as the reference sees it: its days, its id (if any) and the day it is judged on. */
export type Period = { start: string; end: string; id?: string; asOf?: string };

export const factsArb: fc.Arbitrary<LogbookFacts> = fc
  .record({
    parents: fc.tuple(
      fc.constant(-1),
      fc.integer({ min: -1, max: 0 }),
      fc.integer({ min: -1, max: 1 }),
      fc.integer({ min: -1, max: 2 }),
      fc.integer({ min: -1, max: 3 }),
    ),
    rootAreas: fc.array(fc.constantFrom("fa1", "fa2"), { minLength: 5, maxLength: 5 }),
    people: fc.tuple(
      ...PEOPLE.map(() =>
        fc.record({
          birthYear: opt(fc.integer({ min: 1950, max: 2012 })),
          householdId: opt(fc.constantFrom("h0", "h1", "h2", "h3")),
          targetGroupTags: fc.subarray(TAGS),
          resident: fc.boolean(),
        }),
      ),
    ),
    events: fc.array(
      fc.record({
        activity: activityArb,
        date: dateArb,
        type: fc.constantFrom(...TYPES),
        headcount: opt(fc.integer({ min: 0, max: 40 })),
        residents: maybe(fc.integer({ min: 0, max: 40 })),
        attendees: fc.subarray(PEOPLE),
      }),
      { minLength: 5, maxLength: 25 },
    ),
    contacts: fc.array(
      fc.record({
        activity: activityArb,
        date: dateArb,
        topic: opt(fc.constantFrom(...TOPICS)),
        participantId: opt(fc.constantFrom(...PEOPLE)),
        householdId: opt(fc.constantFrom("h0", "h4")),
      }),
      { minLength: 4, maxLength: 12 },
    ),
    courses: fc.array(
      fc.record({
        activity: activityArb,
        courseType: fc.constantFrom("m", "m", "n", "hp"),
        participantId: fc.constantFrom(...PEOPLE),
        start: dayArb,
        // Half the courses still run (no end, no outcome), so some are too young to judge.
        endAfter: oftenNull(fc.noBias(fc.integer({ min: 0, max: 900 }))),
        outcome: oftenNull(fc.constantFrom(...OUTCOMES)),
        outcomeAfter: opt(fc.noBias(fc.integer({ min: 0, max: 900 }))),
        stages: fc.array(
          fc.record({ stage: fc.constantFrom(...STAGES), after: fc.noBias(fc.integer({ min: 0, max: 700 })) }),
          {
            maxLength: 4,
          },
        ),
        followUps: fc.array(
          fc.record({
            offsetMonths: fc.constantFrom(3, 6, 12),
            after: fc.noBias(fc.integer({ min: 0, max: 900 })),
            status: fc.constantFrom("job", "ledig", "udd"),
          }),
          { maxLength: 3 },
        ),
      }),
      { minLength: 12, maxLength: 30 },
    ),
    referrals: fc.array(
      fc.record({
        activity: activityArb,
        date: dateArb,
        receivingBody: fc.constantFrom(...BODIES),
        participantId: opt(fc.constantFrom(...PEOPLE)),
        householdId: opt(fc.constantFrom("h1", "h5")),
      }),
      { minLength: 4, maxLength: 12 },
    ),
    assessments: fc.array(
      fc.record({
        activity: activityArb,
        date: dateArb,
        participantId: fc.constantFrom(...PEOPLE),
        assessment: fc.constantFrom(...ASSESSMENTS),
      }),
      { minLength: 2, maxLength: 12 },
    ),
    volunteerHours: fc.array(
      fc.record({
        activity: activityArb,
        date: dateArb,
        participantId: fc.constantFrom(...PEOPLE),
        role: opt(fc.constantFrom(...ROLES)),
        hours: fc.integer({ min: 1, max: 8 }),
      }),
      { minLength: 2, maxLength: 12 },
    ),
    values: fc.array(
      fc.record({
        criterionKey: fc.constantFrom(...CRITERIA),
        period: fc.constantFrom(...ENTERED_PERIODS),
        value: fc.integer({ min: 0, max: 100 }),
      }),
      { minLength: 2, maxLength: 12 },
    ),
    seriesValues: fc.array(
      fc.record({
        seriesKey: fc.constantFrom(...SERIES),
        period: fc.constantFrom(...ENTERED_PERIODS),
        value: fc.integer({ min: 0, max: 100 }),
      }),
      { maxLength: 8 },
    ),
    milestones: fc.subarray(MILESTONES).chain((keys) =>
      fc.tuple(
        ...keys.map((key) =>
          fc.record({
            key: fc.constant(key),
            status: fc.constantFrom("planned", "done", "postponed", "dropped") as fc.Arbitrary<
              "planned" | "done" | "postponed" | "dropped"
            >,
            doneDate: opt(dateArb),
          }),
        ),
      ),
    ),
  })
  .map((g) => {
    const area: string[] = [];
    const activities = g.parents.map((parent, i) => {
      area[i] = parent === -1 ? g.rootAreas[i] : area[parent];
      return { id: `a${i}`, key: `akt-${i}`, parentId: parent === -1 ? null : `a${parent}`, focusAreaKey: area[i] };
    });
    return {
      activities,
      participants: g.people.map((p, i) => ({ id: PEOPLE[i], ...p })),
      events: g.events.map((e, i) => ({
        id: `e${i}`,
        activityId: `a${e.activity}`,
        date: e.date,
        type: e.type,
        headcount: e.headcount,
        breakdown: e.residents === undefined ? {} : { residents: e.residents },
        attendees: e.attendees,
      })),
      contacts: g.contacts.map(({ activity, ...c }, i) => ({ id: `c${i}`, activityId: `a${activity}`, ...c })),
      courses: g.courses.map((c, i) => ({
        id: `k${i}`,
        activityId: `a${c.activity}`,
        courseType: c.courseType,
        participantId: c.participantId,
        startDate: day(c.start),
        endDate: c.endAfter === null ? null : day(c.start + c.endAfter),
        outcome: c.outcome,
        outcomeDate: c.outcome === null || c.outcomeAfter === null ? null : day(c.start + c.outcomeAfter),
        stages: c.stages.map((s) => ({ stage: s.stage, date: day(c.start + s.after) })),
        followUps: c.followUps.map((u) => ({
          offsetMonths: u.offsetMonths,
          date: day(c.start + u.after),
          status: u.status,
        })),
      })),
      referrals: g.referrals.map(({ activity, ...r }, i) => ({
        id: `r${i}`,
        activityId: `a${activity}`,
        result: null,
        ...r,
      })),
      assessments: g.assessments.map(({ activity, ...a }, i) => ({ id: `s${i}`, activityId: `a${activity}`, ...a })),
      volunteerHours: g.volunteerHours.map(({ activity, ...v }, i) => ({
        id: `v${i}`,
        activityId: `a${activity}`,
        ...v,
      })),
      values: g.values,
      seriesValues: g.seriesValues,
      milestones: g.milestones,
    };
  });
