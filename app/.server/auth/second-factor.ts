import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { rawRows } from "../db/raw-rows";

/**
 * Whether one of the user's organisations requires a second factor, as an SQL condition on a user
 * id (`"users"."id"` of the outer query, or a value): read with the session on every request and at
 * sign-in. Table names written out (see actorColumns).
 */
export function organisationRequiresTotp(userId: SQL): SQL<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM memberships m JOIN organisations o ON o.id = m.organisation_id
    WHERE m.user_id = ${userId} AND o.require_totp)`;
}

/** A second factor is owed when the user has TOTP, or one of their organisations requires it. */
export async function secondFactorRequired(db: Database, user: { id: string; totpEnabled: boolean }) {
  if (user.totpEnabled) return true;
  const [row] = await rawRows<{ required: boolean }>(
    db,
    sql`SELECT ${organisationRequiresTotp(sql`${user.id}::uuid`)} AS required`,
  );
  return row?.required === true;
}
