import { and, eq, isNull } from "drizzle-orm";
import type { LogbookFacts } from "~/measures/facts";
import type { Database } from "../../../db/client";
import { activities, criterionValues, focusAreas, milestones, milestoneUpdates } from "../../../db/schema";
import { planSeriesValues } from "../../attainment/entered-figures";

/** The plan's activities with their focus area's key. */
export async function readActivities(db: Database, planId: string): Promise<LogbookFacts["activities"]> {
  const [acts, fas] = await Promise.all([
    db
      .select({
        id: activities.id,
        key: activities.key,
        parentId: activities.parentId,
        focusAreaId: activities.focusAreaId,
      })
      .from(activities)
      .where(eq(activities.planId, planId))
      .orderBy(activities.id),
    db
      .select({ id: focusAreas.id, key: focusAreas.key })
      .from(focusAreas)
      .where(eq(focusAreas.planId, planId))
      .orderBy(focusAreas.id),
  ]);
  const faKey = new Map(fas.map((f) => [f.id, f.key]));
  return acts.map((a) => ({
    id: a.id,
    key: a.key,
    parentId: a.parentId,
    focusAreaKey: faKey.get(a.focusAreaId) ?? "",
  }));
}

/** Figures entered per criterion and period. */
export async function readCriterionValues(db: Database, planId: string): Promise<LogbookFacts["values"]> {
  const values = await db
    .select({
      criterionKey: criterionValues.criterionKey,
      period: criterionValues.period,
      value: criterionValues.value,
      source: criterionValues.source,
    })
    .from(criterionValues)
    .where(and(eq(criterionValues.planId, planId), isNull(criterionValues.deletedAt)))
    .orderBy(criterionValues.id);
  return values.map((v) => ({ ...v, source: v.source ?? undefined }));
}

/** Figures of the plan's named series. */
export async function readSeriesValues(db: Database, planId: string): Promise<LogbookFacts["seriesValues"]> {
  const series = await planSeriesValues(db, planId);
  return series.map((v) => ({
    seriesKey: v.seriesKey,
    period: v.period,
    value: v.value,
    comparisonValue: v.comparisonValue ?? undefined,
    source: v.source ?? undefined,
  }));
}

/** The plan's milestones as their latest follow-up update says (done with a date, postponed, dropped). */
export async function readMilestones(db: Database, planId: string): Promise<LogbookFacts["milestones"]> {
  const [ms, updates] = await Promise.all([
    db
      .select({ key: milestones.key, status: milestones.status, doneDate: milestones.doneDate })
      .from(milestones)
      .where(eq(milestones.planId, planId))
      .orderBy(milestones.id),
    db
      .select({
        key: milestoneUpdates.milestoneKey,
        status: milestoneUpdates.status,
        doneDate: milestoneUpdates.doneDate,
      })
      .from(milestoneUpdates)
      .where(eq(milestoneUpdates.planId, planId))
      .orderBy(milestoneUpdates.createdAt, milestoneUpdates.id),
  ]);
  const latest = new Map(updates.map((u) => [u.key, u]));
  return ms.map((m) => {
    const u = latest.get(m.key);
    return u ? { key: m.key, status: u.status, doneDate: u.doneDate } : m;
  });
}
