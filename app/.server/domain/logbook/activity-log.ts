import { and, asc, eq, isNull } from "drizzle-orm";
import type { Database } from "../../db/client";
import { courses, participants } from "../../db/schema";
import { roster } from "./find-participants";
import { sessionsBetween } from "./log-start";
import { courseTypesOf, type LogbookContext, requireActivity } from "./logbook-context";
import { recentContacts } from "./recent-contacts";
import { meetsWithRoster } from "./session-screen";

const shift = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * An activity's logbook page: roster, sessions around the working day (today, or the plan's
 * last day for a plan that has ended), recent contacts, open courses, and the words and course
 * types to log with.
 */
export async function activityLog(db: Database, ctx: LogbookContext, activityKey: string, today: string) {
  const activity = await requireActivity(db, ctx, activityKey, "logbook.read");
  const day =
    today > ctx.plan.period.end ? ctx.plan.period.end : today < ctx.plan.period.start ? ctx.plan.period.start : today;
  const ids = [activity.id, ...ctx.activities.filter((a) => a.parentId === activity.id).map((a) => a.id)];
  const [people, upcoming, recent, contactsLogged, open] = await Promise.all([
    roster(db, ctx, activity.id),
    sessionsBetween(db, ctx, ids, day, shift(day, 14), "asc", 20),
    sessionsBetween(db, ctx, ids, shift(day, -60), shift(day, -1), "desc", 30),
    recentContacts(db, ctx, ids, shift(day, -60), day),
    db
      .select({
        id: courses.id,
        courseType: courses.courseType,
        startDate: courses.startDate,
        code: participants.code,
        initials: participants.initials,
      })
      .from(courses)
      .innerJoin(participants, eq(participants.id, courses.participantId))
      .where(and(eq(courses.activityId, activity.id), isNull(courses.deletedAt), isNull(courses.outcome)))
      .orderBy(asc(courses.startDate))
      .limit(100),
  ]);
  const types = courseTypesOf(ctx);
  return {
    activity: { key: activity.key, title: activity.title },
    workingDay: day,
    planEnded: today > ctx.plan.period.end,
    named: meetsWithRoster(ctx, activity.key),
    roster: people,
    upcoming,
    recent,
    /** Contacts of the last 60 days, newest first. */
    contacts: contactsLogged,
    openCourses: open.map((c) => ({
      ...c,
      courseTypeName: types.find((t) => t.key === c.courseType)?.name ?? c.courseType,
    })),
    courseTypes: types.map((t) => ({ key: t.key, name: t.name, own: t.activityKey === activity.key })),
  };
}
