import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { hashPassword } from "../auth/passwords";
import type { Database } from "../db/client";
import { findOrCreateOrganisation } from "../db/repositories/organisations";
import {
  activities,
  activityAssignments,
  activityPartners,
  memberships,
  planPartners,
  planShares,
  plans,
  users,
} from "../db/schema";
import type { Role } from "../db/schema/accounts";
import { type ExampleLoad, loadExamplePlans } from "../domain/plans/load-example-plans";
import { demoEmail, demoPassword, ownerAccounts, portfolio } from "./demo-accounts";
import { addDemoLogbooks } from "./demo-logbooks";

/**
 * Loads the example plans and gives each a set of demo accounts: for the owner an administrator,
 * a plan manager, a staff member (assigned to the first activities) and a steering-group reader;
 * the first responsible partner becomes an organisation with a partner-staff account, and a
 * portfolio reader sees every plan. Safe to run again: it only adds what is missing. Example plans
 * without logbook data get a demo logbook (see demo-logbooks.ts).
 */
export async function loadDemo(db: Database, options: { onlyMissing?: boolean } = {}): Promise<ExampleLoad> {
  const loaded = await loadExamplePlans(db, options);
  const passwordHash = await hashPassword(demoPassword);
  const user = async (email: string, name: string) => {
    const [found] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (found) return found.id;
    const id = randomUUID();
    await db.insert(users).values({ id, email, name, passwordHash });
    return id;
  };
  const member = async (organisationId: string, userId: string, role: Role, sensitiveAccess: boolean) => {
    await db
      .insert(memberships)
      .values({ id: randomUUID(), organisationId, userId, role, sensitiveAccess })
      .onConflictDoNothing();
  };
  const portfolioOrg = await findOrCreateOrganisation(db, portfolio.name);
  await member(portfolioOrg, await user(portfolio.email, portfolio.userName), "portfolioReader", false);

  for (const plan of await db.select().from(plans)) {
    const ids: Record<string, string> = {};
    for (const a of ownerAccounts) {
      ids[a.prefix] = await user(demoEmail(a.prefix, plan.slug), a.name);
      await member(plan.organisationId, ids[a.prefix], a.role, a.sensitiveAccess);
    }
    const acts = await db.select().from(activities).where(eq(activities.planId, plan.id)).orderBy(activities.position);
    for (const a of acts.filter((x) => !x.parentId).slice(0, 2))
      await db
        .insert(activityAssignments)
        .values({ id: randomUUID(), organisationId: plan.organisationId, userId: ids.medarbejder, activityId: a.id })
        .onConflictDoNothing();
    await db
      .insert(planShares)
      .values({ id: randomUUID(), planId: plan.id, organisationId: portfolioOrg })
      .onConflictDoNothing();
    const [responsible] = await db
      .select({ partner: planPartners })
      .from(activityPartners)
      .innerJoin(planPartners, eq(planPartners.id, activityPartners.partnerId))
      .where(and(eq(activityPartners.planId, plan.id), eq(activityPartners.role, "responsible")))
      .orderBy(activityPartners.position);
    if (!responsible) continue;
    const partnerOrg = await findOrCreateOrganisation(db, responsible.partner.name);
    if (partnerOrg === plan.organisationId) continue;
    await db
      .update(planPartners)
      .set({ linkedOrganisationId: partnerOrg })
      .where(eq(planPartners.id, responsible.partner.id));
    await db
      .insert(planShares)
      .values({ id: randomUUID(), planId: plan.id, organisationId: partnerOrg })
      .onConflictDoNothing();
    const partnerUser = await user(demoEmail("partner", plan.slug), `Per Partner (${responsible.partner.name})`);
    await member(partnerOrg, partnerUser, "partnerStaff", false);
  }
  await addDemoLogbooks(db, { today: new Date().toISOString().slice(0, 10) });
  return loaded;
}
