import { asc, count, eq } from "drizzle-orm";
import type { Database } from "../client";
import { activities, criteria, focusAreas, plans } from "../schema";

/** The id of the plan with this slug, or undefined. */
export async function findPlanId(db: Database, slug: string): Promise<string | undefined> {
  const [row] = await db.select({ id: plans.id }).from(plans).where(eq(plans.slug, slug));
  return row?.id;
}

/** Deletes a plan and everything that belongs to it. */
export async function deletePlan(db: Database, planId: string): Promise<void> {
  await db.delete(plans).where(eq(plans.id, planId));
}

/** One line per plan with the counts a list needs. */
export async function selectPlanSummaries(db: Database) {
  const rows = await db
    .select({
      id: plans.id,
      slug: plans.slug,
      kind: plans.kind,
      title: plans.title,
      ownerName: plans.ownerName,
      municipality: plans.municipality,
      updatedAt: plans.updatedAt,
      contentRevision: plans.contentRevision,
      periodStart: plans.periodStart,
      periodEnd: plans.periodEnd,
    })
    .from(plans)
    .orderBy(asc(plans.title));
  const countBy = async (table: typeof focusAreas | typeof activities | typeof criteria) =>
    new Map(
      (await db.select({ planId: table.planId, n: count() }).from(table).groupBy(table.planId)).map((r) => [
        r.planId,
        r.n,
      ]),
    );
  const [fa, act, crit] = await Promise.all([countBy(focusAreas), countBy(activities), countBy(criteria)]);
  return rows.map(({ id, ...r }) => ({
    id,
    ...r,
    focusAreas: fa.get(id) ?? 0,
    activities: act.get(id) ?? 0,
    criteria: crit.get(id) ?? 0,
  }));
}
