import { and, eq } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import { authorize } from "../../auth/authorize";
import type { Actor } from "../../auth/policy";
import { revokeAllSessions } from "../../auth/sessions";
import type { Database } from "../../db/client";
import { memberships, users } from "../../db/schema";
import { userError } from "../../errors";

/**
 * Disables (or re-enables) a member's account. Disabling ends all of the user's sessions at
 * once; their next request finds no session.
 */
export async function setUserDisabled(
  db: Database,
  actor: Actor,
  organisationId: string,
  userId: string,
  disabled: boolean,
) {
  await authorize(db, actor, "organisation.manage", { type: "organisation", organisationId });
  if (actor.kind === "user" && actor.userId === userId && disabled)
    throw userError("self-disable", "cannotDisableSelf");
  const [member] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  if (!member) throw userError("not-found", "userNotMember");
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ disabledAt: disabled ? new Date() : null })
      .where(eq(users.id, userId));
    if (disabled) await revokeAllSessions(tx, userId);
    await recordAudit(tx, actor, {
      action: disabled ? "organisation.disableUser" : "organisation.enableUser",
      resourceType: "user",
      resourceId: userId,
      organisationId,
      outcome: "allowed",
    });
  });
}
