import { z } from "zod";

const year = new Date().getUTCFullYear();
const optionalText = z
  .string()
  .trim()
  .max(4_000, "Højst 4.000 tegn.")
  .optional()
  .transform((v) => (v ? v : undefined));

/** A consent as recorded: who gave it, when, and for which purposes. */
export const consentSchema = z.object({
  givenBy: z.enum(["participant", "parent"], { error: "Vælg hvem der har givet samtykket." }),
  giverName: optionalText,
  purposes: z.array(z.string().trim().min(1)).min(1, "Vælg mindst ét formål, samtykket gælder."),
  givenOn: z.iso.date({ error: "Skriv datoen for samtykket som ÅÅÅÅ-MM-DD." }),
});

/** What staff fill in about a participant. Identifying fields need a consent; see checkParticipantRules. */
export const participantInputSchema = z.object({
  initials: optionalText.pipe(
    z
      .string()
      .max(6, "Initialer er højst 6 tegn.")
      .regex(/^[\p{L}.\- ]+$/u, "Initialer må kun være bogstaver.")
      .optional(),
  ),
  birthYear: z.coerce
    .number({ error: "Fødselsår skal være et tal, fx 2009." })
    .int()
    .min(1900, "Fødselsåret skal ligge efter 1900.")
    .max(year, `Fødselsåret kan ikke ligge efter ${year}.`)
    .optional(),
  gender: z.enum(["female", "male", "other", "unknown"]).default("unknown"),
  departmentNumber: optionalText,
  householdId: optionalText.pipe(z.uuid({ error: "Vælg en husstand fra listen." }).optional()),
  newHousehold: z.boolean().default(false),
  targetGroupTags: z.array(z.string()).default([]),
  resident: z.boolean().default(true),
  volunteer: z.boolean().default(false),
  name: optionalText,
  contact: optionalText,
  cpr: optionalText.pipe(
    z
      .string()
      .regex(/^\d{6}-?\d{4}$/, "Skriv CPR-nummeret som 10 cifre, fx 010203-1234.")
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
      message: "Din organisation har ikke slået navne og kontaktoplysninger til. Registrér deltageren uden navn.",
    });
  if (p.cpr && !settings.cprEnabled)
    problems.push({
      path: "cpr",
      message: "Din organisation har ikke slået CPR-nummer til. Registrér deltageren uden CPR-nummer.",
    });
  if (identifying && !p.consent)
    problems.push({
      path: "consent",
      message:
        "Et navn, kontaktoplysninger eller CPR-nummer må kun gemmes med et samtykke. Registrér samtykket (hvem, hvornår, til hvad), eller lad felterne stå tomme.",
    });
  if (identifying && p.consent && p.birthYear !== undefined && Number(today.slice(0, 4)) - p.birthYear < 13) {
    if (p.consent.givenBy !== "parent" || !p.consent.giverName)
      problems.push({
        path: "consent",
        message: "Deltageren er under 13 år: samtykket skal gives af en forælder. Skriv forælderens navn.",
      });
  }
  for (const tag of p.targetGroupTags)
    if (!settings.tags.includes(tag))
      problems.push({ path: "targetGroupTags", message: `Målgruppen "${tag}" findes ikke i planen.` });
  if (p.departmentNumber && settings.departments.length > 0 && !settings.departments.includes(p.departmentNumber))
    problems.push({ path: "departmentNumber", message: "Vælg en af planens afdelinger." });
  return problems;
}
