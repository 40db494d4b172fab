import { createHash } from "node:crypto";
import { eq, lt, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { rawRows } from "../db/raw-rows";
import { rateLimits } from "../db/schema";

/** A limit: at most `limit` counted attempts per `minutes`, counted from the first one. */
export interface LimitRule {
  name: string;
  limit: number;
  minutes: number;
}

/**
 * The limits. Wrong passwords lock an account after 10 (from anywhere); one address may try one
 * account 5 times (so a single attacker is stopped without locking the owner out); an address may
 * fail 50 times across accounts (an office behind one address still signs in). Second-factor
 * codes lock the account after 5 wrong ones, whatever the session.
 */
export const limits = {
  account: { name: "account", limit: 10, minutes: 15 },
  addressAccount: { name: "address-account", limit: 5, minutes: 15 },
  address: { name: "address", limit: 50, minutes: 15 },
  totp: { name: "totp", limit: 5, minutes: 15 },
  resetAddress: { name: "reset-address", limit: 5, minutes: 60 },
  resetAccount: { name: "reset-account", limit: 3, minutes: 60 },
  /** Anonymous survey answers per round link and address: a household on one line may all answer. */
  surveyAnswers: { name: "survey-answers", limit: 20, minutes: 60 },
} satisfies Record<string, LimitRule>;

/** How long an account stays locked after too many wrong passwords or codes. */
export const lockMinutes = 15;

const keyOf = (rule: LimitRule, value: string) =>
  `${rule.name}:${createHash("sha256").update(`${rule.name}\u0000${value}`).digest("base64url")}`;

/**
 * Counts one attempt and returns the count in the current window, in one atomic upsert: parallel
 * attempts each get their own number, so exactly one sees `limit` and none slips past it.
 * Count *before* doing the costly or risky check, and clear or refund after a success.
 */
export async function countAttempt(db: Database, rule: LimitRule, value: string, now = new Date()): Promise<number> {
  const windowStart = new Date(now.getTime() - rule.minutes * 60_000);
  const [row] = await rawRows<{ count: number }>(
    db,
    sql`INSERT INTO rate_limits (key, count, window_started_at) VALUES (${keyOf(rule, value)}, 1, ${now.toISOString()}::timestamptz)
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN rate_limits.window_started_at < ${windowStart.toISOString()}::timestamptz THEN 1 ELSE rate_limits.count + 1 END,
          window_started_at = CASE WHEN rate_limits.window_started_at < ${windowStart.toISOString()}::timestamptz THEN ${now.toISOString()}::timestamptz ELSE rate_limits.window_started_at END
        RETURNING count`,
  );
  if (Math.random() < 0.01)
    await db.delete(rateLimits).where(lt(rateLimits.windowStartedAt, new Date(now.getTime() - 86_400_000)));
  return Number(row.count);
}

/** Forgets the attempts counted for a value (after a success). */
export async function clearAttempts(db: Database, rule: LimitRule, value: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, keyOf(rule, value)));
}

/** Takes back one counted attempt (a success that should not count against a shared address). */
export async function refundAttempt(db: Database, rule: LimitRule, value: string): Promise<void> {
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(eq(rateLimits.key, keyOf(rule, value)));
}
