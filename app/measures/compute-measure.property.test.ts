import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Measure, MeasureFilters } from "~/plan-format/measure";
import { computeMeasure, type MeasureResult } from "./compute-measure";
import type { LogbookFacts } from "./facts";
import { type CriterionOwner, coveredActivities, filtersOf } from "./scope";

/**
 * computeMeasure against a deliberately plain reference: loops over the arrays, no index, no
 * caching, every rule written out again. Random small logbooks, periods, filters and owners.
 */

const RUNS_PER_KIND = 1000;
const BASE = Date.UTC(2015, 0, 1);
const day = (n: number) => new Date(BASE + n * 86_400_000).toISOString().slice(0, 10);
const dateArb = fc.integer({ min: 0, max: 3 * 365 }).map(day);

const PEOPLE = ["p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7"];
const TAGS = ["t1", "t2", "t3"];
const TYPES = ["x", "y", "z"];
const OUTCOMES = ["job", "udd", "fra"];
const BODIES = ["k", "j", "s"];
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const factsArb: fc.Arbitrary<LogbookFacts> = fc
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
        activity: fc.integer({ min: 0, max: 4 }),
        date: dateArb,
        type: fc.constantFrom(...TYPES),
        headcount: opt(fc.integer({ min: 0, max: 40 })),
        residents: maybe(fc.integer({ min: 0, max: 40 })),
        attendees: fc.subarray(PEOPLE),
      }),
      { minLength: 3, maxLength: 25 },
    ),
    contacts: fc.array(
      fc.record({
        activity: fc.integer({ min: 0, max: 4 }),
        date: dateArb,
        participantId: opt(fc.constantFrom(...PEOPLE)),
        householdId: opt(fc.constantFrom("h0", "h4")),
      }),
      { minLength: 2, maxLength: 10 },
    ),
    courses: fc.array(
      fc.record({
        activity: fc.integer({ min: 0, max: 4 }),
        courseType: fc.constantFrom("m", "n"),
        participantId: fc.constantFrom(...PEOPLE),
        start: fc.integer({ min: 0, max: 3 * 365 }),
        endAfter: opt(fc.integer({ min: 0, max: 900 })),
        outcome: opt(fc.constantFrom(...OUTCOMES)),
        outcomeAfter: opt(fc.integer({ min: 0, max: 900 })),
      }),
      { minLength: 8, maxLength: 20 },
    ),
    referrals: fc.array(
      fc.record({
        activity: fc.integer({ min: 0, max: 4 }),
        date: dateArb,
        receivingBody: fc.constantFrom(...BODIES),
        participantId: opt(fc.constantFrom(...PEOPLE)),
        householdId: opt(fc.constantFrom("h1", "h5")),
      }),
      { minLength: 2, maxLength: 12 },
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
      contacts: g.contacts.map(({ activity, ...c }, i) => ({
        id: `c${i}`,
        activityId: `a${activity}`,
        topic: null,
        ...c,
      })),
      courses: g.courses.map((c, i) => ({
        id: `k${i}`,
        activityId: `a${c.activity}`,
        courseType: c.courseType,
        participantId: c.participantId,
        startDate: day(c.start),
        endDate: c.endAfter === null ? null : day(c.start + c.endAfter),
        outcome: c.outcome,
        outcomeDate: c.outcome === null || c.outcomeAfter === null ? null : day(c.start + c.outcomeAfter),
        stages: [],
        followUps: [],
      })),
      referrals: g.referrals.map(({ activity, ...r }, i) => ({
        id: `r${i}`,
        activityId: `a${activity}`,
        result: null,
        ...r,
      })),
      assessments: [],
      volunteerHours: [],
      values: [],
      milestones: [],
    };
  });

/** Mostly absent, so that most runs keep something to count. */
const rarely = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 1 });

const filtersArb: fc.Arbitrary<MeasureFilters> = fc
  .record({
    activity: rarely(fc.constantFrom("akt-0", "akt-1", "akt-2", "akt-3", "akt-4", "ukendt")),
    focusArea: rarely(fc.constantFrom("fa1", "fa2")),
    includeSubActivities: rarely(fc.boolean()),
    eventTypes: rarely(fc.subarray(TYPES, { minLength: 1 })),
    targetGroupTags: rarely(fc.subarray(TAGS, { minLength: 1 })),
    ageBand: rarely(
      fc
        .tuple(maybe(fc.integer({ min: 0, max: 40 })), maybe(fc.integer({ min: 0, max: 50 })))
        .map(([min, span]) => ({ min, max: span === undefined ? undefined : (min ?? 0) + span })),
    ),
    newOnly: rarely(fc.boolean()),
    residentsOnly: rarely(fc.boolean()),
  })
  .map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as MeasureFilters);

