import { eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { memberships, users } from "../../db/schema";

const frontline = new Set(["staff", "partnerStaff"]);

/**
 * Where a person lands after signing in when they asked for no page: frontline staff (only staff
 * or partner-staff memberships) on Log, where their day's work is; everyone else on the plans.
 * @example redirect(await landingPage(db, "sara@boligsocial.dk"));
 */
export async function landingPage(db: Database, email: string): Promise<string> {
  const roles = await db
    .select({ role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(users.email, email.trim().toLowerCase()));
  return roles.length > 0 && roles.every((r) => frontline.has(r.role)) ? "/log" : "/";
}
