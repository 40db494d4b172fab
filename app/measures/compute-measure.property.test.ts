import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Measure, MeasureFilters, MeasureKind } from "~/plan-format/measure";
import { computeMeasure, type MeasureResult } from "./compute-measure";
import type { LogbookFacts } from "./facts";
import { type CourseTypeInfo, type CriterionOwner, coveredActivities, filtersOf } from "./scope";

/**
 * computeMeasure against a deliberately plain reference: loops over the arrays, no index, no
 * caching, every rule written out again (the reference imports nothing from the engine). Random
 * small logbooks, periods, filters, owners and scopes, for every measure kind.
 */

const RUNS_PER_KIND = 500;
const BASE = Date.UTC(2015, 0, 1);
const day = (n: number) => new Date(BASE + n * 86_400_000).toISOString().slice(0, 10);

const PEOPLE = ["p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7"];
const TAGS = ["t1", "t2", "t3"];
const TYPES = ["x", "y", "z"];
const COURSE_TYPES = ["m", "n", "hp"];
const STAGES = ["s1", "s2", "s3", "s4"];
/** Outcomes include stage keys: an action plan can end with the outcome of its last stage. */
const OUTCOMES = ["job", "udd", "fra", "s3", "s4"];
const BODIES = ["k", "j", "s"];
const TOPICS = ["oek", "bolig"];
const ASSESSMENTS = ["net", "trivsel"];
const ROLES = ["mentor", "kok"];
const MILESTONES = ["ms1", "ms2", "ms3"];
const CRITERIA = ["c1", "c2"];

/** The plan period, and the periods it names, placed on the calendar by hand. */
const PLAN = { start: "2015-05-01", end: "2018-04-30" };
const NAMED: Record<string, Period> = {
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
const ENTERED_PERIODS = [...Object.keys(NAMED), "bogus"];

/**
 * Days over 2015–2017: mostly spread evenly (fast-check would otherwise favour the first days),
 * sometimes the first or last day of a period, or a month's end (for whole months added to it).
 */
const EDGES = [...Object.values(NAMED).flatMap((p) => [p.start, p.end]), "2015-08-31", "2016-01-31", "2016-02-29"]
  .map((date) => Math.round((Date.parse(`${date}T00:00:00Z`) - BASE) / 86_400_000))
  .filter((n) => n >= 0 && n <= 3 * 365);
const dayArb = fc.oneof(
  { arbitrary: fc.noBias(fc.integer({ min: 0, max: 3 * 365 })), weight: 4 },
  { arbitrary: fc.constantFrom(...EDGES), weight: 1 },
);
const dateArb = dayArb.map(day);

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** null half the time. */
const oftenNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 2 });
const activityArb = fc.integer({ min: 0, max: 4 });

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
      milestones: g.milestones,
    };
  });

/** Mostly absent, so that most runs keep something to count. */
const rarely = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 5 }, { arbitrary: arb, weight: 1 });

