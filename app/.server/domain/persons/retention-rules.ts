import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit";
import { authorize } from "../../auth/authorize";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { dataCategories, retentionRules } from "../../db/schema";
import { userError } from "../../errors";

/** A retention rule: delete a category of data `months` after its trigger. */
export interface RetentionRule {
  category: (typeof dataCategories)[number];
  trigger: "lastActivity" | "courseEnd" | "planEnd";
  months: number;
}

/** The rules an organisation gets until it sets its own. */
export const defaultRetentionRules: RetentionRule[] = [
  { category: "identifying", trigger: "courseEnd", months: 12 },
  { category: "sensitive", trigger: "lastActivity", months: 12 },
  { category: "notes", trigger: "lastActivity", months: 12 },
  { category: "person", trigger: "planEnd", months: 36 },
];

/** An organisation's retention rules (its own, else the defaults). */
export async function retentionRulesOf(db: Database, organisationId: string): Promise<RetentionRule[]> {
  const rows = await db.select().from(retentionRules).where(eq(retentionRules.organisationId, organisationId));
  if (rows.length === 0) return defaultRetentionRules;
  return dataCategories.map(
    (category) =>
      rows.find((r) => r.category === category) ?? defaultRetentionRules.find((r) => r.category === category)!,
  );
}

const ruleSchema = z.object({
  category: z.enum(dataCategories),
  trigger: z.enum(["lastActivity", "courseEnd", "planEnd"]),
  months: z.coerce.number({ error: "monthsRequired" }).int().min(0, "monthsNotNegative").max(240, "monthsMax"),
});

/** Saves an organisation's retention rules (administrators). */
export async function setRetentionRules(
  db: Database,
  actor: Actor,
  organisationId: string,
  rules: z.input<typeof ruleSchema>[],
) {
  await authorize(db, actor, "organisation.manage", { type: "organisation", organisationId });
  const parsed = z.array(ruleSchema).safeParse(rules);
  if (!parsed.success)
    throw userError(
      "invalid-retention",
      "Tjek felterne.",
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  await db.transaction(async (tx) => {
    await tx.delete(retentionRules).where(eq(retentionRules.organisationId, organisationId));
    await tx.insert(retentionRules).values(parsed.data.map((r) => ({ id: randomUUID(), organisationId, ...r })));
    await recordAudit(tx, actor, {
      action: "organisation.retentionRules",
      resourceType: "organisation",
      resourceId: organisationId,
      organisationId,
      outcome: "allowed",
      details: { rules: parsed.data },
    });
  });
}
