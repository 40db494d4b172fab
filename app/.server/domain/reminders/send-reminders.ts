import { and, eq, gte, inArray, isNotNull, isNull, lte, notExists, sql } from "drizzle-orm";
import { milestoneFollowUp } from "~/follow-up/milestone-follow-up";
import type { Milestone } from "~/plan-format/structure";
import {
  type MilestoneDue,
  milestonesToRemind,
  type Recipient,
  reminderMails,
  type UnrecordedSession,
} from "~/reminders/reminder-mails";
import type { Database } from "../../db/client";
import {
  activities,
  activityAssignments,
  attendance,
  events,
  memberships,
  milestones,
  milestoneUpdates,
  plans,
  reminderRuns,
  users,
} from "../../db/schema";
import { queueMail } from "../../mail/mail";

/** The day before an ISO date. */
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Sessions of a series held yesterday with neither a name ticked nor a headcount, with their staff. */
async function unrecordedSessions(db: Database, yesterday: string): Promise<UnrecordedSession[]> {
  const rows = await db
    .select({
      eventId: events.id,
      date: events.date,
      startTime: events.startTime,
      activityId: events.activityId,
      activityTitle: activities.title,
      planSlug: plans.slug,
      planTitle: plans.title,
    })
    .from(events)
    .innerJoin(activities, eq(activities.id, events.activityId))
    .innerJoin(plans, eq(plans.id, events.planId))
    .where(
      and(
        eq(events.date, yesterday),
        isNotNull(events.seriesId),
        isNull(events.deletedAt),
        isNull(events.headcount),
        notExists(db.select({ one: sql`1` }).from(attendance).where(eq(attendance.eventId, events.id))),
      ),
    );
  if (rows.length === 0) return [];
  const staff = await db
    .select({ activityId: activityAssignments.activityId, userId: activityAssignments.userId })
    .from(activityAssignments)
    .where(inArray(activityAssignments.activityId, [...new Set(rows.map((r) => r.activityId))]));
  return rows.map((r) => ({
    ...r,
    staffIds: staff.filter((s) => s.activityId === r.activityId).map((s) => s.userId),
  }));
}

/** Open milestones of running plans that are overdue or due within the notice, with the plans' managers. */
async function milestonesDue(db: Database, today: string): Promise<MilestoneDue[]> {
  const running = await db
    .select({ id: plans.id, slug: plans.slug, title: plans.title, organisationId: plans.organisationId })
    .from(plans)
    .where(and(lte(plans.periodStart, today), gte(plans.periodEnd, today)));
  if (running.length === 0) return [];
  const ids = running.map((p) => p.id);
  // One after the other: in a transaction, PostgreSQL's client runs one statement at a time.
  const rows = await db.select().from(milestones).where(inArray(milestones.planId, ids));
  const updates = await db.select().from(milestoneUpdates).where(inArray(milestoneUpdates.planId, ids));
  const managers = await db
    .select({ organisationId: memberships.organisationId, userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.role, "planManager"),
        inArray(memberships.organisationId, [...new Set(running.map((p) => p.organisationId))]),
      ),
    );
  return running.flatMap((p) => {
    const planned: Milestone[] = rows
      .filter((m) => m.planId === p.id)
      .sort((a, b) => a.position - b.position)
      .map((m) => ({
        key: m.key,
        title: m.title,
        due: m.due,
        status: m.status,
        doneDate: m.doneDate ?? undefined,
        note: m.note ?? undefined,
      }));
    const due = milestonesToRemind(
      milestoneFollowUp(
        planned,
        updates.filter((u) => u.planId === p.id),
        today,
      ),
      today,
    );
    const managerIds = managers.filter((m) => m.organisationId === p.organisationId).map((m) => m.userId);
    return due.map((m) => ({
      planSlug: p.slug,
      planTitle: p.title,
      title: m.title,
      due: m.due,
      overdue: m.overdue,
      managerIds,
    }));
  });
}

/**
 * The daily reminders (a job on the queue): each staff member whose activity had a session
 * yesterday without attendance recorded, and each plan manager whose running plan has milestones
 * due within 14 days or overdue, gets one mail through the outbox — unless they switched reminders
 * off. A day is mailed once: it is claimed in the same transaction as its mails.
 * @example const { mails } = await sendReminders(db, { today: "2026-03-02", publicUrl: "https://helhed.dk" });
 */
export async function sendReminders(db: Database, input: { today: string; publicUrl: string }) {
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(reminderRuns)
      .values({ day: input.today, mails: 0 })
      .onConflictDoNothing()
      .returning({ day: reminderRuns.day });
    if (claimed.length === 0) return { mails: 0, alreadySent: true };
    const sessions = await unrecordedSessions(tx, dayBefore(input.today));
    const due = await milestonesDue(tx, input.today);
    const ids = [...new Set([...sessions.flatMap((s) => s.staffIds), ...due.flatMap((m) => m.managerIds)])];
    const people =
      ids.length === 0
        ? []
        : await tx
            .select({ id: users.id, email: users.email, name: users.name })
            .from(users)
            .where(and(inArray(users.id, ids), eq(users.reminderMails, true), isNull(users.disabledAt)));
    const recipients = new Map<string, Recipient>(people.map((p) => [p.id, p]));
    const mails = reminderMails(sessions, due, recipients, input.publicUrl);
    for (const m of mails) await queueMail(tx, { to: m.to, subject: m.subject, body: m.body });
    await tx.update(reminderRuns).set({ mails: mails.length }).where(eq(reminderRuns.day, input.today));
    return { mails: mails.length, alreadySent: false };
  });
}
