import { eq } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import { hashPassword, verifyPassword } from "../../auth/passwords";
import { clearAttempts, countAttempt, limits, refundAttempt } from "../../auth/rate-limit";
import { secondFactorRequired } from "../../auth/second-factor";
import { createSession, type SessionRules } from "../../auth/sessions";
import type { Database } from "../../db/client";
import { users } from "../../db/schema";
import { userError } from "../../errors";
import { lockAccount } from "./lock-account";

/** The one answer for an unknown e-mail, a wrong password, a locked account and a limit reached. */
export const signInRefused = () => userError("sign-in-failed", "signInFailed");
// Compared against when no real check is made, so every refusal takes as long as a wrong password.
const dummyHash = hashPassword("ingen-bruger-har-denne-adgangskode");

type Attempt = { email: string; password: string; ip: string; userAgent: string; publicUrl?: string };

/**
 * Signs in with e-mail and password. Every attempt is counted in the database *before* the
 * password is checked — per address and account, per address, per account — so parallel guesses
 * cannot get past a limit; the tenth wrong password locks the account and mails its owner.
 * Unknown, wrong, locked and limited all get the same answer. Every attempt is audited, never
 * with the password. Returns the session token and whether a second factor is still owed.
 */
export async function signInWithPassword(
  db: Database,
  rules: SessionRules,
  input: Attempt,
  now = new Date(),
): Promise<{ token: string; needsSecondFactor: boolean }> {
  const email = input.email.trim().toLowerCase().slice(0, 320);
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const audit = (outcome: "allowed" | "denied", reason: string) =>
    recordAudit(
      db,
      user
        ? {
            kind: "user",
            userId: user.id,
            email: user.email,
            name: user.name,
            memberships: [],
            assignedActivityIds: new Set(),
          }
        : { kind: "system", reason: "sign-in" },
      {
        action: "auth.signIn",
        resourceType: "user",
        resourceId: user?.id,
        outcome,
        details: { method: "password", reason, ip: input.ip },
      },
    );
  const refuse = async (reason: string): Promise<never> => {
    await verifyPassword(await dummyHash, input.password);
    await audit("denied", reason);
    throw signInRefused();
  };
  if ((await countAttempt(db, limits.addressAccount, `${input.ip}|${email}`, now)) > limits.addressAccount.limit)
    return refuse("address-account-limit");
  if ((await countAttempt(db, limits.address, input.ip, now)) > limits.address.limit) return refuse("address-limit");
  if (!user?.passwordHash) return refuse("unknown-user");
  if (user.lockedUntil && user.lockedUntil > now) return refuse("locked");
  const failures = await countAttempt(db, limits.account, user.id, now);
  if (failures > limits.account.limit) return refuse("account-limit");
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    // Exactly one attempt sees the limit reached (the count is atomic): it locks and mails, once.
    const locks = failures === limits.account.limit;
    if (locks) await lockAccount(db, user, "password", input.publicUrl, now);
    await audit("denied", locks ? "wrong-password-locked" : "wrong-password");
    throw signInRefused();
  }
  if (user.disabledAt) {
    await audit("denied", "disabled");
    throw userError("user-disabled", "accountDisabled");
  }
  await clearAttempts(db, limits.account, user.id);
  await clearAttempts(db, limits.addressAccount, `${input.ip}|${email}`);
  await refundAttempt(db, limits.address, input.ip);
  await db.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
  const needsSecondFactor = await secondFactorRequired(db, user);
  const token = await createSession(
    db,
    rules,
    {
      userId: user.id,
      method: "password",
      secondFactorDone: !needsSecondFactor,
      ip: input.ip,
      userAgent: input.userAgent,
    },
    now,
  );
  await audit("allowed", needsSecondFactor ? "password-ok-second-factor-owed" : "ok");
  return { token, needsSecondFactor };
}
