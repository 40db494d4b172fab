import type { Actor } from "../../auth/policy";
import { can } from "../../auth/policy";
import type { Database } from "../../db/client";
import { readStoredPlan } from "../../db/plan-store/read-stored-plan";
import { planForEdit } from "./plan-for-edit";
import { approvedVersion, openVersion } from "./version-store";

/**
 * What the plan editor works on: the open version (draft or submitted) if any, the version in
 * force, and the plan as it would be edited (the open version, else the plan in force).
 */
export async function editorState(db: Database, actor: Actor, slug: string) {
  const { planId, resource } = await planForEdit(db, actor, slug);
  const [open, approved] = await Promise.all([openVersion(db, planId), approvedVersion(db, planId)]);
  const document = open?.document ?? approved?.document ?? (await readStoredPlan(db, planId)).plan;
  return {
    planId,
    resource,
    open,
    approved,
    document,
    /** True when the open version is a draft that may be changed now. */
    editable: open?.status === "draft",
    mayApprove: can(actor, "plan.approve", resource),
  };
}
