import type { Actor } from "../../auth/policy";
import { can } from "../../auth/policy";
import type { Database } from "../../db/client";
import { planResources } from "../../db/repositories/access";
import { selectPlanSummaries } from "../../db/repositories/plans";

/** A plan as a list shows it. */
export type PlanSummary = Awaited<ReturnType<typeof selectPlanSummaries>>[number];

/**
 * Lists the plans the actor may see, with their period and the number of focus areas,
 * activities and criteria.
 * @example for (const p of await listPlans(db, actor)) console.log(p.slug, p.criteria);
 */
export async function listPlans(db: Database, actor: Actor): Promise<PlanSummary[]> {
  const [summaries, resources] = await Promise.all([selectPlanSummaries(db), planResources(db)]);
  return summaries.filter((s) => {
    const resource = resources.get(s.id);
    return resource !== undefined && can(actor, "plan.list", resource);
  });
}
