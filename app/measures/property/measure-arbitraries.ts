import fc from "fast-check";
import type { Measure, MeasureFilters, MeasureKind } from "~/plan-format/measure";
import type { CriterionOwner } from "../scope";
import {
  ASSESSMENTS,
  BODIES,
  COURSE_TYPES,
  CRITERIA,
  day,
  dayArb,
  MILESTONES,
  maybe,
  NAMED,
  OUTCOMES,
  opt,
  type Period,
  ROLES,
  SERIES,
  STAGES,
  TAGS,
  TOPICS,
  TYPES,
} from "./facts-arbitrary";

/** Random measures of every kind, with filters, owners, scopes and periods, for the property tests. */

/** Mostly absent, so that most runs keep something to count. */
export const rarely = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 5 }, { arbitrary: arb, weight: 1 });

export const filtersArb: fc.Arbitrary<MeasureFilters> = fc
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

export const ownerArb: fc.Arbitrary<CriterionOwner> = fc.oneof(
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
export type TypeInfo = { stages: string[]; category: string | null } | null;

/** Everything of the scope besides the covered activities, as plain data for the reference. */
export interface Setting {
  owner: CriterionOwner;
  criterionKey: string | undefined;
  planKnown: boolean;
  /** null: the plan's course types are not known at all. */
  courseTypes: Record<string, TypeInfo> | null;
}

export const typeInfoArb: fc.Arbitrary<TypeInfo> = opt(
  fc.record({ stages: fc.shuffledSubarray(STAGES), category: opt(fc.constantFrom("actionPlan", "mentoring")) }),
);

export const settingArb: fc.Arbitrary<Setting> = fc.record({
  owner: ownerArb,
  criterionKey: fc.oneof({ arbitrary: fc.constantFrom(...CRITERIA), weight: 4 }, fc.constant(undefined)),
  planKnown: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, fc.constant(false)),
  courseTypes: opt(fc.record({ m: typeInfoArb, n: typeInfoArb, hp: typeInfoArb })),
});

/** A random range, a period of the plan by id, or a random range with a random id; sometimes judged later. */
export const periodArb: fc.Arbitrary<Period> = fc
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

export function plusDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export const sourceArb = maybe(
  fc.constantFrom("events", "contacts", "courses", "all") as fc.Arbitrary<"events" | "contacts" | "courses" | "all">,
);
/** A course measure's unit, or none (the kind's default). */
export const courseCountArb = maybe(
  fc.constantFrom("courses", "persons", "households") as fc.Arbitrary<"courses" | "persons" | "households">,
);

export const countArb = fc.constantFrom("records", "persons", "households") as fc.Arbitrary<
  "records" | "persons" | "households"
>;

/** One generator per measure kind; the type makes sure no kind is left out. */
export const measureArbs: { [K in MeasureKind]: fc.Arbitrary<Extract<Measure, { kind: K }>> } = {
  participants: fc.record({ kind: fc.constant("participants"), source: sourceArb, filters: filtersArb }),
  households: fc.record({ kind: fc.constant("households"), source: sourceArb, filters: filtersArb }),
  attendance: fc.record({ kind: fc.constant("attendance"), filters: filtersArb }),
  averageAttendance: fc.record({ kind: fc.constant("averageAttendance"), filters: filtersArb }),
  events: fc.record({ kind: fc.constant("events"), filters: filtersArb }),
  coursesStarted: fc.record({
    kind: fc.constant("coursesStarted"),
    courseType: fc.constantFrom(...COURSE_TYPES),
    count: courseCountArb,
    filters: filtersArb,
  }),
  funnelStage: fc.record({
    kind: fc.constant("funnelStage"),
    courseType: fc.constantFrom(...COURSE_TYPES),
    stage: fc.constantFrom(...STAGES, "s9"),
    count: courseCountArb,
    filters: filtersArb,
  }),
  outcomes: fc.record(
    {
      kind: fc.constant("outcomes"),
      courseType: fc.constantFrom(...COURSE_TYPES),
      outcomes: fc.subarray(OUTCOMES, { minLength: 1 }),
      count: courseCountArb,
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
      count: fc.constantFrom("persons", "courses") as fc.Arbitrary<"persons" | "courses">,
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
      count: courseCountArb,
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
      count: courseCountArb,
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
    {
      kind: fc.constant("volunteers"),
      roles: fc.subarray(ROLES),
      count: fc.constantFrom("persons", "hours") as fc.Arbitrary<"persons" | "hours">,
      filters: filtersArb,
    },
    { requiredKeys: ["kind", "filters"] },
  ),
  externalStatistic: fc.record(
    {
      kind: fc.constant("externalStatistic"),
      series: fc.constantFrom(...SERIES),
      statistic: fc.constant("Fraflytningsprocent"),
      unit: fc.constantFrom("percent", "count") as fc.Arbitrary<"percent" | "count">,
    },
    { requiredKeys: ["kind", "statistic", "unit"] },
  ),
  survey: fc.record(
    {
      kind: fc.constant("survey"),
      series: fc.constantFrom(...SERIES),
      question: fc.constant("Tryg?"),
      unit: fc.constantFrom("percent", "score") as fc.Arbitrary<"percent" | "score">,
    },
    { requiredKeys: ["kind", "question", "unit"] },
  ),
  // The facts of the property tests hold no list figures: the list check has its own tests (app/area-lists).
  areaList: fc.record({ kind: fc.constant("areaList"), listArea: fc.constant("Akacieparken") }),
  milestone: fc.record(
    { kind: fc.constant("milestone"), milestone: fc.constantFrom(...MILESTONES, "ukendt") },
    { requiredKeys: ["kind"] },
  ),
};
