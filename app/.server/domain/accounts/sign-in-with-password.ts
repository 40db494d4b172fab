import { eq } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import { hashPassword, verifyPassword } from "../../auth/passwords";
import { lockout, signInLimiter } from "../../auth/rate-limit";
import { createSession, type SessionRules } from "../../auth/sessions";
import type { Database } from "../../db/client";
import { users } from "../../db/schema";
import { userError } from "../../errors";
import { secondFactorRequired } from "../../http/middleware";

const wrong = () => userError("sign-in-failed", "E-mailadressen eller adgangskoden er forkert. Prøv igen.");
// Compared against when the e-mail is unknown, so an answer takes as long either way.
const dummyHash = hashPassword("ingen-bruger-har-denne-adgangskode");

/**
 * Signs in with e-mail and password. Wrong answers are counted: per address (rate limit, only failures) and
 * per account (locked for a while after too many in a row). Every attempt is audited, never
 * with the password. Returns the session token and whether a second factor is still owed.
 */
export async function signInWithPassword(
  db: Database,
  rules: SessionRules,
  input: { email: string; password: string; ip: string; userAgent: string },
  now = new Date(),
): Promise<{ token: string; needsSecondFactor: boolean }> {
  const wait = signInLimiter.waiting(`ip:${input.ip}`);
  if (wait > 0)
    throw userError(
      "rate-limited",
      `For mange forsøg fra din adresse. Vent ${Math.ceil(wait / 60)} minutter og prøv igen.`,
    );
  const email = input.email.trim().toLowerCase();
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
  if (!user?.passwordHash) {
    signInLimiter.hit(`ip:${input.ip}`);
    await verifyPassword(await dummyHash, input.password);
    await audit("denied", "unknown-user");
    throw wrong();
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await audit("denied", "locked");
    const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw userError(
      "locked",
      `Kontoen er låst i ${minutes} minutter efter for mange forkerte forsøg. Prøv igen senere, eller nulstil adgangskoden.`,
    );
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    signInLimiter.hit(`ip:${input.ip}`);
    const failed = user.failedSignIns + 1;
    const locked = failed >= lockout.attempts ? new Date(now.getTime() + lockout.minutes * 60_000) : null;
    await db
      .update(users)
      .set({ failedSignIns: locked ? 0 : failed, lockedUntil: locked })
      .where(eq(users.id, user.id));
    await audit("denied", locked ? "wrong-password-locked" : "wrong-password");
    throw wrong();
  }
  if (user.disabledAt) {
    await audit("denied", "disabled");
    throw userError("user-disabled", "Din konto er deaktiveret. Kontakt en administrator i din organisation.");
  }
  await db.update(users).set({ failedSignIns: 0, lockedUntil: null, lastSignInAt: now }).where(eq(users.id, user.id));
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
