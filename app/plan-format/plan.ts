import { z } from "zod";
import { activitySchema } from "./activity";
import { budgetSchema } from "./budget";
import { criterionSchema } from "./criterion";
import { approvalSchema, governanceGroupSchema, partnerSchema, roleSchema } from "./organisation";
import { isoDateSchema, keySchema, textListSchema, textSchema } from "./primitives";
import { areaSchema, logbookVocabularySchema, milestoneSchema, seriesSchema, theoryOfChangeSchema } from "./structure";

/** A focus area (indsatsområde) with its problem description, purposes, goals, criteria and activities. */
export const focusAreaSchema = z
  .object({
    key: keySchema,
    number: textSchema.optional(),
    title: textSchema,
    problem: textSchema.optional(),
    description: textSchema.optional(),
    purposes: textListSchema.default([]),
    goals: textListSchema.default([]),
    measurementMethod: textSchema.optional(),
    criteria: z.array(criterionSchema).default([]),
    activities: z.array(activitySchema).default([]),
  })
  .strict();

export const planKinds = ["helhedsplan", "tryghedsplan", "projekt"] as const;

/** A whole plan as written in a plan file (YAML or JSON). See docs/plan-format.md. */
export const planFileSchema = z
  .object({
    formatVersion: z.literal(1),
    slug: keySchema,
    kind: z.enum(planKinds),
    title: textSchema,
    subtitle: textSchema.optional(),
    owner: z.object({ name: textSchema, partner: keySchema.optional() }).strict(),
    period: z.object({ start: isoDateSchema, end: isoDateSchema }).strict(),
    municipality: textSchema.optional(),
    funder: textSchema.optional(),
    source: textSchema.optional(),
    summary: textSchema.optional(),
    foreword: textSchema.optional(),
    background: textSchema.optional(),
    vision: textSchema.optional(),
    mainPurposes: textListSchema.default([]),
    evaluation: textSchema.optional(),
    criteria: z.array(criterionSchema).default([]),
    areas: z.array(areaSchema).default([]),
    series: z.array(seriesSchema).default([]),
    partners: z.array(partnerSchema).default([]),
    focusAreas: z.array(focusAreaSchema).default([]),
    theoryOfChange: theoryOfChangeSchema.optional(),
    milestones: z.array(milestoneSchema).default([]),
    governance: z.array(governanceGroupSchema).default([]),
    roles: z.array(roleSchema).default([]),
    budget: budgetSchema.optional(),
    approvals: z.array(approvalSchema).default([]),
    logbook: logbookVocabularySchema.optional(),
  })
  .strict();

export type PlanFile = z.infer<typeof planFileSchema>;
export type PlanFileInput = z.input<typeof planFileSchema>;
export type FocusArea = z.infer<typeof focusAreaSchema>;
export type PlanKind = (typeof planKinds)[number];
