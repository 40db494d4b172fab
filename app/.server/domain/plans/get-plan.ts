import type { PlanFile } from "~/plan-format/plan";
import { authorize } from "../../auth/authorize";
import type { Action, Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { readStoredPlan } from "../../db/plan-store/read-stored-plan";
import { type FoundPlan, type PlanResource, planResourceBySlug } from "../../db/repositories/access";
import { userError } from "../../errors";

/** A plan with the access facts the pages need for further checks. */
export interface PlanWithAccess {
  plan: PlanFile;
  planId: string;
  resource: PlanResource;
}

/**
 * Reads a whole plan (the plan document: no person data) if the actor may read it.
 * @example const { plan } = await getPlan(db, actor, "rum-for-liv");
 */
export async function getPlan(
  db: Database,
  actor: Actor,
  slug: string,
  action: Action = "plan.read",
  /** The plan found by its slug, where the request has looked it up already (request-context). */
  lookedUp: Promise<FoundPlan | undefined> = planResourceBySlug(db, slug),
): Promise<PlanWithAccess> {
  const found = await lookedUp;
  if (!found) throw userError("not-found", "planNotFoundSeeList", { params: { slug } });
  await authorize(db, actor, action, found.resource, { resourceId: found.planId });
  return {
    plan: (await readStoredPlan(db, found.planId, found.revision)).plan,
    planId: found.planId,
    resource: found.resource,
  };
}

/**
 * The same for a plan this request has read already (`found`, for another action): only the right
 * is checked again, the plan is not read twice.
 */
export async function getPlanAgain(
  db: Database,
  actor: Actor,
  found: PlanWithAccess,
  action: Action,
): Promise<PlanWithAccess> {
  await authorize(db, actor, action, found.resource, { resourceId: found.planId });
  return found;
}

/**
 * Exports a plan as a plan file; needs the export right (plan managers and administrators).
 * @example const plan = await exportPlan(db, actor, "rum-for-liv");
 */
export async function exportPlan(db: Database, actor: Actor, slug: string): Promise<PlanFile> {
  return (await getPlan(db, actor, slug, "plan.export")).plan;
}
