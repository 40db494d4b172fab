import { and, eq } from "drizzle-orm";
import type { PlanFile } from "~/plan-format/plan";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { planVersions } from "../../db/schema";
import { addVersion } from "./version-store";

/**
 * A plan file imported into Helhed is the plan in force from today: it becomes a new approved
 * version (the one before is superseded), noted as imported.
 */
export async function recordImportedVersion(
  db: Database,
  actor: Actor,
  planId: string,
  organisationId: string,
  plan: PlanFile,
  today = new Date().toISOString().slice(0, 10),
) {
  await db
    .update(planVersions)
    .set({ status: "superseded" })
    .where(and(eq(planVersions.planId, planId), eq(planVersions.status, "approved")));
  await addVersion(db, {
    planId,
    organisationId,
    document: plan,
    status: "approved",
    actor,
    approval: { body: "Importeret fra planfil", on: today },
  });
}
