import { and, desc, eq, inArray, isNull, lte } from "drizzle-orm";
import type { PlanFile } from "~/plan-format/plan";
import { descendantsOf, indexPlan } from "~/plan-format/plan-index";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { activities, attendance, courses, events } from "../../db/schema";

/**
 * An activity's latest events (date, type, attendance) and its courses counted by stage or
 * outcome: numbers only, so everyone who may see målopfyldelse may see them.
 */
export async function activityRecent(
  db: Database,
  _actor: Actor,
  planId: string,
  plan: PlanFile,
  key: string,
  today = new Date().toISOString().slice(0, 10),
  ongoing = "i gang",
) {
  const found = indexPlan(plan).activities.find((a) => a.activity.key === key)?.activity;
  const keys = new Set(found ? [found, ...descendantsOf(found)].map((a) => a.key) : []);
  const ids = (
    await db.select({ id: activities.id, key: activities.key }).from(activities).where(eq(activities.planId, planId))
  )
    .filter((a) => keys.has(a.key))
    .map((a) => a.id);
  if (ids.length === 0) return { events: [], courses: [] };
  const latest = await db
    .select({ id: events.id, date: events.date, type: events.type, headcount: events.headcount })
    .from(events)
    .where(
      and(
        eq(events.planId, planId),
        inArray(events.activityId, ids),
        isNull(events.deletedAt),
        lte(events.date, today),
      ),
    )
    .orderBy(desc(events.date))
    .limit(10);
  const present =
    latest.length === 0
      ? []
      : await db
          .select({ eventId: attendance.eventId })
          .from(attendance)
          .where(
            inArray(
              attendance.eventId,
              latest.map((e) => e.id),
            ),
          );
  const named = new Map<string, number>();
  for (const p of present) named.set(p.eventId, (named.get(p.eventId) ?? 0) + 1);
  const types = new Map(indexPlan(plan).courseTypes.map((c) => [c.courseType.key, c.courseType]));
  const all = await db
    .select({ courseType: courses.courseType, outcome: courses.outcome })
    .from(courses)
    .where(and(eq(courses.planId, planId), inArray(courses.activityId, ids), isNull(courses.deletedAt)));
  const byLabel = new Map<string, number>();
  for (const c of all) {
    const type = types.get(c.courseType);
    const where = c.outcome ? (type?.outcomes.find((o) => o.key === c.outcome)?.name ?? c.outcome) : ongoing;
    const label = `${type?.name ?? c.courseType}: ${where}`;
    byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
  }
  return {
    events: latest.map((e) => ({ id: e.id, date: e.date, type: e.type, count: named.get(e.id) || e.headcount })),
    courses: [...byLabel].map(([label, count]) => ({ label, count })),
  };
}
