import { authorize } from "../../auth/authorize";
import type { Action } from "../../auth/policy";
import type { Database } from "../../db/client";
import { activityResource, type LogActivity, type LogbookContext, mayOn } from "../logbook/logbook-context";
import { linkedActivityIds, loadParticipant } from "../logbook/participant-links";

/**
 * Checks a person-level right (export, erase) on a participant: the actor needs it on one of
 * the participant's activities (or on the plan when they have none). Refusals are logged.
 */
export async function requirePersonRight(db: Database, ctx: LogbookContext, participantId: string, action: Action) {
  const participant = await loadParticipant(db, ctx, participantId);
  const linked = [...(await linkedActivityIds(db, participantId))]
    .map((id) => ctx.byId.get(id) as LogActivity)
    .filter(Boolean);
  if (!linked.some((a) => mayOn(ctx, action, a)))
    await authorize(
      db,
      ctx.actor,
      action,
      linked[0]
        ? activityResource(ctx, linked[0])
        : { ...ctx.resource, type: "activity", activityId: "", responsibleOrganisationIds: [] },
      { personId: participantId },
    );
  return { participant, linked };
}
