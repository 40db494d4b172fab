import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, ne, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { prepared } from "../db/prepared";
import { sessions, users } from "../db/schema";
import { actorColumns, actorOf, usersId } from "./load-actor";
import { organisationRequiresTotp } from "./second-factor";

/** The session rules: idle time-out and absolute lifetime. */
export interface SessionRules {
  idleMinutes: number;
  maxHours: number;
}

/** The SHA-256 of a session token: what the database stores instead of the token. */
export function sessionId(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Starts a session and returns the token for the cookie (256 random bits). */
export async function createSession(
  db: Database,
  rules: SessionRules,
  input: { userId: string; method: "password" | "oidc"; secondFactorDone: boolean; ip?: string; userAgent?: string },
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    id: sessionId(token),
    userId: input.userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + rules.maxHours * 3_600_000),
    secondFactorAt: input.secondFactorDone ? now : null,
    method: input.method,
    ipAddress: input.ip,
    userAgent: input.userAgent?.slice(0, 300),
  });
  return token;
}

/**
 * The live session behind a token, with its user; undefined when the token is unknown, the
 * session was ended, has been idle too long, has passed its lifetime, or the user is disabled.
 * Keeps the session alive (at most one write a minute).
 */
export async function readSession(db: Database, rules: SessionRules, token: string, now = new Date()) {
  const id = sessionId(token);
  // One query: the session, its user, what the policy needs of them, and whether a second factor is owed.
  const [row] = await prepared(db, "read_session", (d) =>
    d
      .select({
        session: sessions,
        user: users,
        ...actorColumns(usersId),
        organisationRequiresTotp: organisationRequiresTotp(usersId),
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, sql.placeholder("id"))),
  ).execute({ id });
  if (!row) return undefined;
  const { session, user } = row;
  const idleUntil = session.lastSeenAt.getTime() + rules.idleMinutes * 60_000;
  if (session.revokedAt || user.disabledAt || now > session.expiresAt || now.getTime() > idleUntil) {
    if (!session.revokedAt) await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, id));
    return undefined;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000)
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  return {
    session,
    user,
    actor: actorOf(user, row),
    /** The user has TOTP, or one of their organisations requires a second factor. */
    secondFactorRequired: user.totpEnabled || row.organisationRequiresTotp,
  };
}

/** Marks the session's second factor as given. */
export async function completeSecondFactor(db: Database, id: string, now = new Date()) {
  await db.update(sessions).set({ secondFactorAt: now }).where(eq(sessions.id, id));
}

/** Ends one of the user's sessions. */
export async function revokeSession(db: Database, userId: string, id: string, now = new Date()) {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, id), eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

/** Ends every session of a user at once (the user is disabled), or every one but `exceptId`. */
export async function revokeAllSessions(db: Database, userId: string, exceptId?: string, now = new Date()) {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(eq(sessions.userId, userId), isNull(sessions.revokedAt), exceptId ? ne(sessions.id, exceptId) : undefined),
    );
}

/** The user's sessions that are still open, newest first. */
export async function openSessions(db: Database, rules: SessionRules, userId: string, now = new Date()) {
  const rows = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .orderBy(desc(sessions.lastSeenAt));
  return rows.filter((s) => now <= s.expiresAt && now.getTime() <= s.lastSeenAt.getTime() + rules.idleMinutes * 60_000);
}
