import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Resource } from "../../auth/policy";
import type { Database } from "../client";
import { prepared } from "../prepared";
import { activities, plans } from "../schema";

export type PlanResource = Extract<Resource, { type: "plan" }>;

/**
 * The organisations a plan is shared with, as a column of a query on `plans`. Written out with the
 * table named: Drizzle leaves column names unqualified in a select from one table, where "id" in a
 * subquery would be the subquery's own.
 */
const sharedWith = sql<string[]>`coalesce((SELECT array_agg(s.organisation_id::text)
  FROM plan_shares s WHERE s.plan_id = "plans"."id"), '{}'::text[])`;

/** The access facts of a plan: its owner and the organisations it is shared with. */
export async function planResources(
  db: Database,
  planIds?: string[],
): Promise<Map<string, PlanResource & { slug: string; title: string }>> {
  const rows = await db
    .select({ id: plans.id, slug: plans.slug, title: plans.title, organisationId: plans.organisationId, sharedWith })
    .from(plans)
    .where(planIds ? inArray(plans.id, planIds) : undefined)
    .orderBy(asc(plans.title));
  // In the order of their titles (a Map keeps it), as the lists show plans.
  return new Map(
    rows.map((r) => [
      r.id,
      {
        type: "plan" as const,
        slug: r.slug,
        title: r.title,
        organisationId: r.organisationId,
        sharedWith: r.sharedWith,
      },
    ]),
  );
}

/** A plan found by its slug, with what its access is checked against. */
export type FoundPlan = NonNullable<Awaited<ReturnType<typeof planResourceBySlug>>>;

/** The access facts of the plan with this slug and its document's revision, or undefined. */
export async function planResourceBySlug(db: Database, slug: string) {
  // One query (every page of a plan asks): the plan and the organisations it is shared with.
  const [row] = await prepared(db, "plan_by_slug", (d) =>
    d
      .select({
        id: plans.id,
        revision: plans.contentRevision,
        organisationId: plans.organisationId,
        sharedWith,
      })
      .from(plans)
      .where(eq(plans.slug, sql.placeholder("slug"))),
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

/** Every activity of a plan with the organisations responsible for it (for partner scoping): one prepared query. */
export async function activityResponsibility(db: Database, planId: string) {
  return prepared(db, "activity_responsibility", (d) =>
    d
      .select({
        id: activities.id,
        key: activities.key,
        // Table names written out (see sharedWith).
        responsibleOrganisationIds: sql<string[]>`coalesce((SELECT array_agg(pp.linked_organisation_id::text)
          FROM activity_partners ap JOIN plan_partners pp ON pp.id = ap.partner_id
          WHERE ap.activity_id = "activities"."id" AND ap.role = 'responsible'
            AND pp.linked_organisation_id IS NOT NULL), '{}'::text[])`,
      })
      .from(activities)
      .where(eq(activities.planId, sql.placeholder("planId"))),
  ).execute({ planId });
}
