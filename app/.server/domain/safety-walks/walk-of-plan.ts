import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { safetyWalks } from "../../db/schema";
import { userError } from "../../errors";

/** A walk of the plan, checked on the stored row (an id from another plan is not found). */
export async function walkOfPlan(db: Database, planId: string, walkId: string) {
  const gone = userError("not-found", "walkNotFound");
  if (!/^[0-9a-f-]{36}$/i.test(walkId)) throw gone;
  const [walk] = await db
    .select()
    .from(safetyWalks)
    .where(and(eq(safetyWalks.id, walkId), eq(safetyWalks.planId, planId)));
  if (!walk) throw gone;
  return walk;
}
