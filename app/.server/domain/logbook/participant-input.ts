import { z } from "zod";
import { errorText } from "../../errors";

const year = new Date().getUTCFullYear();
const optionalText = z
  .string()
  .trim()
  .max(4_000, errorText("textMax4000"))
  .optional()
  .transform((v) => (v ? v : undefined));

/** A consent as recorded: who gave it, when, and for which purposes. */
export const consentSchema = z.object({
  givenBy: z.enum(["participant", "parent"], { error: errorText("chooseConsentGiver") }),
  giverName: optionalText,
  purposes: z.array(z.string().trim().min(1)).min(1, errorText("chooseConsentPurpose")),
  givenOn: z.iso.date({ error: errorText("consentDateFormat") }),
});

/** What staff fill in about a participant. Identifying fields need a consent; see checkParticipantRules. */
export const participantInputSchema = z.object({
  initials: optionalText.pipe(
    z
      .string()
      .max(6, errorText("initialsMax6"))
      .regex(/^[\p{L}.\- ]+$/u, errorText("initialsLetters"))
      .optional(),
  ),
  birthYear: z.coerce
    .number({ error: errorText("birthYearNumber") })
    .int()
    .min(1900, errorText("birthYearAfter1900"))
    .max(year, errorText("birthYearNotAfter", { year }))
    .optional(),
  gender: z.enum(["female", "male", "other", "unknown"]).default("unknown"),
  departmentNumber: optionalText,
  householdId: optionalText.pipe(z.uuid({ error: errorText("chooseHousehold") }).optional()),
  newHousehold: z.boolean().default(false),
  targetGroupTags: z.array(z.string()).default([]),
  resident: z.boolean().default(true),
  volunteer: z.boolean().default(false),
  name: optionalText,
  contact: optionalText,
  cpr: optionalText.pipe(
    z
      .string()
      .regex(/^\d{6}-?\d{4}$/, errorText("cprFormat"))
      .optional(),
  ),
  consent: consentSchema.optional(),
  sensitive: z.object({ health: optionalText, addiction: optionalText, ethnicity: optionalText }).optional(),
  notes: optionalText,
});

export type ParticipantInput = z.input<typeof participantInputSchema>;
export type ParticipantData = z.output<typeof participantInputSchema>;

/** Rules between fields: names and contact details only with consent; a child under 13 needs a parent's. */
export function participantRuleProblems(
  p: ParticipantData,
  settings: { personNamesEnabled: boolean; cprEnabled: boolean; tags: string[]; departments: string[] },
  today = new Date().toISOString().slice(0, 10),
) {
  const problems: { path: string; message: string }[] = [];
  const identifying = p.name || p.contact || p.cpr;
  if ((p.name || p.contact) && !settings.personNamesEnabled)
    problems.push({
      path: "name",
      message: errorText("namesNotEnabled"),
    });
  if (p.cpr && !settings.cprEnabled)
    problems.push({
      path: "cpr",
      message: errorText("cprNotEnabled"),
    });
  if (identifying && !p.consent)
    problems.push({
      path: "consent",
      message: errorText("consentRequired"),
    });
  if (identifying && p.consent && p.birthYear !== undefined && Number(today.slice(0, 4)) - p.birthYear < 13) {
    if (p.consent.givenBy !== "parent" || !p.consent.giverName)
      problems.push({
        path: "consent",
        message: errorText("parentConsentRequired"),
      });
  }
  for (const tag of p.targetGroupTags)
    if (!settings.tags.includes(tag))
      problems.push({ path: "targetGroupTags", message: errorText("targetGroupNotInPlan", { tag }) });
  if (p.departmentNumber && settings.departments.length > 0 && !settings.departments.includes(p.departmentNumber))
    problems.push({ path: "departmentNumber", message: errorText("chooseDepartment") });
  return problems;
}
