import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { reportNotes } from "../../db/schema";
import { userError } from "../../errors";
import { getPlan } from "../plans/get-plan";

/** The manager's texts for a plan's reports in a period, by scope ("summary", "fa:KEY", "criterion:KEY"). */
export async function readReportNotes(db: Database, planId: string, period: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ scope: reportNotes.scope, text: reportNotes.text })
    .from(reportNotes)
    .where(and(eq(reportNotes.planId, planId), eq(reportNotes.period, period)));
  return new Map(rows.map((r) => [r.scope, r.text]));
}

const scopePattern = /^(summary|fa:[a-z0-9-]+|criterion:[a-z0-9-]+)$/;

/** Saves the texts written before generating a report (an emptied text is removed). Needs the right to edit the plan. */
export async function saveReportNotes(
  db: Database,
  actor: Actor,
  slug: string,
  period: string,
  texts: Record<string, string>,
) {
  const { planId, resource } = await getPlan(db, actor, slug, "plan.edit");
  const bad = Object.keys(texts).filter((k) => !scopePattern.test(k));
  if (bad.length > 0) throw userError("invalid-notes", "formUnreadable");
  const by = actor.kind === "user" ? actor.userId : null;
  await db.transaction(async (tx) => {
    for (const [scope, raw] of Object.entries(texts)) {
      const text = raw.trim();
      const where = and(eq(reportNotes.planId, planId), eq(reportNotes.period, period), eq(reportNotes.scope, scope));
      if (!text) {
        await tx.delete(reportNotes).where(where);
        continue;
      }
      await tx
        .insert(reportNotes)
        .values({
          id: randomUUID(),
          organisationId: resource.organisationId,
          planId,
          period,
          scope,
          text,
          updatedBy: by,
        })
        .onConflictDoUpdate({
          target: [reportNotes.planId, reportNotes.period, reportNotes.scope],
          set: { text, updatedBy: by, updatedAt: new Date() },
        });
    }
  });
}
