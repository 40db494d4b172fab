import { and, eq, inArray, isNull } from "drizzle-orm";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import { type DetailInput, userError } from "../../errors";
import type { Database } from "../client";
import * as t from "../schema";
import { insertPlan, type KeptIds } from "./write-plan";

/** The plan structure tables (not the logbook), cleared before a new version is written. */
const structureTables = [
  t.tocLinks,
  t.tocNodes,
  t.budgetAmounts,
  t.budgetLines,
  t.budgetSources,
  t.budgetFootnotes,
  t.budgetStatedTotals,
  t.governanceMembers,
  t.governanceGroups,
  t.milestones,
  t.criterionTargets,
  t.criteria,
  t.courseTypes,
  t.staffing,
  t.activityPartners,
  t.activities,
  t.focusAreas,
  t.planPartners,
  t.departments,
  t.areaStatistics,
  t.areas,
  t.planApprovals,
  t.planRoles,
];

/** Deletes a plan's structure rows, keeping the plan row and its logbook. */
export async function clearPlanStructure(db: Database, planId: string) {
  for (const table of structureTables) await db.delete(table).where(eq(table.planId, planId));
}

/**
 * What a new version of the plan would take away from the logbook: activities with registrations
 * and course types with courses. Each is a problem with a Danish message; none means it is safe.
 */
export async function logbookUseProblems(db: Database, planId: string, plan: PlanFile) {
  const old = await db
    .select({ id: t.activities.id, key: t.activities.key, title: t.activities.title })
    .from(t.activities)
    .where(eq(t.activities.planId, planId));
  const index = indexPlan(plan);
  const newKeys = new Set(index.activities.map((a) => a.activity.key));
  const removed = old.filter((a) => !newKeys.has(a.key));
  const problems: DetailInput[] = [];
  if (removed.length > 0) {
    const ids = removed.map((a) => a.id);
    const used = new Set<string>();
    for (const table of [
      t.events,
      t.courses,
      t.contacts,
      t.referrals,
      t.assessments,
      t.volunteerHours,
      t.rosterEntries,
      t.eventSeries,
    ]) {
      for (const row of await db
        .select({ activityId: table.activityId })
        .from(table)
        .where(inArray(table.activityId, ids)))
        used.add(row.activityId);
    }
    for (const a of removed.filter((x) => used.has(x.id)))
      problems.push({
        path: "focusAreas",
        key: "activityHasRecords",
        params: { title: a.title, key: a.key },
      });
  }
  const typesInUse = await db
    .selectDistinct({ courseType: t.courses.courseType })
    .from(t.courses)
    .where(and(eq(t.courses.planId, planId), isNull(t.courses.deletedAt)));
  const newTypes = new Set(index.courseTypes.map((c) => c.courseType.key));
  for (const { courseType } of typesInUse.filter((c) => !newTypes.has(c.courseType)))
    problems.push({
      path: "courseTypes",
      key: "courseTypeInUse",
      params: { courseType },
    });
  return { problems, old };
}

/**
 * Replaces a plan's structure with a new version while its logbook stays attached: activities
 * keep their ids by key. An activity or course type that the logbook uses cannot disappear.
 */
export async function replacePlanStructure(db: Database, planId: string, plan: PlanFile, organisationId: string) {
  const { problems, old } = await logbookUseProblems(db, planId, plan);
  if (problems.length > 0) throw userError("plan-in-use", "newVersionRemovesUsed", problems);

  const partners = await db
    .select({ key: t.planPartners.key, link: t.planPartners.linkedOrganisationId })
    .from(t.planPartners)
    .where(eq(t.planPartners.planId, planId));
  const kept: KeptIds = {
    planId,
    activityIds: new Map(old.map((a) => [a.key, a.id])),
    partnerLinks: new Map(partners.map((p) => [p.key, p.link])),
  };
  await clearPlanStructure(db, planId);
  return insertPlan(db, plan, organisationId, kept);
}