const ownerArb: fc.Arbitrary<CriterionOwner> = fc.oneof(
  { arbitrary: fc.constant({}), weight: 2 },
  {
    arbitrary: fc.record({
      activityKey: fc.constantFrom("akt-0", "akt-1", "akt-3"),
      focusAreaKey: fc.constantFrom("fa1", "fa2"),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ focusAreaKey: fc.constantFrom("fa1", "fa2") }), weight: 1 },
);

const periodArb = fc
  .tuple(fc.integer({ min: -30, max: 3 * 365 + 30 }), fc.integer({ min: 30, max: 600 }))
  .map(([start, length]) => ({ start: day(start), end: day(start + length) }));

// ---------------------------------------------------------------- the reference, in plain loops

type Period = { start: string; end: string };

function refCovers(facts: LogbookFacts, f: MeasureFilters, owner: CriterionOwner, activityId: string): boolean {
  const activityKey = f.activity ?? owner.activityKey;
  const self = facts.activities.find((a) => a.id === activityId);
  if (!self) return false;
  if (activityKey !== undefined) {
    const root = facts.activities.find((a) => a.key === activityKey);
    if (!root) return false;
    if (f.includeSubActivities === false) {
      if (activityId !== root.id) return false;
    } else {
      let walk: string | null = activityId;
      let below = false;
      while (walk !== null) {
        if (walk === root.id) below = true;
        const here = facts.activities.find((a) => a.id === walk);
        walk = here ? here.parentId : null;
      }
      if (!below) return false;
    }
  }
  const focusArea =
    f.focusArea !== undefined ? f.focusArea : activityKey === undefined ? owner.focusAreaKey : undefined;
  if (focusArea !== undefined && self.focusAreaKey !== focusArea) return false;
  return true;
}

const anyPersonFilter = (f: MeasureFilters) =>
  (f.targetGroupTags !== undefined && f.targetGroupTags.length > 0) ||
  f.ageBand !== undefined ||
  f.newOnly === true ||
  f.residentsOnly === true;

function refFirstDate(facts: LogbookFacts, pid: string, kinds: string[]): string | null {
  const dates: string[] = [];
  if (kinds.includes("events")) for (const e of facts.events) if (e.attendees.includes(pid)) dates.push(e.date);
  if (kinds.includes("contacts")) for (const c of facts.contacts) if (c.participantId === pid) dates.push(c.date);
  if (kinds.includes("courses")) for (const c of facts.courses) if (c.participantId === pid) dates.push(c.startDate);
  if (kinds.includes("referrals")) for (const r of facts.referrals) if (r.participantId === pid) dates.push(r.date);
  dates.sort();
  return dates.length > 0 ? dates[0] : null;
}

function refPersonOk(
  facts: LogbookFacts,
  f: MeasureFilters,
  period: Period,
  kinds: string[],
  pid: string,
  date: string,
): boolean {
  if (!anyPersonFilter(f)) return true;
  const p = facts.participants.find((x) => x.id === pid);
  if (!p) return false;
  if (f.residentsOnly && !p.resident) return false;
  if (f.targetGroupTags && f.targetGroupTags.length > 0) {
    let has = false;
    for (const t of f.targetGroupTags) if (p.targetGroupTags.includes(t)) has = true;
    if (!has) return false;
  }
  if (f.ageBand) {
    if (p.birthYear === null) return false;
    const age = Number(date.slice(0, 4)) - p.birthYear;
    if (f.ageBand.min !== undefined && age < f.ageBand.min) return false;
    if (f.ageBand.max !== undefined && age > f.ageBand.max) return false;
  }
  if (f.newOnly) {
    const first = refFirstDate(facts, pid, kinds);
    if (first === null || first < period.start || first > period.end) return false;
  }
  return true;
}

const within = (date: string, p: Period) => date >= p.start && date <= p.end;

