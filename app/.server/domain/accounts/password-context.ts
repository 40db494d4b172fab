import { eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import { areas, memberships, organisations, plans } from "../../db/schema";

/**
 * The words around a user that an attacker would try first: the names of their organisations,
 * of those organisations' plans and of the plans' areas.
 */
export async function passwordContext(db: Database, userId: string): Promise<string[]> {
  const orgs = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId));
  if (orgs.length === 0) return [];
  const ids = orgs.map((o) => o.id);
  const planRows = await db
    .select({ id: plans.id, title: plans.title, slug: plans.slug })
    .from(plans)
    .where(inArray(plans.organisationId, ids));
  const areaRows = planRows.length
    ? await db
        .select({ name: areas.name })
        .from(areas)
        .where(
          inArray(
            areas.planId,
            planRows.map((p) => p.id),
          ),
        )
    : [];
  return [...orgs.map((o) => o.name), ...planRows.flatMap((p) => [p.title, p.slug]), ...areaRows.map((a) => a.name)];
}
