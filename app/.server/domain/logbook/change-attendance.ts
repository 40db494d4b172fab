import { randomUUID } from "node:crypto";
import { and, count, eq, inArray, isNull } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import { authorize } from "../../auth/authorize";
import type { Database } from "../../db/client";
import { attendance, events, participants } from "../../db/schema";
import { userError } from "../../errors";
import { isUuid } from "../../ids";
import { writeHistory } from "./history";
import { activityResource, type LogActivity, type LogbookContext } from "./logbook-context";
import { mayReadPerson } from "./participant-links";

/** What one person changed on a roster: who they ticked as present and who they unticked. */
export interface AttendanceChange {
  tick: string[];
  untick: string[];
}

/**
 * The change a roster form carries: `was` lists who was shown as present when the page was drawn,
 * `present` who is ticked now. Whoever someone else ticked meanwhile is in neither and untouched.
 */
export function changeFromForm(form: FormData): AttendanceChange {
  const was = new Set(form.getAll("was").map(String));
  const present = new Set(form.getAll("present").map(String));
  return { tick: [...present].filter((p) => !was.has(p)), untick: [...was].filter((p) => !present.has(p)) };
}

/**
 * Ticks and unticks participants at an event, each on its own: a tick of someone already present
 * and an untick of someone absent change nothing, so any number of people can take attendance at
 * the same event at once, and sending the same change twice is harmless. Named attendance
 * replaces a headcount; the history keeps how many were added and removed.
 */
export async function changeAttendance(db: Database, ctx: LogbookContext, eventId: string, change: AttendanceChange) {
  const event = await requireEvent(db, ctx, eventId);
  const activity = ctx.byId.get(event.activityId) as LogActivity;
  await authorize(db, ctx.actor, "logbook.write", activityResource(ctx, activity));
  const untickSet = new Set(change.untick);
  const tick = [...new Set(change.tick)].filter((p) => !untickSet.has(p));
  const untick = [...untickSet];
  await requirePlanParticipants(db, ctx, tick);
  if (!untick.every(isUuid)) throw userError("invalid-attendance", "aParticipantNotFound");
  return db.transaction(async (tx) => {
    const added = tick.length
      ? await tx
          .insert(attendance)
          .values(tick.map((participantId) => row(event, ctx.planId, participantId)))
          .onConflictDoNothing({ target: [attendance.eventId, attendance.participantId] })
          .returning({ id: attendance.participantId })
      : [];
    const removed = untick.length
      ? await tx
          .delete(attendance)
          .where(and(eq(attendance.eventId, eventId), inArray(attendance.participantId, untick)))
          .returning({ id: attendance.participantId })
      : [];
    const [{ total }] = await tx.select({ total: count() }).from(attendance).where(eq(attendance.eventId, eventId));
    if (added.length + removed.length === 0) return { added: 0, removed: 0, total };
    if (total > 0 && event.headcount !== null)
      await tx.update(events).set({ headcount: null, breakdown: {} }).where(eq(events.id, eventId));
    await writeHistory(tx, ctx.actor, {
      organisationId: event.organisationId,
      planId: ctx.planId,
      recordType: "event",
      recordId: eventId,
      action: "update",
      changes: { attendance: { from: total - added.length + removed.length, to: total } },
    });
    await recordAudit(tx, ctx.actor, {
      action: "logbook.attendance",
      resourceType: "event",
      resourceId: eventId,
      organisationId: event.organisationId,
      outcome: "allowed",
      details: { added: added.length, removed: removed.length },
    });
    return { added: added.length, removed: removed.length, total };
  });
}

async function requireEvent(db: Database, ctx: LogbookContext, eventId: string) {
  if (!isUuid(eventId)) throw userError("not-found", "eventNotFound");
  const [event] = await db
    .select()
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.planId, ctx.planId), isNull(events.deletedAt)));
  if (!event) throw userError("not-found", "eventNotFound");
  return event;
}

function row(event: { id: string; organisationId: string }, planId: string, participantId: string) {
  return { id: randomUUID(), organisationId: event.organisationId, planId, eventId: event.id, participantId };
}

/**
 * Refuses ids that are not live participants of this plan, or that the actor may not see (a
 * partner ticking or rostering someone from another organisation's activity).
 */
export async function requirePlanParticipants(db: Database, ctx: LogbookContext, ids: string[]) {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const refused = () => userError("invalid-attendance", "participantsNotInPlan");
  if (!wanted.every(isUuid)) throw refused();
  const found = await db
    .select({ id: participants.id })
    .from(participants)
    .where(
      and(
        inArray(participants.id, wanted),
        eq(participants.planId, ctx.planId),
        isNull(participants.deletedAt),
        isNull(participants.erasedAt),
      ),
    );
  if (found.length !== wanted.length) throw refused();
  for (const id of wanted) if (!(await mayReadPerson(db, ctx, id))) throw refused();
}
