import { inArray } from "drizzle-orm";
import type { UserActor } from "../../auth/policy";
import { can } from "../../auth/policy";
import type { Database } from "../../db/client";
import { organisations } from "../../db/schema";
import { listPlans } from "./list-plans";

/** What the "new plan" form offers: the organisations the user may create plans for, and plans to copy. */
export async function newPlanOptions(db: Database, actor: UserActor) {
  const ids = actor.memberships
    .filter((m) => can(actor, "plan.import", { type: "organisation", organisationId: m.organisationId }))
    .map((m) => m.organisationId);
  const orgs =
    ids.length === 0
      ? []
      : await db
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(inArray(organisations.id, ids));
  const plans = (await listPlans(db, actor)).map((p) => ({ slug: p.slug, title: p.title }));
  return { organisations: orgs.sort((a, b) => a.name.localeCompare(b.name, "da")), plans };
}
