import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { loadActor } from "~/.server/auth/load-actor";
import type { Database } from "~/.server/db/client";
import { findOrCreateOrganisation } from "~/.server/db/repositories/organisations";
import { memberships, planPartners, planShares, users } from "~/.server/db/schema";

/**
 * Links the logbook test plan's partner "dfh" (responsible for the lektiecafé) to an organisation
 * of its own, shares the plan with it and makes a partner staff member there.
 */
export async function addPartnerStaff(db: Database, planId: string, sensitiveAccess = true) {
  const org = await findOrCreateOrganisation(db, "Dansk Flygtningehjælp");
  await db
    .update(planPartners)
    .set({ linkedOrganisationId: org })
    .where(and(eq(planPartners.planId, planId), eq(planPartners.key, "dfh")));
  await db.insert(planShares).values({ id: randomUUID(), planId, organisationId: org }).onConflictDoNothing();
  const id = randomUUID();
  const email = `partner-${id.slice(0, 6)}@dfh.test`;
  await db.insert(users).values({ id, email, name: "Partner" });
  await db
    .insert(memberships)
    .values({ id: randomUUID(), organisationId: org, userId: id, role: "partnerStaff", sensitiveAccess });
  return loadActor(db, { id, email, name: "Partner" });
}