const filtersArb: fc.Arbitrary<MeasureFilters> = fc
  .record({
    activity: rarely(fc.constantFrom("akt-0", "akt-1", "akt-2", "akt-3", "akt-4", "ukendt")),
    focusArea: rarely(fc.constantFrom("fa1", "fa2")),
    includeSubActivities: rarely(fc.boolean()),
    eventTypes: rarely(fc.subarray(TYPES, { minLength: 1 })),
    targetGroupTags: rarely(fc.subarray(TAGS, { minLength: 1 })),
    ageBand: rarely(
      fc
        .tuple(maybe(fc.integer({ min: 0, max: 40 })), maybe(fc.integer({ min: 10, max: 60 })))
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

/** What the plan declares about a course type, as plain data (null: the type is not declared). */
type TypeInfo = { stages: string[]; category: string | null } | null;

/** Everything of the scope besides the covered activities, as plain data for the reference. */
interface Setting {
  owner: CriterionOwner;
  criterionKey: string | undefined;
  planKnown: boolean;
  /** null: the plan's course types are not known at all. */
  courseTypes: Record<string, TypeInfo> | null;
}

const typeInfoArb: fc.Arbitrary<TypeInfo> = opt(
  fc.record({ stages: fc.shuffledSubarray(STAGES), category: opt(fc.constantFrom("actionPlan", "mentoring")) }),
);

const settingArb: fc.Arbitrary<Setting> = fc.record({
  owner: ownerArb,
  criterionKey: fc.oneof({ arbitrary: fc.constantFrom(...CRITERIA), weight: 4 }, fc.constant(undefined)),
  planKnown: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, fc.constant(false)),
  courseTypes: opt(fc.record({ m: typeInfoArb, n: typeInfoArb, hp: typeInfoArb })),
});

/** A random range, a period of the plan by id, or a random range with a random id; sometimes judged later. */
const periodArb: fc.Arbitrary<Period> = fc
  .tuple(
    fc.oneof(
      fc
        .tuple(fc.noBias(fc.integer({ min: -30, max: 3 * 365 + 30 })), fc.noBias(fc.integer({ min: 60, max: 700 })))
        .map(([start, length]): Period => ({ start: day(start), end: day(start + length) })),
      fc.constantFrom(...Object.keys(NAMED)).map((id): Period => ({ id, ...NAMED[id] })),
      fc
        .tuple(dayArb, fc.noBias(fc.integer({ min: 30, max: 400 })), fc.constantFrom("2016", "PY2"))
        .map(([start, length, id]): Period => ({ id, start: day(start), end: day(start + length) })),
    ),
    maybe(fc.noBias(fc.integer({ min: 0, max: 900 }))),
  )
  .map(([p, later]) => (later === undefined ? p : { ...p, asOf: plusDays(p.end, later) }));

function plusDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- the reference, in plain loops

type Period = { start: string; end: string; id?: string; asOf?: string };

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
  if (kinds.includes("assessments")) for (const a of facts.assessments) if (a.participantId === pid) dates.push(a.date);
  if (kinds.includes("volunteers"))
    for (const v of facts.volunteerHours) if (v.participantId === pid) dates.push(v.date);
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

/** The figures entered for the criterion that answer the period (see enteredValuesFor), in date order. */
function refEntered(facts: LogbookFacts, setting: Setting, period: Period): LogbookFacts["values"] {
  if (setting.criterionKey === undefined) return [];
  const own = facts.values.filter((v) => v.criterionKey === setting.criterionKey);
  const exact = own.filter((v) => period.id !== undefined && v.period === period.id);
  if (exact.length > 0 || !setting.planKnown) return exact;
  const inside = own.filter((v) => {
    const range = NAMED[v.period];
    return range !== undefined && range.start >= period.start && range.end <= period.end;
  });
  // Date order by the end of each figure's period; figures ending on the same day keep their order.
  const sorted: LogbookFacts["values"] = [];
  for (const v of inside) {
    let at = sorted.length;
    while (at > 0 && NAMED[sorted[at - 1].period].end > NAMED[v.period].end) at--;
    sorted.splice(at, 0, v);
  }
  return sorted;
}

interface RefResult {
  value: number | null;
  ids: Record<string, string[]>;
}

function reference(measure: Measure, facts: LogbookFacts, period: Period, setting: Setting): RefResult {
  const f: MeasureFilters = ("filters" in measure && measure.filters) || {};
  const covers = (activityId: string) => refCovers(facts, f, setting.owner, activityId);
  const typeOk = (type: string) => !f.eventTypes || f.eventTypes.length === 0 || f.eventTypes.includes(type);
  const householdOf = (pid: string) => {
    const p = facts.participants.find((x) => x.id === pid);
    return p ? p.householdId : null;
  };
  const outcomeDate = (c: LogbookFacts["courses"][number]) => (c.outcomeDate !== null ? c.outcomeDate : c.endDate);
  const courseOk = (c: LogbookFacts["courses"][number], courseType: string | undefined) =>
    (courseType === undefined || c.courseType === courseType) &&
    covers(c.activityId) &&
    refPersonOk(facts, f, period, ["courses"], c.participantId, c.startDate);
  const courseIds = (ids: string[]): RefResult => ({ value: ids.length, ids: { courses: ids } });

  switch (measure.kind) {
    case "participants":
    case "households": {
      const source = measure.source ?? "all";
      const kinds = source === "all" ? ["events", "contacts", "courses"] : [source];
      const ok = (pid: string, date: string) => refPersonOk(facts, f, period, kinds, pid, date);
      const people: string[] = [];
      const households: string[] = [];
      const seen = { events: [] as string[], contacts: [] as string[], courses: [] as string[] };
      const addPerson = (pid: string | null, household: string | null) => {
        if (measure.kind === "participants") {
          if (pid !== null && !people.includes(pid)) people.push(pid);
        } else if (household !== null && !households.includes(household)) households.push(household);
      };
      if (kinds.includes("events"))
        for (const e of facts.events)
          if (within(e.date, period) && covers(e.activityId) && typeOk(e.type)) {
            let any = false;
            for (const pid of e.attendees)
              if (ok(pid, e.date)) {
                any = true;
                addPerson(pid, householdOf(pid));
              }
            if (any) seen.events.push(e.id);
          }
      if (kinds.includes("contacts"))
        for (const c of facts.contacts) {
          if (!within(c.date, period) || !covers(c.activityId)) continue;
          if (c.participantId === null && anyPersonFilter(f)) continue;
          if (c.participantId !== null && !ok(c.participantId, c.date)) continue;
          const household = c.householdId ?? (c.participantId === null ? null : householdOf(c.participantId));
          if (measure.kind === "participants" && c.participantId === null) continue;
          if (measure.kind === "households" && household === null) continue;
          addPerson(c.participantId, household);
          seen.contacts.push(c.id);
        }
      if (kinds.includes("courses"))
        for (const c of facts.courses) {
          const end = c.endDate ?? c.outcomeDate;
          const running = c.startDate <= period.end && (end === null || end >= period.start);
          if (!running || !covers(c.activityId) || !ok(c.participantId, c.startDate)) continue;
          if (measure.kind === "households" && householdOf(c.participantId) === null) continue;
          addPerson(c.participantId, householdOf(c.participantId));
          seen.courses.push(c.id);
        }
      const sources: Record<string, string[]> = {};
      for (const k of kinds) sources[k] = seen[k as keyof typeof seen];
      return measure.kind === "participants"
        ? { value: people.length, ids: { ...sources, participants: people } }
        : { value: households.length, ids: { ...sources, households } };
    }
    case "events": {
      const events: string[] = [];
      for (const e of facts.events)
        if (within(e.date, period) && covers(e.activityId) && typeOk(e.type)) events.push(e.id);
      return { value: events.length, ids: { events } };
    }
    case "attendance":
    case "averageAttendance": {
      const onlyResidents =
        f.residentsOnly === true && !f.newOnly && !f.ageBand && !(f.targetGroupTags && f.targetGroupTags.length > 0);
      let sum = 0;
      let held = 0;
      const events: string[] = [];
      for (const e of facts.events) {
        if (!within(e.date, period) || !covers(e.activityId) || !typeOk(e.type)) continue;
        held++;
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
      if (measure.kind === "attendance")
        return { value: held > 0 && events.length === 0 ? null : sum, ids: { events } };
      return { value: events.length === 0 ? null : sum / events.length, ids: { events } };
    }
    case "coursesStarted": {
      const ids: string[] = [];
      for (const c of facts.courses) if (courseOk(c, measure.courseType) && within(c.startDate, period)) ids.push(c.id);
      return courseIds(ids);
    }
    case "funnelStage": {
      const info = setting.courseTypes?.[measure.courseType] ?? null;
      const order = info ? info.stages : [];
      const at = order.indexOf(measure.stage);
      const accepted = at >= 0 ? order.slice(at) : [measure.stage];
      const ids: string[] = [];
      for (const c of facts.courses) {
        if (!courseOk(c, measure.courseType)) continue;
        let first: string | null = null;
        for (const s of c.stages) if (accepted.includes(s.stage) && (first === null || s.date < first)) first = s.date;
        if (first !== null && within(first, period)) ids.push(c.id);
      }
      return courseIds(ids);
    }
    case "outcomes": {
      const ids: string[] = [];
      for (const c of facts.courses) {
        const date = outcomeDate(c);
        if (courseOk(c, measure.courseType) && c.outcome !== null && measure.outcomes.includes(c.outcome))
          if (date !== null && within(date, period)) ids.push(c.id);
      }
      return courseIds(ids);
    }
    case "outcomeRate": {
      const asOf = period.asOf ?? period.end;
      const judged: string[] = [];
      const reached: string[] = [];
      const immature: string[] = [];
      for (const c of facts.courses) {
        if (!courseOk(c, measure.courseType) || !within(c.startDate, period)) continue;
        const date = outcomeDate(c);
        const deadline = measure.withinMonths === undefined ? null : refAddMonths(c.startDate, measure.withinMonths);
        let success = c.outcome !== null && measure.outcomes.includes(c.outcome) && date !== null;
        if (success && deadline !== null && date !== null && date > deadline) success = false;
        const running = c.endDate === null && c.outcome === null;
        if (!success && deadline !== null && deadline > asOf && running) {
          immature.push(c.id);
          continue;
        }
        judged.push(c.id);
        if (success) reached.push(c.id);
      }
      return {
        value: judged.length === 0 ? null : (reached.length * 100) / judged.length,
        ids: { courses: reached, cohort: judged, immature },
      };
    }
    case "followUp": {
      const ids: string[] = [];
      for (const c of facts.courses) {
        if (!courseOk(c, measure.courseType)) continue;
        let found = false;
        for (const u of c.followUps)
          if (u.offsetMonths === measure.offsetMonths && within(u.date, period))
            if (!measure.statuses || measure.statuses.includes(u.status)) found = true;
        if (found) ids.push(c.id);
      }
      return courseIds(ids);
    }
    case "actionPlans": {
      const types: string[] = [];
      if (measure.courseType !== undefined) types.push(measure.courseType);
      else
        for (const [key, info] of Object.entries(setting.courseTypes ?? {}))
          if (info?.category === "actionPlan") types.push(key);
      if (types.length === 0) return { value: null, ids: {} };
      const ids: string[] = [];
      for (const c of facts.courses) {
        if (!types.includes(c.courseType) || !courseOk(c, undefined)) continue;
        if (measure.stage === "created") {
          if (within(c.startDate, period)) ids.push(c.id);
          continue;
        }
        const info = setting.courseTypes?.[c.courseType] ?? null;
        const last = info && info.stages.length > 0 ? info.stages[info.stages.length - 1] : null;
        const date = outcomeDate(c);
        let fulfilled = false;
        if (last === null) fulfilled = c.outcome !== null && date !== null && within(date, period);
        else {
          let first: string | null = null;
          for (const s of c.stages) if (s.stage === last && (first === null || s.date < first)) first = s.date;
          if (first !== null && within(first, period)) fulfilled = true;
          if (c.outcome === last && date !== null && within(date, period)) fulfilled = true;
        }
        if (fulfilled) ids.push(c.id);
      }
      return courseIds(ids);
    }
    case "contacts":
    case "referrals": {
      const isContacts = measure.kind === "contacts";
      const wanted = isContacts ? measure.topics : measure.receivingBodies;
      const list = isContacts
        ? facts.contacts.map((c) => ({ ...c, word: c.topic }))
        : facts.referrals.map((r) => ({ ...r, word: r.receivingBody as string | null }));
      const records: string[] = [];
      const people: string[] = [];
      const households: string[] = [];
      for (const r of list) {
        if (!within(r.date, period) || !covers(r.activityId)) continue;
        if (wanted && wanted.length > 0 && (r.word === null || !wanted.includes(r.word))) continue;
        if (r.participantId === null && anyPersonFilter(f)) continue;
        if (r.participantId !== null && !refPersonOk(facts, f, period, [measure.kind], r.participantId, r.date))
          continue;
        records.push(r.id);
        if (r.participantId !== null && !people.includes(r.participantId)) people.push(r.participantId);
        const household = r.householdId ?? (r.participantId === null ? null : householdOf(r.participantId));
        if (household !== null && !households.includes(household)) households.push(household);
      }
      const count = measure.count ?? "records";
      const value = count === "records" ? records.length : count === "persons" ? people.length : households.length;
      const ids: Record<string, string[]> = { [measure.kind]: records, participants: people };
      if (count === "households") ids.households = households;
      return { value, ids };
    }
    case "assessments": {
      const records: string[] = [];
      const people: string[] = [];
      for (const a of facts.assessments) {
        if (a.assessment !== measure.assessment || !within(a.date, period) || !covers(a.activityId)) continue;
        if (!refPersonOk(facts, f, period, ["assessments"], a.participantId, a.date)) continue;
        records.push(a.id);
        if (!people.includes(a.participantId)) people.push(a.participantId);
      }
      return { value: people.length, ids: { assessments: records, participants: people } };
    }
    case "volunteers": {
      const records: string[] = [];
      const people: string[] = [];
      for (const v of facts.volunteerHours) {
        if (!within(v.date, period) || !covers(v.activityId)) continue;
        if (measure.roles && measure.roles.length > 0 && (v.role === null || !measure.roles.includes(v.role))) continue;
        if (!refPersonOk(facts, f, period, ["volunteers"], v.participantId, v.date)) continue;
        records.push(v.id);
        if (!people.includes(v.participantId)) people.push(v.participantId);
      }
      return { value: people.length, ids: { volunteerHours: records, participants: people } };
    }
    case "externalStatistic":
    case "survey": {
      const values = refEntered(facts, setting, period);
      if (values.length === 0) return { value: null, ids: { values: [] } };
      const last = values[values.length - 1];
      return { value: last.value, ids: { values: [last.period] } };
    }
    case "milestone": {
      if (measure.milestone !== undefined) {
        const milestone = facts.milestones.find((m) => m.key === measure.milestone);
        if (!milestone) return { value: null, ids: {} };
        const done = milestone.status === "done" && (milestone.doneDate === null || milestone.doneDate <= period.end);
        return { value: done ? 1 : 0, ids: { milestones: done ? [milestone.key] : [] } };
      }
      const values = refEntered(facts, setting, period);
      let sum = 0;
      for (const v of values) sum += v.value;
      return { value: values.length === 0 ? null : sum, ids: { values: values.map((v) => v.period) } };
    }
  }
}

// ---------------------------------------------------------------- the properties

const sourceArb = maybe(
  fc.constantFrom("events", "contacts", "courses", "all") as fc.Arbitrary<"events" | "contacts" | "courses" | "all">,
);
const countArb = fc.constantFrom("records", "persons", "households") as fc.Arbitrary<
  "records" | "persons" | "households"
>;

/** One generator per measure kind; the type makes sure no kind is left out. */
const measureArbs: { [K in MeasureKind]: fc.Arbitrary<Extract<Measure, { kind: K }>> } = {
  participants: fc.record({ kind: fc.constant("participants"), source: sourceArb, filters: filtersArb }),
  households: fc.record({ kind: fc.constant("households"), source: sourceArb, filters: filtersArb }),
  attendance: fc.record({ kind: fc.constant("attendance"), filters: filtersArb }),
  averageAttendance: fc.record({ kind: fc.constant("averageAttendance"), filters: filtersArb }),
  events: fc.record({ kind: fc.constant("events"), filters: filtersArb }),
  coursesStarted: fc.record({
    kind: fc.constant("coursesStarted"),
    courseType: fc.constantFrom(...COURSE_TYPES),
    filters: filtersArb,
  }),
  funnelStage: fc.record({
    kind: fc.constant("funnelStage"),
    courseType: fc.constantFrom(...COURSE_TYPES),
    stage: fc.constantFrom(...STAGES, "s9"),
    filters: filtersArb,
  }),
  outcomes: fc.record(
    {
      kind: fc.constant("outcomes"),
      courseType: fc.constantFrom(...COURSE_TYPES),
      outcomes: fc.subarray(OUTCOMES, { minLength: 1 }),
      filters: filtersArb,
    },
    { requiredKeys: ["kind", "outcomes", "filters"] },
  ),
  outcomeRate: fc.record(
    {
      kind: fc.constant("outcomeRate"),
      courseType: fc.constantFrom(...COURSE_TYPES),
      outcomes: fc.subarray(OUTCOMES, { minLength: 1 }),
      withinMonths: fc.noBias(fc.integer({ min: 1, max: 30 })),
      filters: filtersArb,
    },
    { requiredKeys: ["kind", "outcomes", "filters"] },
  ),
  followUp: fc.record(
    {
      kind: fc.constant("followUp"),
      courseType: fc.constantFrom(...COURSE_TYPES),
      offsetMonths: fc.constantFrom(3, 6, 12),
      statuses: fc.subarray(["job", "ledig", "udd"], { minLength: 1 }),
      filters: filtersArb,
    },
    { requiredKeys: ["kind", "courseType", "offsetMonths", "filters"] },
  ),
  contacts: fc.record(
    {
      kind: fc.constant("contacts"),
      count: countArb,
      topics: fc.subarray(TOPICS),
      filters: filtersArb,
    },
    { requiredKeys: ["kind", "filters"] },
  ),
  referrals: fc.record(
    {
      kind: fc.constant("referrals"),
      count: countArb,
      receivingBodies: fc.subarray(BODIES, { minLength: 1 }),
      filters: filtersArb,
    },
    { requiredKeys: ["kind", "filters"] },
  ),
  actionPlans: fc.record(
    {
      kind: fc.constant("actionPlans"),
      stage: fc.constantFrom("created", "fulfilled") as fc.Arbitrary<"created" | "fulfilled">,
      courseType: fc.constantFrom(...COURSE_TYPES),
      filters: filtersArb,
    },
    { requiredKeys: ["kind", "stage", "filters"] },
  ),
  assessments: fc.record({
    kind: fc.constant("assessments"),
    assessment: fc.constantFrom(...ASSESSMENTS),
    filters: filtersArb,
  }),
  volunteers: fc.record(
    { kind: fc.constant("volunteers"), roles: fc.subarray(ROLES), filters: filtersArb },
    { requiredKeys: ["kind", "filters"] },
  ),
  externalStatistic: fc.record({
    kind: fc.constant("externalStatistic"),
    statistic: fc.constant("Fraflytningsprocent"),
    unit: fc.constantFrom("percent", "count") as fc.Arbitrary<"percent" | "count">,
  }),
  survey: fc.record({
    kind: fc.constant("survey"),
    question: fc.constant("Tryg?"),
    unit: fc.constantFrom("percent", "score") as fc.Arbitrary<"percent" | "score">,
  }),
  milestone: fc.record(
    { kind: fc.constant("milestone"), milestone: fc.constantFrom(...MILESTONES, "ukendt") },
    { requiredKeys: ["kind"] },
  ),
};

const sameSet = (a: string[] | undefined, b: string[]) => expect(new Set(a ?? [])).toEqual(new Set(b));

function agree(actual: MeasureResult, expected: RefResult) {
  if (expected.value === null || actual.value === null) expect(actual.value).toBe(expected.value);
  else expect(actual.value).toBeCloseTo(expected.value, 9);
  for (const [key, ids] of Object.entries(expected.ids))
    sameSet(actual.counted[key as keyof typeof actual.counted], ids);
  if (expected.ids.immature) expect(actual.immature).toBe(expected.ids.immature.length);
}

/** The engine's scope for a setting: the covered activities by the engine's own rule, the rest as given. */
function engineScope(facts: LogbookFacts, measure: Measure, setting: Setting) {
  const courseTypes = new Map<string, CourseTypeInfo>();
  for (const [key, info] of Object.entries(setting.courseTypes ?? {}))
    if (info)
      courseTypes.set(key, { stages: info.stages, ...(info.category === null ? {} : { category: info.category }) });
  return {
    activityIds: coveredActivities(facts, filtersOf(measure), setting.owner),
    criterionKey: setting.criterionKey,
    planRange: setting.planKnown ? PLAN : undefined,
    courseTypes: setting.courseTypes === null ? undefined : courseTypes,
  };
}

/**
 * Now and then the day judged on is put exactly where a course's N months end (a rate within N
 * months), so the edge between too young and judgeable is tried often, not by luck.
 */
function pinned(measure: Measure, facts: LogbookFacts, period: Period, pin: number | undefined): Period {
  if (pin === undefined || measure.kind !== "outcomeRate" || measure.withinMonths === undefined) return period;
  const starters = facts.courses.filter((c) => within(c.startDate, period));
  if (starters.length === 0) return period;
  return { ...period, asOf: refAddMonths(starters[pin % starters.length].startDate, measure.withinMonths) };
}

describe("computeMeasure agrees with a plain reference on random logbooks", () => {
  for (const [kind, measureArb] of Object.entries(measureArbs) as [MeasureKind, fc.Arbitrary<Measure>][]) {
    it(`${kind} (${RUNS_PER_KIND} runs)`, () => {
      fc.assert(
        fc.property(factsArb, measureArb, periodArb, settingArb, maybe(fc.nat()), (facts, m, p, setting, pin) => {
          const period = pinned(m, facts, p, pin);
          const result = computeMeasure(m, facts, period, engineScope(facts, m, setting));
          agree(result, reference(m, facts, period, setting));
        }),
        { numRuns: RUNS_PER_KIND },
      );
    });
  }
});
