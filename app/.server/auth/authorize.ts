import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { userError } from "../errors";
import { type Action, type Actor, can, type Resource, relationTo } from "./policy";

/**
 * Asks the policy and enforces the answer: returns when allowed; otherwise logs the refusal
 * and throws. A resource of an organisation the actor has nothing to do with answers "not
 * found", so that ids cannot be used to learn what exists.
 */
export async function authorize(
  db: Database,
  actor: Actor,
  action: Action,
  resource: Resource,
  audit: { resourceId?: string; personId?: string } = {},
): Promise<void> {
  if (can(actor, action, resource)) return;
  const unrelated = actor.kind === "user" && !relationTo(actor, resource);
  await recordAudit(db, actor, {
    action,
    resourceType: resource.type,
    resourceId: audit.resourceId ?? ("activityId" in resource ? resource.activityId : undefined),
    organisationId: resource.organisationId,
    personId: audit.personId,
    outcome: "denied",
  });
  if (unrelated) throw userError("not-found", "notFoundOrForbidden");
  throw userError("forbidden", "forbidden");
}