function refAddMonths(date: string, months: number): string {
  let y = Number(date.slice(0, 4));
  let m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  for (let i = 0; i < months; i++) {
    m++;
    if (m === 13) {
      m = 1;
      y++;
    }
  }
  const monthDays = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  const dd = Math.min(d, monthDays[m - 1]);
  return `${y}-${String(m).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
}

interface RefResult {
  value: number | null;
  ids: Record<string, string[]>;
}

function reference(measure: Measure, facts: LogbookFacts, period: Period, owner: CriterionOwner): RefResult {
  const f: MeasureFilters = ("filters" in measure && measure.filters) || {};
  const covers = (activityId: string) => refCovers(facts, f, owner, activityId);
  const typeOk = (type: string) => !f.eventTypes || f.eventTypes.length === 0 || f.eventTypes.includes(type);
  const householdOf = (pid: string) => {
    const p = facts.participants.find((x) => x.id === pid);
    return p ? p.householdId : null;
  };
  switch (measure.kind) {
    case "participants":
    case "households": {
      const source = measure.source ?? "all";
      const kinds = source === "all" ? ["events", "contacts", "courses"] : [source];
      const ok = (pid: string, date: string) => refPersonOk(facts, f, period, kinds, pid, date);
      const people: string[] = [];
      const households: string[] = [];
      const addPerson = (pid: string | null, household: string | null) => {
        if (measure.kind === "participants") {
          if (pid !== null && !people.includes(pid)) people.push(pid);
        } else if (household !== null && !households.includes(household)) households.push(household);
      };
      if (kinds.includes("events"))
        for (const e of facts.events)
          if (within(e.date, period) && covers(e.activityId) && typeOk(e.type))
            for (const pid of e.attendees) if (ok(pid, e.date)) addPerson(pid, householdOf(pid));
      if (kinds.includes("contacts"))
        for (const c of facts.contacts) {
          if (!within(c.date, period) || !covers(c.activityId)) continue;
          if (c.participantId === null && anyPersonFilter(f)) continue;
          if (c.participantId !== null && !ok(c.participantId, c.date)) continue;
          const household = c.householdId ?? (c.participantId === null ? null : householdOf(c.participantId));
          addPerson(c.participantId, household);
        }
      if (kinds.includes("courses"))
        for (const c of facts.courses) {
          const end = c.endDate ?? c.outcomeDate;
          const running = c.startDate <= period.end && (end === null || end >= period.start);
          if (running && covers(c.activityId) && ok(c.participantId, c.startDate))
            addPerson(c.participantId, householdOf(c.participantId));
        }
      return measure.kind === "participants"
        ? { value: people.length, ids: { participants: people } }
        : { value: households.length, ids: { households } };
    }
    case "events": {
      const events: string[] = [];
      for (const e of facts.events)
        if (within(e.date, period) && covers(e.activityId) && typeOk(e.type)) events.push(e.id);
      return { value: events.length, ids: { events } };
    }
    case "averageAttendance": {
      const onlyResidents =
        f.residentsOnly === true && !f.newOnly && !f.ageBand && !(f.targetGroupTags && f.targetGroupTags.length > 0);
      let sum = 0;
      const events: string[] = [];
      for (const e of facts.events) {
        if (!within(e.date, period) || !covers(e.activityId) || !typeOk(e.type)) continue;
        let n: number | null = null;
        if (!anyPersonFilter(f)) {
          if (e.headcount !== null) n = e.headcount;
          else if (e.attendees.length > 0) n = e.attendees.length;
        } else if (onlyResidents && e.headcount !== null && e.breakdown.residents !== undefined) {
          n = e.breakdown.residents;
        } else if (e.attendees.length > 0) {
          n = 0;
          for (const pid of e.attendees) if (refPersonOk(facts, f, period, ["events"], pid, e.date)) n++;
        }
        if (n === null) continue;
        sum += n;
        events.push(e.id);
      }
      return { value: events.length === 0 ? null : sum / events.length, ids: { events } };
    }
    case "coursesStarted":
    case "outcomeRate": {
      const cohort: string[] = [];
      const reached: string[] = [];
      for (const c of facts.courses) {
        if (measure.courseType !== undefined && c.courseType !== measure.courseType) continue;
        if (!within(c.startDate, period) || !covers(c.activityId)) continue;
        if (!refPersonOk(facts, f, period, ["courses"], c.participantId, c.startDate)) continue;
        cohort.push(c.id);
        if (measure.kind === "outcomeRate" && c.outcome !== null && measure.outcomes.includes(c.outcome)) {
          const date = c.outcomeDate !== null ? c.outcomeDate : c.endDate;
          if (date === null) continue;
          if (measure.withinMonths !== undefined && date > refAddMonths(c.startDate, measure.withinMonths)) continue;
          reached.push(c.id);
        }
      }
      if (measure.kind === "coursesStarted") return { value: cohort.length, ids: { courses: cohort } };
      return {
        value: cohort.length === 0 ? null : (reached.length * 100) / cohort.length,
        ids: { courses: reached, cohort },
      };
    }
    case "referrals": {
      const records: string[] = [];
      const people: string[] = [];
      const households: string[] = [];
      for (const r of facts.referrals) {
        if (!within(r.date, period) || !covers(r.activityId)) continue;
        if (
          measure.receivingBodies &&
          measure.receivingBodies.length > 0 &&
          !measure.receivingBodies.includes(r.receivingBody)
        )
          continue;
        if (r.participantId === null && anyPersonFilter(f)) continue;
        if (r.participantId !== null && !refPersonOk(facts, f, period, ["referrals"], r.participantId, r.date))
          continue;
        records.push(r.id);
        if (r.participantId !== null && !people.includes(r.participantId)) people.push(r.participantId);
        const household = r.householdId ?? (r.participantId === null ? null : householdOf(r.participantId));
        if (household !== null && !households.includes(household)) households.push(household);
      }
      const count = measure.count ?? "records";
      const value = count === "records" ? records.length : count === "persons" ? people.length : households.length;
      return {
        value,
        ids: count === "households" ? { referrals: records, households } : { referrals: records, participants: people },
      };
    }
    default:
      throw new Error(`no reference for ${measure.kind}`);
  }
}

// ---------------------------------------------------------------- the properties

const measureArbs: Record<string, fc.Arbitrary<Measure>> = {
  participants: fc.record({
    kind: fc.constant("participants" as const),
    source: maybe(
      fc.constantFrom("events", "contacts", "courses", "all") as fc.Arbitrary<
        "events" | "contacts" | "courses" | "all"
      >,
    ),
    filters: filtersArb,
  }),
  households: fc.record({
    kind: fc.constant("households" as const),
    source: maybe(
      fc.constantFrom("events", "contacts", "courses", "all") as fc.Arbitrary<
        "events" | "contacts" | "courses" | "all"
      >,
    ),
    filters: filtersArb,
  }),
  events: fc.record({ kind: fc.constant("events" as const), filters: filtersArb }),
  averageAttendance: fc.record({ kind: fc.constant("averageAttendance" as const), filters: filtersArb }),
  coursesStarted: fc.record({
    kind: fc.constant("coursesStarted" as const),
    courseType: fc.constantFrom("m", "n"),
    filters: filtersArb,
  }),
  outcomeRate: fc.record(
    {
      kind: fc.constant("outcomeRate" as const),
      courseType: fc.constantFrom("m", "n"),
      outcomes: fc.subarray(OUTCOMES, { minLength: 1 }),
      withinMonths: fc.integer({ min: 1, max: 30 }),
      filters: filtersArb,
    },
    { requiredKeys: ["kind", "outcomes", "filters"] },
  ),
  referrals: fc.record(
    {
      kind: fc.constant("referrals" as const),
      count: fc.constantFrom("records", "persons", "households") as fc.Arbitrary<"records" | "persons" | "households">,
      receivingBodies: fc.subarray(BODIES, { minLength: 1 }),
      filters: filtersArb,
    },
    { requiredKeys: ["kind", "filters"] },
  ),
};

const sameSet = (a: string[] | undefined, b: string[]) => expect(new Set(a ?? [])).toEqual(new Set(b));

function agree(actual: MeasureResult, expected: RefResult) {
  if (expected.value === null || actual.value === null) expect(actual.value).toBe(expected.value);
  else expect(actual.value).toBeCloseTo(expected.value, 9);
  for (const [key, ids] of Object.entries(expected.ids))
    sameSet(actual.counted[key as keyof typeof actual.counted], ids);
}

describe("computeMeasure agrees with a plain reference on random logbooks", () => {
  for (const [kind, measureArb] of Object.entries(measureArbs)) {
    it(`${kind} (${RUNS_PER_KIND} runs)`, () => {
      fc.assert(
        fc.property(factsArb, measureArb, periodArb, ownerArb, (facts, measure, period, owner) => {
          const scope = { activityIds: coveredActivities(facts, filtersOf(measure), owner) };
          agree(computeMeasure(measure, facts, period, scope), reference(measure, facts, period, owner));
        }),
        { numRuns: RUNS_PER_KIND },
      );
    });
  }
});
