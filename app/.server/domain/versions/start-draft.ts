import { recordAudit } from "../../audit/record-audit";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { readStoredPlan } from "../../db/plan-store/read-stored-plan";
import { planForEdit } from "./plan-for-edit";
import { addVersion, approvedVersion, openVersion } from "./version-store";

/**
 * The draft to edit: the open draft if there is one, else a new draft copied from the version
 * in force. An approved version is never edited; changes always go into a draft.
 */
export async function startDraft(db: Database, actor: Actor, slug: string) {
  const { planId, resource } = await planForEdit(db, actor, slug);
  const open = await openVersion(db, planId);
  if (open) return open;
  const base = await approvedVersion(db, planId);
  const document = base?.document ?? (await readStoredPlan(db, planId)).plan;
  const draft = await addVersion(db, {
    planId,
    organisationId: resource.organisationId,
    document,
    status: "draft",
    actor,
    basedOn: base?.id,
  });
  await recordAudit(db, actor, {
    action: "plan.startDraft",
    resourceType: "planVersion",
    resourceId: draft.id,
    organisationId: resource.organisationId,
    outcome: "allowed",
    details: { number: draft.number },
  });
  return draft;
}
