import { asc, count, desc, eq } from "drizzle-orm";
import { can, type UserActor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { planResources } from "../../db/repositories/access";
import { attendance, events } from "../../db/schema";
import { daysOfActivities } from "./days-of-activities";
import { type LogbookContext, loggableActivities, openLogbook } from "./logbook-context";
import { meetsWithRoster, takesNames } from "./session-screen";

/** A session as the log screens list it. */
export interface SessionItem {
  id: string;
  date: string;
  startTime: string | null;
  title: string | null;
  type: string;
  activityKey: string;
  activityTitle: string;
  attendees: number;
  headcount: number | null;
  /** Attendance is ticked by name: the session opens on its attendance screen. */
  named: boolean;
}

/** Events of some activities between two dates, with their attendance counts. */
export async function sessionsBetween(
  db: Database,
  ctx: LogbookContext,
  activityIds: string[],
  from: string,
  to: string,
  order: "asc" | "desc" = "asc",
  limit = 50,
): Promise<SessionItem[]> {
  if (activityIds.length === 0) return [];
  const rows = await db
    .select({
      id: events.id,
      date: events.date,
      startTime: events.startTime,
      title: events.title,
      type: events.type,
      activityId: events.activityId,
      headcount: events.headcount,
      attendees: count(attendance.id),
    })
    .from(events)
    .leftJoin(attendance, eq(attendance.eventId, events.id))
    .where(daysOfActivities(events, ctx.planId, activityIds, from, to))
    .groupBy(events.id)
    // The id last: sessions at the same time come in the same order on every read.
    .orderBy(order === "asc" ? asc(events.date) : desc(events.date), asc(events.startTime), asc(events.id))
    .limit(limit);
  return rows.map((r) => ({
    ...r,
    attendees: Number(r.attendees),
    activityKey: ctx.byId.get(r.activityId)?.key ?? "",
    named: takesNames(ctx, ctx.byId.get(r.activityId)?.key ?? ""),
    activityTitle: ctx.byId.get(r.activityId)?.title ?? "",
  }));
}

/**
 * The staff member's start page: per plan, the activities they log in, today's and tomorrow's sessions.
 * The page every staff member opens first: the plans are read with their access facts alone (no
 * counts of their parts), and a plan's two days of sessions in one query where they fit in one.
 * @example const plans = await logStart(db, actor, "2014-03-04");
 */
export async function logStart(db: Database, actor: UserActor, today: string) {
  const out = [];
  const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  for (const plan of (await planResources(db)).values()) {
    if (!can(actor, "plan.list", plan)) continue;
    const ctx = await openLogbook(db, actor, plan.slug, "plan.read");
    const mine = loggableActivities(ctx);
    if (mine.length === 0) continue;
    const days = await twoDays(
      db,
      ctx,
      mine.map((a) => a.id),
      today,
      tomorrow,
    );
    out.push({
      slug: plan.slug,
      title: plan.title,
      /** Today lies in the plan's period (else attendance opens on the nearest day of it). */
      running: ctx.plan.period.start <= today && today <= ctx.plan.period.end,
      activities: mine.map((a) => ({ key: a.key, title: a.title, named: meetsWithRoster(ctx, a.key) })),
      today: days.today,
      /** Tomorrow's sessions: kept on the phone with today's, for a day without connection. */
      tomorrow: days.tomorrow,
      tomorrowDate: tomorrow,
    });
  }
  return out;
}

/** The sessions of today and of tomorrow, at most `perDay` of each: one query, or two on a very full day. */
async function twoDays(
  db: Database,
  ctx: LogbookContext,
  activityIds: string[],
  today: string,
  tomorrow: string,
  perDay = 50,
) {
  const both = await sessionsBetween(db, ctx, activityIds, today, tomorrow, "asc", 2 * perDay);
  if (both.length < 2 * perDay) {
    // Every session of the two days came: each day's first `perDay`, as two queries would give.
    const of = (date: string) => both.filter((s) => s.date === date).slice(0, perDay);
    return { today: of(today), tomorrow: of(tomorrow) };
  }
  return {
    today: await sessionsBetween(db, ctx, activityIds, today, today, "asc", perDay),
    tomorrow: await sessionsBetween(db, ctx, activityIds, tomorrow, tomorrow, "asc", perDay),
  };
}
