import { and, eq, isNull, lt } from "drizzle-orm";
import { sessionId } from "../../auth/sessions";
import type { Database } from "../../db/client";
import { idempotencyKeys, sessions } from "../../db/schema";

/** What a request with an idempotency key may do. */
export type KeyClaim =
  | { state: "new" }
  | { state: "done"; status: number; location: string | null }
  | { state: "pending" }
  | { state: "foreign" };

/**
 * Claims an idempotency key for a user's write: the first claim (an insert that wins on the
 * primary key, so two copies sent at once cannot both win) does the work; later ones get the
 * stored answer, "pending" while the first is still at it, and "foreign" for another user's key.
 * @example const claim = await claimIdempotencyKey(db, { key, userId, path: "/log/x/ny/henvendelse" });
 */
export async function claimIdempotencyKey(
  db: Database,
  input: { key: string; userId: string; path: string },
): Promise<KeyClaim> {
  const inserted = await db
    .insert(idempotencyKeys)
    .values(input)
    .onConflictDoNothing({ target: idempotencyKeys.key })
    .returning({ key: idempotencyKeys.key });
  if (inserted.length) return { state: "new" };
  const [row] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, input.key));
  if (!row) return claimIdempotencyKey(db, input); // released meanwhile: try again
  if (row.userId !== input.userId) return { state: "foreign" };
  return row.status === null ? { state: "pending" } : { state: "done", status: row.status, location: row.location };
}

/** Stores the answer a keyed write got, for its repeats. */
export async function completeIdempotencyKey(db: Database, key: string, status: number, location: string | null) {
  await db
    .update(idempotencyKeys)
    .set({ status, location, completedAt: new Date() })
    .where(and(eq(idempotencyKeys.key, key), isNull(idempotencyKeys.status)));
}

/** Lets a key be used again after a failure of ours (nothing was saved), so the phone can retry. */
export async function releaseIdempotencyKey(db: Database, key: string) {
  await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.key, key), isNull(idempotencyKeys.status)));
}

/** Removes answered keys older than the given date (an outbox is emptied within days). */
export async function purgeIdempotencyKeys(db: Database, before: Date) {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before));
}

/** The user of a live session token, for scoping keys; undefined when there is none. */
export async function userOfSessionToken(db: Database, token: string): Promise<string | undefined> {
  const [row] = await db
    .select({ userId: sessions.userId })
    .from(sessions)
    .where(and(eq(sessions.id, sessionId(token)), isNull(sessions.revokedAt)));
  return row?.userId;
}
