import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { activityAssignments, memberships, users } from "../db/schema";
import { userError } from "../errors";
import type { UserActor } from "./policy";

/** A user as the policy sees them: memberships and assigned activities. */
export async function loadActor(db: Database, user: { id: string; email: string; name: string }): Promise<UserActor> {
  const [member, assigned] = await Promise.all([
    db
      .select({
        organisationId: memberships.organisationId,
        role: memberships.role,
        sensitiveAccess: memberships.sensitiveAccess,
      })
      .from(memberships)
      .where(eq(memberships.userId, user.id)),
    db
      .select({ activityId: activityAssignments.activityId })
      .from(activityAssignments)
      .where(eq(activityAssignments.userId, user.id)),
  ]);
  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    name: user.name,
    memberships: member,
    assignedActivityIds: new Set(assigned.map((a) => a.activityId)),
  };
}

/** The actor for an e-mail address (the CLI's --as); a disabled or unknown user is refused. */
export async function loadActorByEmail(db: Database, email: string): Promise<UserActor> {
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  if (!user) throw userError("unknown-user", "unknownUserEmail", { params: { email } });
  if (user.disabledAt) throw userError("user-disabled", "userDisabled", { params: { email } });
  return loadActor(db, user);
}
