import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Resource } from "../../auth/policy";
import type { Database } from "../client";
import { prepared } from "../prepared";
import { activities, activityPartners, planPartners, planShares, plans } from "../schema";

export type PlanResource = Extract<Resource, { type: "plan" }>;

/** The access facts of a plan: its owner and the organisations it is shared with. */
export async function planResources(
  db: Database,
  planIds?: string[],
): Promise<Map<string, PlanResource & { slug: string }>> {
  const rows = await db
    .select({ id: plans.id, slug: plans.slug, organisationId: plans.organisationId })
    .from(plans)
    .where(planIds ? inArray(plans.id, planIds) : undefined);
  const shares = await db
    .select({ planId: planShares.planId, organisationId: planShares.organisationId })
    .from(planShares)
    .where(planIds ? inArray(planShares.planId, planIds) : undefined);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        type: "plan" as const,
        slug: r.slug,
        organisationId: r.organisationId,
        sharedWith: shares.filter((s) => s.planId === r.id).map((s) => s.organisationId),
      },
    ]),
  );
}

/** The access facts of the plan with this slug and its document's revision, or undefined. */
export async function planResourceBySlug(db: Database, slug: string) {
  // One query (every page of a plan asks): the plan and the organisations it is shared with.
  const [row] = await prepared(db, "plan_by_slug", (d) =>
    d
      .select({
        id: plans.id,
        revision: plans.contentRevision,
        organisationId: plans.organisationId,
        sharedWith: sql<string[]>`coalesce((SELECT array_agg(${planShares.organisationId}::text)
          FROM ${planShares} WHERE ${planShares.planId} = ${plans.id}), '{}'::text[])`,
      })
      .from(plans)
      .where(eq(plans.slug, sql.placeholder("slug")))
      .prepare("plan_by_slug"),
  ).execute({ slug });
  if (!row) return undefined;
  const resource: PlanResource & { slug: string } = {
    type: "plan",
    slug,
    organisationId: row.organisationId,
    sharedWith: row.sharedWith,
  };
  return { planId: row.id, revision: row.revision, resource };
}

/** Every activity of a plan with the organisations responsible for it (for partner scoping). */
export async function activityResponsibility(db: Database, planId: string) {
  const acts = await db
    .select({ id: activities.id, key: activities.key })
    .from(activities)
    .where(eq(activities.planId, planId));
  const links = await db
    .select({ activityId: activityPartners.activityId, organisationId: planPartners.linkedOrganisationId })
    .from(activityPartners)
    .innerJoin(planPartners, eq(planPartners.id, activityPartners.partnerId))
    .where(
      and(
        eq(activityPartners.planId, planId),
        eq(activityPartners.role, "responsible"),
        isNotNull(planPartners.linkedOrganisationId),
      ),
    );
  return acts.map((a) => ({
    id: a.id,
    key: a.key,
    responsibleOrganisationIds: links.filter((l) => l.activityId === a.id).map((l) => l.organisationId as string),
  }));
}
