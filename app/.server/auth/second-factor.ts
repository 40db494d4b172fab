import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { rawRows } from "../db/raw-rows";
import { memberships, organisations } from "../db/schema";

/**
 * Whether one of the user's organisations requires a second factor, as an SQL condition on a
 * user id (a column or a value): read with the session on every request and at sign-in.
 */
export function organisationRequiresTotp(userId: SQLWrapper | string): SQL<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM ${memberships} JOIN ${organisations} ON ${organisations.id} = ${memberships.organisationId}
    WHERE ${memberships.userId} = ${userId} AND ${organisations.requireTotp})`;
}

/** A second factor is owed when the user has TOTP, or one of their organisations requires it. */
export async function secondFactorRequired(db: Database, user: { id: string; totpEnabled: boolean }) {
  if (user.totpEnabled) return true;
  const [row] = await rawRows<{ required: boolean }>(db, sql`SELECT ${organisationRequiresTotp(user.id)} AS required`);
  return row?.required === true;
}
