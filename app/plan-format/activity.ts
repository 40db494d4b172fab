import { z } from "zod";
import { errorText } from "~/i18n/error-text";
import { criterionSchema } from "./criterion";
import { keySchema, textListSchema, textSchema } from "./primitives";

/** Staff hours planned for an activity: role and hours per week (a range, or averaged over the year). */
export const staffingSchema = z
  .object({
    role: textSchema,
    hoursPerWeek: z.number().nonnegative().optional(),
    hoursPerWeekMax: z.number().nonnegative().optional(),
    fte: z.number().positive().optional(),
    averaged: z.boolean().optional(),
    organisation: keySchema.optional(),
    note: textSchema.optional(),
  })
  .strict();

const labelled = z.object({ key: keySchema, name: textSchema }).strict();

/** A type of course (forløb) run in an activity, with its stages and possible outcomes. */
export const courseTypeSchema = z
  .object({
    key: keySchema,
    name: textSchema,
    category: z.enum(["mentoring", "jobPathway", "membership", "leisureJob", "actionPlan", "other"]).optional(),
    stages: z.array(labelled).min(1, errorText("courseTypeNeedsStage")),
    outcomes: z.array(labelled).default([]),
    followUpMonths: z.array(z.number().int().positive()).default([]),
    note: textSchema.optional(),
  })
  .strict();

/** Who is responsible: partner organisations and/or a free-text description. */
export const responsibleSchema = z
  .object({ partners: z.array(keySchema).default([]), text: textSchema.optional() })
  .strict();

/** How attendance is logged for the activity's events. */
export const attendanceSchema = z
  .object({
    mode: z.enum(["headcount", "named", "both"]),
    breakdowns: z.array(z.enum(["childrenAdults", "residents", "newReturning", "volunteers", "gender"])).default([]),
  })
  .strict();

const activityFields = {
  key: keySchema,
  number: textSchema.optional(),
  title: textSchema,
  problem: textSchema.optional(),
  purposes: textListSchema.default([]),
  goals: textListSchema.default([]),
  targetGroup: textSchema.optional(),
  content: textSchema.optional(),
  schedule: textSchema.optional(),
  deliverables: textListSchema.default([]),
  staffing: z.array(staffingSchema).default([]),
  partners: z.array(keySchema).default([]),
  collaboration: textSchema.optional(),
  responsible: responsibleSchema.optional(),
  measurementMethod: textSchema.optional(),
  localEvaluation: textSchema.optional(),
  anchoring: textSchema.optional(),
  attendance: attendanceSchema.optional(),
  courseTypes: z.array(courseTypeSchema).default([]),
  criteria: z.array(criterionSchema).default([]),
};

const activityBaseSchema = z.object(activityFields).strict();

/** An activity (aktivitet) with its sub-activities (underaktiviteter) nested to any depth. */
export type Activity = z.infer<typeof activityBaseSchema> & { activities: Activity[] };
type ActivityInput = z.input<typeof activityBaseSchema> & { activities?: ActivityInput[] };

/** An activity (aktivitet); sub-activities nest to any depth. */
export const activitySchema: z.ZodType<Activity, ActivityInput> = activityBaseSchema
  .extend({ activities: z.lazy(() => z.array(activitySchema)).default([]) })
  .strict();
export type CourseType = z.infer<typeof courseTypeSchema>;
export type Staffing = z.infer<typeof staffingSchema>;
