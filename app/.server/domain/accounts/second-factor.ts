import { eq } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import type { UserActor } from "../../auth/policy";
import { clearAttempts, countAttempt, limits } from "../../auth/rate-limit";
import { completeSecondFactor } from "../../auth/sessions";
import { newTotpSecret, totpUri, verifyTotp } from "../../auth/totp";
import type { FieldCipher } from "../../crypto/field-encryption";
import type { Database } from "../../db/client";
import { users } from "../../db/schema";
import { userError } from "../../errors";
import { lockAccount } from "./lock-account";

/**
 * What the second-factor page shows: a code field, or — for a user whose organisation requires
 * TOTP but who has none yet — a new secret to add to an authenticator app (kept until confirmed).
 */
export async function secondFactorState(db: Database, cipher: FieldCipher, actor: UserActor) {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (user.totpEnabled) return { enrolled: true as const };
  let secret = cipher.decryptOptional(user.totpSecret);
  if (!secret) {
    secret = newTotpSecret();
    await db
      .update(users)
      .set({ totpSecret: cipher.encrypt(secret) })
      .where(eq(users.id, user.id));
  }
  return { enrolled: false as const, secret, uri: totpUri(secret, user.email) };
}

const wrongCode = () => userError("wrong-code", "totpWrong");

/**
 * Checks a TOTP code for the session: confirms enrolment the first time, refuses a code that
 * was already used, and marks the session's second factor as given. Codes are counted per
 * account in the database before they are checked, whatever the session: the fifth wrong one
 * locks the account, ends its sessions and mails the owner.
 */
export async function verifySecondFactor(
  db: Database,
  cipher: FieldCipher,
  actor: UserActor,
  sessionId: string,
  code: string,
  now = Date.now(),
  publicUrl = "",
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  const audit = (outcome: "allowed" | "denied", reason: string) =>
    recordAudit(db, actor, {
      action: "auth.secondFactor",
      resourceType: "user",
      resourceId: user.id,
      outcome,
      details: { reason },
    });
  const attempts = await countAttempt(db, limits.totp, user.id, new Date(now));
  if ((user.lockedUntil && user.lockedUntil.getTime() > now) || attempts > limits.totp.limit) {
    await audit("denied", "locked");
    throw wrongCode();
  }
  const secret = cipher.decryptOptional(user.totpSecret);
  const step = secret ? verifyTotp(secret, code, now) : undefined;
  const reused = step !== undefined && user.totpLastStep !== null && step <= user.totpLastStep;
  if (step === undefined || reused) {
    const locks = attempts === limits.totp.limit;
    if (locks) await lockAccount(db, user, "totp", publicUrl, new Date(now));
    await audit("denied", locks ? "wrong-code-locked" : reused ? "code-reused" : "wrong-code");
    throw wrongCode();
  }
  await clearAttempts(db, limits.totp, user.id);
  await db.update(users).set({ totpEnabled: true, totpLastStep: step }).where(eq(users.id, user.id));
  await completeSecondFactor(db, sessionId);
  await audit("allowed", user.totpEnabled ? "ok" : "enrolled");
}
