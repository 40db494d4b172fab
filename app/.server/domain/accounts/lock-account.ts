import { eq } from "drizzle-orm";
import { lockMinutes } from "../../auth/rate-limit";
import { revokeAllSessions } from "../../auth/sessions";
import type { Database } from "../../db/client";
import { users } from "../../db/schema";
import { queueMail } from "../../mail/mail";

const why = {
  password: "forkert adgangskode",
  totp: "forkert kode fra godkendelsesappen (nogen kender altså din adgangskode)",
} as const;

/**
 * Locks an account for a while after too many wrong passwords or second-factor codes, ends its
 * sessions and tells the owner by mail (the sign-in page tells nobody, so it reveals nothing).
 * The attempt counter is left as it is: its window ends no later than the lock, and clearing it
 * would let guesses already in flight (which read the account before it was locked) start a
 * fresh count and be checked.
 */
export async function lockAccount(
  db: Database,
  user: { id: string; email: string },
  cause: keyof typeof why,
  publicUrl = "",
  now = new Date(),
) {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ lockedUntil: new Date(now.getTime() + lockMinutes * 60_000) })
      .where(eq(users.id, user.id));
    await revokeAllSessions(tx, user.id, undefined, now);
    await queueMail(tx, {
      to: user.email,
      subject: "Din konto i Helhed er midlertidigt spærret",
      body: [
        `Der er forsøgt logget ind på din konto i Helhed for mange gange med ${why[cause]}.`,
        `Kontoen er derfor spærret i ${lockMinutes} minutter fra ${now.toISOString().slice(0, 16).replace("T", " ")} (UTC).`,
        "",
        "Var det dig, kan du bare prøve igen senere. Var det ikke dig, så vælg en ny adgangskode:",
        `${publicUrl}/nulstil-adgangskode`,
      ].join("\n"),
    });
  });
}
