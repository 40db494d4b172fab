import { z } from "zod";
import { keySchema, textSchema } from "./primitives";

/**
 * Which logged records a measure looks at. An omitted `activity` means the activity the
 * criterion belongs to (or the whole plan for plan-level and focus-area criteria, where
 * `activity` names one activity and everything below it).
 */
export const measureFiltersSchema = z
  .object({
    activity: keySchema.optional(),
    focusArea: keySchema.optional(),
    includeSubActivities: z.boolean().optional(),
    eventTypes: z.array(keySchema).optional(),
    targetGroupTags: z.array(keySchema).optional(),
    ageBand: z
      .object({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() })
      .strict()
      .optional(),
    newOnly: z.boolean().optional(),
    residentsOnly: z.boolean().optional(),
  })
  .strict();

const filters = { filters: measureFiltersSchema.optional() };
const countOf = z.enum(["records", "persons", "households"]);
/**
 * What a course measure counts: the courses (forløb) themselves, the distinct persons who have them
 * (a person with two courses counts once), or their distinct households. See `countingUnit`.
 */
const courseCount = z.enum(["courses", "persons", "households"]);

/** Every way a success criterion can be measured (see docs/plan-format.md). */
export const measureSchema = z.discriminatedUnion("kind", [
  /** Distinct participants in the period (never the sum of monthly counts). */
  z
    .object({
      kind: z.literal("participants"),
      source: z.enum(["events", "contacts", "courses", "all"]).optional(),
      ...filters,
    })
    .strict(),
  /** Distinct households, e.g. families using the counselling. */
  z
    .object({
      kind: z.literal("households"),
      source: z.enum(["events", "contacts", "courses", "all"]).optional(),
      ...filters,
    })
    .strict(),
  /** Total attendance: the headcounts of the events added up (people may count more than once). */
  z.object({ kind: z.literal("attendance"), ...filters }).strict(),
  /** Attendance divided by the number of events. */
  z.object({ kind: z.literal("averageAttendance"), ...filters }).strict(),
  /** Number of events or deliverables (outputs) of the given types. */
  z.object({ kind: z.literal("events"), ...filters }).strict(),
  /** Courses (forløb) of a type started in the period (count: courses by default, or persons / households). */
  z
    .object({ kind: z.literal("coursesStarted"), courseType: keySchema, count: courseCount.optional(), ...filters })
    .strict(),
  /** Persons (default) or courses reaching a stage of their type (funnel). */
  z
    .object({
      kind: z.literal("funnelStage"),
      courseType: keySchema,
      stage: keySchema,
      count: courseCount.optional(),
      ...filters,
    })
    .strict(),
  /** Persons (default) or courses reaching one of the outcomes in the period. */
  z
    .object({
      kind: z.literal("outcomes"),
      courseType: keySchema.optional(),
      outcomes: z.array(keySchema).min(1),
      count: courseCount.optional(),
      ...filters,
    })
    .strict(),
  /**
   * Share (%) of a cohort reaching an outcome within N months of starting: of the persons starting in
   * the period (default; each from their first start, succeeding by any of their courses), or of the
   * courses started.
   */
  z
    .object({
      kind: z.literal("outcomeRate"),
      courseType: keySchema.optional(),
      outcomes: z.array(keySchema).min(1),
      withinMonths: z.number().int().positive().optional(),
      count: z.enum(["persons", "courses"]).optional(),
      ...filters,
    })
    .strict(),
  /** Persons (default) or courses whose follow-up N months after the end records one of the statuses. */
  z
    .object({
      kind: z.literal("followUp"),
      courseType: keySchema,
      offsetMonths: z.number().int().positive(),
      statuses: z.array(keySchema).min(1).optional(),
      count: courseCount.optional(),
      ...filters,
    })
    .strict(),
  /** Counselling contacts (henvendelser), counted as contacts, persons or households. */
  z
    .object({
      kind: z.literal("contacts"),
      count: countOf.optional(),
      topics: z.array(keySchema).optional(),
      ...filters,
    })
    .strict(),
  /** Referrals (brobygning) to receiving bodies. */
  z
    .object({
      kind: z.literal("referrals"),
      count: countOf.optional(),
      receivingBodies: z.array(keySchema).optional(),
      ...filters,
    })
    .strict(),
  /** Personal action plans (default) created or fulfilled, or the persons who have them. */
  z
    .object({
      kind: z.literal("actionPlans"),
      stage: z.enum(["created", "fulfilled"]),
      courseType: keySchema.optional(),
      count: courseCount.optional(),
      ...filters,
    })
    .strict(),
  /** Participants with a staff assessment of the given type. */
  z.object({ kind: z.literal("assessments"), assessment: keySchema, ...filters }).strict(),
  /** Distinct volunteers (optionally in given roles) active in the period, or their hours. */
  z
    .object({
      kind: z.literal("volunteers"),
      roles: z.array(keySchema).optional(),
      count: z.enum(["persons", "hours"]).optional(),
      ...filters,
    })
    .strict(),
  /**
   * A figure entered or imported per period, e.g. the move-out rate, beside a comparison area. With
   * `series` it reads the plan's named series (entered once, read by every criterion naming it).
   */
  z
    .object({
      kind: z.literal("externalStatistic"),
      series: keySchema.optional(),
      statistic: textSchema,
      unit: z.enum(["percent", "count", "per10000", "dkk"]),
      comparisonArea: textSchema.optional(),
      source: textSchema.optional(),
    })
    .strict(),
  /** A survey figure; rounds are compared with the baseline round. `series`: as for externalStatistic. */
  z
    .object({
      kind: z.literal("survey"),
      series: keySchema.optional(),
      question: textSchema,
      unit: z.enum(["percent", "score", "count"]),
      source: textSchema.optional(),
    })
    .strict(),
  /** Done / not done: a milestone of the plan, or a yes/no recorded per period. */
  z.object({ kind: z.literal("milestone"), milestone: keySchema.optional() }).strict(),
  /**
   * Off the government's lists of housing areas (almenboligloven § 61 a/§ 61 b) on the last 1 December
   * of the period: 1 off, 0 on, computed from the list area's figures (see app/area-lists).
   */
  z.object({ kind: z.literal("areaList"), listArea: textSchema }).strict(),
]);

export type Measure = z.infer<typeof measureSchema>;
export type MeasureKind = Measure["kind"];
export type MeasureFilters = z.infer<typeof measureFiltersSchema>;
