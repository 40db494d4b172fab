import { z } from "zod";
import { errorText } from "~/i18n/error-text";
import { measureSchema } from "./measure";
import { keySchema, periodSchema, textSchema } from "./primitives";

/**
 * A target for one period. `value` is the number to reach (a count, an average, a percentage);
 * `relative` is used where the plan only says "better than at the start" or "comparable to the
 * comparison area", as surveys often do.
 */
export const targetSchema = z
  .object({
    period: periodSchema,
    value: z.number().optional(),
    relative: z.enum(["better-than-baseline", "comparable-to-comparison-area"]).optional(),
    note: textSchema.optional(),
  })
  .strict()
  .refine((t) => (t.value === undefined) !== (t.relative === undefined), {
    message: errorText("targetValueOrRelative"),
  });

/** Where the criterion starts from: a number, a period in which it is measured, or both. */
export const baselineSchema = z
  .object({
    value: z.number().optional(),
    period: periodSchema.optional(),
    date: z.iso.date().optional(),
    comparisonValue: z.number().optional(),
    note: textSchema.optional(),
  })
  .strict();

/** How the yearly target is expected to build up during the year, for the "på vej" status. */
export const profileSchema = z.union([
  z.literal("linear"),
  z.object({ seasonal: z.array(z.number().nonnegative()).length(12, errorText("seasonalTwelveWeights")) }).strict(),
]);

/** A success criterion (succeskriterium) bound to a measure, with targets per period. */
export const criterionSchema = z
  .object({
    key: keySchema,
    text: textSchema,
    measure: measureSchema,
    targets: z.array(targetSchema).default([]),
    baseline: baselineSchema.optional(),
    direction: z.enum(["up", "down"]).default("up"),
    profile: profileSchema.optional(),
    note: textSchema.optional(),
  })
  .strict();

export type Criterion = z.infer<typeof criterionSchema>;
export type Target = z.infer<typeof targetSchema>;
