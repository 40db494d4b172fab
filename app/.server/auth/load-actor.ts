import { eq, type SQL, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { rawRows } from "../db/raw-rows";
import { users } from "../db/schema";
import { userError } from "../errors";
import type { UserActor } from "./policy";

type Membership = UserActor["memberships"][number];

/**
 * A user's memberships and assigned activities as SQL columns on a user id (`"users"."id"` of the
 * outer query, or a value): read in the same query as the session on every request (`readSession`),
 * or on their own here. Table names are written out: Drizzle leaves column names unqualified in a
 * select from one table, where they would name the subquery's own columns.
 */
export function actorColumns(userId: SQL) {
  return {
    memberships: sql<Membership[]>`coalesce((SELECT json_agg(json_build_object(
        'organisationId', m.organisation_id, 'role', m.role, 'sensitiveAccess', m.sensitive_access))
      FROM memberships m WHERE m.user_id = ${userId}), '[]'::json)`,
    assigned: sql<string[]>`coalesce((SELECT array_agg(a.activity_id::text)
      FROM activity_assignments a WHERE a.user_id = ${userId}), '{}'::text[])`,
  };
}

/** The signed-in user's id in a query on `users` (see actorColumns). */
export const usersId = sql`"users"."id"`;

/** The actor from a user and the columns of `actorColumns`. */
export function actorOf(
  user: { id: string; email: string; name: string },
  columns: { memberships: Membership[]; assigned: string[] },
): UserActor {
  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    name: user.name,
    memberships: columns.memberships,
    assignedActivityIds: new Set(columns.assigned),
  };
}

/** A user as the policy sees them: memberships and assigned activities. */
export async function loadActor(db: Database, user: { id: string; email: string; name: string }): Promise<UserActor> {
  const { memberships: m, assigned } = actorColumns(sql`${user.id}::uuid`);
  const [row] = await rawRows<{ memberships: Membership[]; assigned: string[] }>(
    db,
    sql`SELECT ${m} AS memberships, ${assigned} AS assigned`,
  );
  return actorOf(user, row);
}

/** The actor for an e-mail address (the CLI's --as); a disabled or unknown user is refused. */
export async function loadActorByEmail(db: Database, email: string): Promise<UserActor> {
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  if (!user) throw userError("unknown-user", "unknownUserEmail", { params: { email } });
  if (user.disabledAt) throw userError("user-disabled", "userDisabled", { params: { email } });
  return loadActor(db, user);
}
