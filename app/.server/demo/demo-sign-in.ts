import { asc, eq, like } from "drizzle-orm";
import type { Database } from "../db/client";
import { memberships, organisations, users } from "../db/schema";
import { demoPassword } from "./demo-accounts";

/** The demo accounts, for the sign-in page of a server started with --demo. */
export async function demoAccountsForSignIn(db: Database) {
  const rows = await db
    .select({ email: users.email, role: memberships.role, organisation: organisations.name })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(like(users.email, "%@demo.helhed.dk"))
    .orderBy(asc(users.email));
  return { password: demoPassword, accounts: rows };
}
