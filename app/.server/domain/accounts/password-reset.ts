import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import { hashPassword, passwordProblems, weakPassword } from "../../auth/passwords";
import { clearAttempts, countAttempt, limits } from "../../auth/rate-limit";
import { revokeAllSessions } from "../../auth/sessions";
import type { Database } from "../../db/client";
import { passwordResets, users } from "../../db/schema";
import { userError } from "../../errors";
import { queueMail } from "../../mail/mail";
import { passwordContext } from "./password-context";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Makes a one-hour reset link for a user and mails it (through the outbox; never to a log). Used
 * when someone asks for one, and when an administrator adds a member (the invitation is a reset
 * link, also shown to the administrator).
 */
export async function issueResetLink(db: Database, user: { id: string; email: string }, publicUrl: string, hours = 1) {
  const token = randomBytes(32).toString("base64url");
  await db
    .insert(passwordResets)
    .values({ id: hashToken(token), userId: user.id, expiresAt: new Date(Date.now() + hours * 3_600_000) });
  const link = `${publicUrl}/nulstil-adgangskode/${token}`;
  await queueMail(db, {
    to: user.email,
    subject: "Vælg en adgangskode til Helhed",
    body: `Brug dette link til at vælge en adgangskode til Helhed. Linket virker i ${hours} time${hours === 1 ? "" : "r"}:\n${link}\n\nHar du ikke bedt om det, kan du se bort fra denne mail.`,
  });
  return link;
}

/**
 * Someone asks for a reset link. The answer is the same whether the address exists or not
 * (no account enumeration); requests are rate-limited per address and per account.
 */
export async function requestPasswordReset(db: Database, input: { email: string; ip: string; publicUrl: string }) {
  const email = input.email.trim().toLowerCase();
  if (
    (await countAttempt(db, limits.resetAddress, input.ip)) > limits.resetAddress.limit ||
    (await countAttempt(db, limits.resetAccount, email)) > limits.resetAccount.limit
  )
    throw userError("rate-limited", "tooManyResets");
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user || user.disabledAt) return;
  await issueResetLink(db, user, input.publicUrl);
  await recordAudit(
    db,
    { kind: "system", reason: "password-reset" },
    { action: "auth.requestReset", resourceType: "user", resourceId: user.id, outcome: "allowed" },
  );
}

/** Whether a reset link is still valid (for showing the form). */
export async function resetLinkValid(db: Database, token: string): Promise<boolean> {
  const [row] = await db
    .select({ id: passwordResets.id })
    .from(passwordResets)
    .where(
      and(
        eq(passwordResets.id, hashToken(token)),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, new Date()),
      ),
    );
  return !!row;
}

/**
 * Sets a new password through a reset link. The link is used up atomically in the same
 * transaction (two requests with one link: one wins, the other is refused), every session ends,
 * and a lock from wrong passwords or codes is lifted.
 */
export async function resetPassword(db: Database, token: string, password: string) {
  const invalid = () => userError("reset-invalid", "resetLinkInvalid");
  const [row] = await db
    .select({ reset: passwordResets, user: users })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(
      and(
        eq(passwordResets.id, hashToken(token)),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, new Date()),
      ),
    );
  if (!row) throw invalid();
  const problems = await passwordProblems(password, row.user, await passwordContext(db, row.user.id));
  if (problems.length) throw weakPassword(problems[0], "password");
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const claimed = await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordResets.id, row.reset.id),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, new Date()),
        ),
      )
      .returning({ id: passwordResets.id });
    if (claimed.length === 0) throw invalid();
    await tx.update(users).set({ passwordHash, failedSignIns: 0, lockedUntil: null }).where(eq(users.id, row.user.id));
    await clearAttempts(tx, limits.account, row.user.id);
    await clearAttempts(tx, limits.totp, row.user.id);
    await revokeAllSessions(tx, row.user.id);
    await recordAudit(
      tx,
      { kind: "system", reason: "password-reset" },
      { action: "auth.resetPassword", resourceType: "user", resourceId: row.user.id, outcome: "allowed" },
    );
  });
}
