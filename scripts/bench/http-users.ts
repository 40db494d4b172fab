// Users with sessions for the HTTP benchmarks: members of the plan's organisation, signed in.
import { randomUUID } from "node:crypto";
import { createSession } from "~/.server/auth/sessions";
import type { Database } from "~/.server/db/client";
import { memberships, users } from "~/.server/db/schema";
import type { Role } from "~/.server/db/schema/accounts";

/** Session tokens of `n` new members with the role in the organisation (signed in, second factor done). */
export async function signedInMembers(db: Database, organisationId: string, role: Role, n: number) {
  const tokens: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = randomUUID();
    await db.insert(users).values({ id, email: `bench-${id}@test.dk`, name: `Bench ${i + 1}` });
    await db.insert(memberships).values({ id: randomUUID(), organisationId, userId: id, role, sensitiveAccess: false });
    tokens.push(
      await createSession(
        db,
        { idleMinutes: 600, maxHours: 12 },
        { userId: id, method: "password", secondFactorDone: true },
      ),
    );
  }
  return tokens;
}
