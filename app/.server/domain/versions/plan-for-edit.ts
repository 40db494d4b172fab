import { authorize } from "../../auth/authorize";
import type { Action, Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { planResourceBySlug } from "../../db/repositories/access";
import { userError } from "../../errors";

/** The plan with this slug if the actor may do the action on it (edit, approve); refusals are logged. */
export async function planForEdit(db: Database, actor: Actor, slug: string, action: Action = "plan.edit") {
  const found = await planResourceBySlug(db, slug);
  if (!found) throw userError("not-found", "planNotFound", { params: { slug } });
  await authorize(db, actor, action, found.resource, { resourceId: found.planId });
  return found;
}
