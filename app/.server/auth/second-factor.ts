import { eq, inArray } from "drizzle-orm";
import type { Database } from "../db/client";
import { memberships, organisations } from "../db/schema";

/** A second factor is owed when the user has TOTP, or one of their organisations requires it. */
export async function secondFactorRequired(db: Database, user: { id: string; totpEnabled: boolean }) {
  if (user.totpEnabled) return true;
  const orgs = await db
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .where(eq(memberships.userId, user.id));
  if (orgs.length === 0) return false;
  const rows = await db
    .select({ requireTotp: organisations.requireTotp })
    .from(organisations)
    .where(
      inArray(
        organisations.id,
        orgs.map((o) => o.organisationId),
      ),
    );
  return rows.some((r) => r.requireTotp);
}
