import { z } from "zod";
import { isoDateSchema, keySchema, textListSchema, textSchema } from "./primitives";

/** An organisation taking part in the plan (owner, kommune, police, NGO …). */
export const partnerSchema = z
  .object({
    key: keySchema,
    name: textSchema,
    kind: z
      .enum([
        "housingAssociation",
        "municipality",
        "police",
        "ngo",
        "school",
        "business",
        "resident",
        "research",
        "other",
      ])
      .optional(),
    description: textSchema.optional(),
  })
  .strict();

/** A governance body: styregruppe, følgegruppe, fremdriftsgruppe, forum, working group … */
export const governanceGroupSchema = z
  .object({
    key: keySchema,
    name: textSchema,
    kind: z.enum(["steeringGroup", "followGroup", "progressGroup", "forum", "workingGroup", "referenceGroup", "other"]),
    description: textSchema.optional(),
    members: z
      .array(
        z
          .object({
            role: textSchema,
            count: z.number().int().positive().optional(),
            organisation: keySchema.optional(),
            name: textSchema.optional(),
            note: textSchema.optional(),
          })
          .strict(),
      )
      .default([]),
    mandate: textSchema.optional(),
    duties: textListSchema.default([]),
    meetingCadence: textSchema.optional(),
    meetingsPerYear: z.number().int().positive().optional(),
  })
  .strict();

/** A role in the organisation of the plan and what it is responsible for (ansvarsområder). */
export const roleSchema = z
  .object({ title: textSchema, organisation: keySchema.optional(), responsibilities: textListSchema.default([]) })
  .strict();

/** A decision on the plan by a body (styregruppe, Økonomiudvalget …). */
export const approvalSchema = z
  .object({ body: textSchema, date: isoDateSchema.optional(), note: textSchema.optional() })
  .strict();

export type Partner = z.infer<typeof partnerSchema>;
export type GovernanceGroup = z.infer<typeof governanceGroupSchema>;
