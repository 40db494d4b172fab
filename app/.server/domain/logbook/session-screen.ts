import { and, asc, eq, isNull } from "drizzle-orm";
import { indexPlan } from "~/plan-format/plan-index";
import type { Database } from "../../db/client";
import { attendance, events, participants } from "../../db/schema";
import { roster } from "./find-participants";
import { type LogActivity, type LogbookContext, mayOn, requireActivity } from "./logbook-context";
import { personSettings } from "./person-settings";
import { usualEventType } from "./usual-event-type";

/** A date moved inside the plan's period (for plans that have ended or not begun). */
export function dayInPeriod(day: string, period: { start: string; end: string }): string {
  if (day > period.end) return period.end;
  return day < period.start ? period.start : day;
}

/** Whether an activity's attendance may be ticked by name (every mode but headcount only). */
export function takesNames(ctx: LogbookContext, activityKey: string): boolean {
  return attendanceMode(ctx, activityKey) !== "headcount";
}

/** Whether an activity meets as sessions with a roster (named or both): it gets "Fremmøde i dag". */
export function meetsWithRoster(ctx: LogbookContext, activityKey: string): boolean {
  const mode = attendanceMode(ctx, activityKey);
  return mode === "named" || mode === "both";
}

function attendanceMode(ctx: LogbookContext, activityKey: string) {
  return indexPlan(ctx.plan).activities.find((a) => a.activity.key === activityKey)?.activity.attendance?.mode;
}

/** The first live event of an activity on a day (a series has made it, or someone logged it). */
export async function eventOn(db: Database, ctx: LogbookContext, activity: LogActivity, date: string) {
  const [event] = await db
    .select({ id: events.id })
    .from(events)
    .where(
      and(
        eq(events.planId, ctx.planId),
        eq(events.activityId, activity.id),
        eq(events.date, date),
        isNull(events.deletedAt),
      ),
    )
    .orderBy(asc(events.startTime), asc(events.createdAt))
    .limit(1);
  return event ?? null;
}

/**
 * The attendance screen of a session: the activity's roster with who is ticked, opened on an
 * event (by id) or on a day (today inside the plan period by default) whose event may not exist
 * yet; saving creates it. Also what the inline "+ ny deltager" needs.
 * @example const screen = await sessionScreen(db, ctx, "lektiecafe", { date: "2014-03-04" }, today());
 */
export async function sessionScreen(
  db: Database,
  ctx: LogbookContext,
  activityKey: string,
  at: { eventId?: string; date?: string },
  today: string,
) {
  const activity = await requireActivity(db, ctx, activityKey, "logbook.write");
  const event = at.eventId ? await eventById(db, ctx, activity, at.eventId) : null;
  const date = event?.date ?? dayInPeriod(at.date || today, ctx.plan.period);
  const eventId = event?.id ?? (await eventOn(db, ctx, activity, date))?.id ?? null;
  const [people, present, settings] = await Promise.all([
    roster(db, ctx, activity.id),
    eventId
      ? db
          .select({
            id: participants.id,
            code: participants.code,
            initials: participants.initials,
            birthYear: participants.birthYear,
          })
          .from(attendance)
          .innerJoin(participants, eq(participants.id, attendance.participantId))
          .where(eq(attendance.eventId, eventId))
      : Promise.resolve([]),
    personSettings(db, ctx),
  ]);
  const onRoster = new Set(people.map((p) => p.id));
  return {
    activity: { key: activity.key, title: activity.title },
    eventId,
    date,
    isToday: date === today,
    period: ctx.plan.period,
    eventTypes: ctx.plan.logbook?.eventTypes ?? [],
    defaultType: await usualEventType(db, ctx, activity),
    people: [...people, ...present.filter((p) => !onRoster.has(p.id))].map((p) => ({
      id: p.id,
      code: p.code,
      initials: p.initials,
      birthYear: p.birthYear,
    })),
    present: present.map((p) => p.id),
    canAddPerson: mayOn(ctx, "person.write", activity),
    personNamesEnabled: settings.personNamesEnabled,
  };
}

async function eventById(db: Database, ctx: LogbookContext, activity: LogActivity, id: string) {
  const [event] = await db
    .select({ id: events.id, date: events.date })
    .from(events)
    .where(
      and(
        eq(events.id, id),
        eq(events.planId, ctx.planId),
        eq(events.activityId, activity.id),
        isNull(events.deletedAt),
      ),
    );
  return event ?? null;
}
