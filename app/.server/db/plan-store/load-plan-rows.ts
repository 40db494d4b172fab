import { asc, eq } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import * as t from "../schema";

type PlanPartTable = PgTable & { planId: AnyPgColumn; position: AnyPgColumn };

/** Loads every row of one plan, each table in the plan file's order. */
export async function loadPlanRows(db: Database, planId: string) {
  const parts = <T extends PlanPartTable>(table: T) =>
    db
      .select()
      .from(table as PgTable)
      .where(eq(table.planId, planId))
      .orderBy(asc(table.position)) as unknown as Promise<T["$inferSelect"][]>;
  const [[plan], partners, approvals, roles, areas, departments, statistics, focusAreas, activities] =
    await Promise.all([
      db.select().from(t.plans).where(eq(t.plans.id, planId)),
      parts(t.planPartners),
      parts(t.planApprovals),
      parts(t.planRoles),
      parts(t.areas),
      parts(t.departments),
      parts(t.areaStatistics),
      parts(t.focusAreas),
      parts(t.activities),
    ]);
  const [activityPartners, staffing, courseTypes, criteria, targets, milestones, groups, members] = await Promise.all([
    parts(t.activityPartners),
    parts(t.staffing),
    parts(t.courseTypes),
    parts(t.criteria),
    parts(t.criterionTargets),
    parts(t.milestones),
    parts(t.governanceGroups),
    parts(t.governanceMembers),
  ]);
  const [sources, lines, amounts, footnotes, statedTotals, tocNodes, tocLinks] = await Promise.all([
    parts(t.budgetSources),
    parts(t.budgetLines),
    parts(t.budgetAmounts),
    parts(t.budgetFootnotes),
    parts(t.budgetStatedTotals),
    parts(t.tocNodes),
    parts(t.tocLinks),
  ]);
  return {
    plan,
    partners,
    approvals,
    roles,
    areas,
    departments,
    statistics,
    focusAreas,
    activities,
    activityPartners,
    staffing,
    courseTypes,
    criteria,
    targets,
    milestones,
    groups,
    members,
    sources,
    lines,
    amounts,
    footnotes,
    statedTotals,
    tocNodes,
    tocLinks,
  };
}

/** All rows of one plan as loaded by `loadPlanRows`. */
export type PlanRowSet = Awaited<ReturnType<typeof loadPlanRows>>;
