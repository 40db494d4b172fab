import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { loadActor } from "~/.server/auth/load-actor";
import { FieldCipher } from "~/.server/crypto/field-encryption";
import type { Database } from "~/.server/db/client";
import { findOrCreateOrganisation } from "~/.server/db/repositories/organisations";
import { activities, activityAssignments, memberships, organisations, plans, users } from "~/.server/db/schema";
import type { Role } from "~/.server/db/schema/accounts";
import { importPlan } from "~/.server/domain/plans/import-plan";

/** Imports the logbook test plan and makes users in its organisation; returns actors by name. */
export async function setUpLogbookPlan(db: Database) {
  const text = readFileSync(new URL("../fixtures/logbook-plan.yaml", import.meta.url), "utf8");
  await importPlan(db, { kind: "system", reason: "test" }, { text });
  const org = await findOrCreateOrganisation(db, "Testboligselskabet");
  await db.update(organisations).set({ personNamesEnabled: true }).where(eq(organisations.id, org));
  const [plan] = await db.select().from(plans).where(eq(plans.slug, "logbog-test"));
  const acts = await db.select().from(activities).where(eq(activities.planId, plan.id));
  const make = async (name: string, role: Role, sensitiveAccess: boolean, assigned: string[] = []) => {
    const id = randomUUID();
    await db.insert(users).values({ id, email: `${name}@test.dk`, name });
    await db.insert(memberships).values({ id: randomUUID(), organisationId: org, userId: id, role, sensitiveAccess });
    for (const key of assigned) {
      const activity = acts.find((a) => a.key === key);
      if (activity)
        await db
          .insert(activityAssignments)
          .values({ id: randomUUID(), organisationId: org, userId: id, activityId: activity.id });
    }
    return loadActor(db, { id, email: `${name}@test.dk`, name });
  };
  return {
    org,
    planId: plan.id,
    cipher: new FieldCipher(randomBytes(32)),
    manager: await make("manager", "planManager", true),
    lektieStaff: await make("lektie", "staff", false, ["lektiecafe"]),
    jobStaff: await make("jobstaff", "staff", false, ["jobforloeb"]),
    reader: await make("reader", "steeringReader", false),
  };
}
