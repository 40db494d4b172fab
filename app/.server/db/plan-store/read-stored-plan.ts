import { eq } from "drizzle-orm";
import { deepFreeze } from "~/memo";
import type { PlanFile } from "~/plan-format/plan";
import type { Database } from "../client";
import { plans } from "../schema";
import { assemblePlan } from "./assemble-plan";
import { loadPlanRows } from "./load-plan-rows";

/** A plan's activities as stored: the ids the logbook refers to. */
export interface StoredActivity {
  id: string;
  key: string;
  title: string;
  parentId: string | null;
}

/** A plan document as stored, with its activities' ids. */
export interface StoredPlan {
  plan: PlanFile;
  activities: StoredActivity[];
}

interface Kept extends StoredPlan {
  revision: number;
}

/** How many assembled plans the process keeps (a plan document is tens to hundreds of kB). */
const keepAtMost = 200;
const kept = new Map<string, Kept>();

/**
 * Reads a plan document. The assembled plan is kept per plan and `plans.content_revision` (raised
 * by triggers on every change to the plan row or its parts, migration 0020), so a request costs one
 * small read instead of 24 table reads and the assembly (none when the caller read `revision` with
 * the plan's access facts). Plan ids are random UUIDs, so plans of
 * different databases in one process never share an entry. Callers share the kept plan, frozen
 * (a change throws), so what is derived from it (the plan index, rule sentences) can be kept per
 * plan object; a caller that changes a plan works on its own copy (`structuredClone`).
 * @example const { plan, activities } = await readStoredPlan(db, planId);
 */
export async function readStoredPlan(db: Database, planId: string, revision?: number): Promise<StoredPlan> {
  const [row] =
    revision === undefined
      ? await db.select({ revision: plans.contentRevision }).from(plans).where(eq(plans.id, planId))
      : [{ revision }];
  const hit = row ? kept.get(planId) : undefined;
  if (hit && row && hit.revision === row.revision) {
    kept.delete(planId);
    kept.set(planId, hit);
    return { plan: hit.plan, activities: hit.activities };
  }
  const rows = await loadPlanRows(db, planId);
  const stored: StoredPlan = deepFreeze({
    plan: assemblePlan(rows),
    activities: rows.activities.map((a) => ({ id: a.id, key: a.key, title: a.title, parentId: a.parentId })),
  });
  // The revision read before the rows: a change in between is caught by the next request's read.
  if (row && rows.plan?.contentRevision === row.revision) {
    kept.delete(planId);
    kept.set(planId, { ...stored, revision: row.revision });
    if (kept.size > keepAtMost) kept.delete(kept.keys().next().value as string);
  }
  return stored;
}
