import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import { authorize } from "../../auth/authorize";
import type { Database } from "../../db/client";
import { attendance, events, participants, rosterEntries } from "../../db/schema";
import { userError } from "../../errors";
import { isUuid } from "../../ids";
import { userIdOf } from "./create-participant";
import { writeHistory } from "./history";
import { activityResource, type LogActivity, type LogbookContext, requireActivity } from "./logbook-context";
import { mayReadPerson } from "./participant-links";

/**
 * Sets who came to an event (ticked from the roster or found by search). Named attendance
 * replaces a headcount; the history keeps how many were added and removed.
 */
export async function setAttendance(db: Database, ctx: LogbookContext, eventId: string, participantIds: string[]) {
  if (!isUuid(eventId)) throw userError("not-found", "Arrangementet findes ikke.");
  const [event] = await db
    .select()
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.planId, ctx.planId), isNull(events.deletedAt)));
  if (!event) throw userError("not-found", "Arrangementet findes ikke.");
  const activity = ctx.byId.get(event.activityId) as LogActivity;
  await authorize(db, ctx.actor, "logbook.write", activityResource(ctx, activity));
  const wanted = [...new Set(participantIds)];
  await requirePlanParticipants(db, ctx, wanted);
  const current = (
    await db.select({ participantId: attendance.participantId }).from(attendance).where(eq(attendance.eventId, eventId))
  ).map((a) => a.participantId);
  const add = wanted.filter((p) => !current.includes(p));
  const remove = current.filter((p) => !wanted.includes(p));
  await db.transaction(async (tx) => {
    if (remove.length)
      await tx
        .delete(attendance)
        .where(and(eq(attendance.eventId, eventId), inArray(attendance.participantId, remove)));
    if (add.length)
      await tx.insert(attendance).values(
        add.map((participantId) => ({
          id: randomUUID(),
          organisationId: event.organisationId,
          planId: ctx.planId,
          eventId,
          participantId,
        })),
      );
    if (wanted.length > 0 && event.headcount !== null)
      await tx.update(events).set({ headcount: null, breakdown: {} }).where(eq(events.id, eventId));
    await writeHistory(tx, ctx.actor, {
      organisationId: event.organisationId,
      planId: ctx.planId,
      recordType: "event",
      recordId: eventId,
      action: "update",
      changes: { attendance: { from: current.length, to: wanted.length } },
    });
    await recordAudit(tx, ctx.actor, {
      action: "logbook.attendance",
      resourceType: "event",
      resourceId: eventId,
      organisationId: event.organisationId,
      outcome: "allowed",
      details: { added: add.length, removed: remove.length },
    });
  });
  return { added: add.length, removed: remove.length, total: wanted.length };
}

/** Adds participants to an activity's roster (the people attendance is ticked from). */
export async function addToRoster(db: Database, ctx: LogbookContext, activityKey: string, participantIds: string[]) {
  const activity = await requireActivity(db, ctx, activityKey, "logbook.write");
  await requirePlanParticipants(db, ctx, participantIds);
  const rows = participantIds.map((participantId) => ({
    id: randomUUID(),
    organisationId: ctx.resource.organisationId,
    planId: ctx.planId,
    activityId: activity.id,
    participantId,
    createdBy: userIdOf(ctx),
  }));
  if (rows.length)
    await db
      .insert(rosterEntries)
      .values(rows)
      .onConflictDoUpdate({
        target: [rosterEntries.activityId, rosterEntries.participantId],
        set: { deletedAt: null },
      });
}

/** Takes a participant off an activity's roster (their past attendance stays). */
export async function removeFromRoster(db: Database, ctx: LogbookContext, activityKey: string, participantId: string) {
  const activity = await requireActivity(db, ctx, activityKey, "logbook.write");
  await db
    .update(rosterEntries)
    .set({ deletedAt: new Date() })
    .where(and(eq(rosterEntries.activityId, activity.id), eq(rosterEntries.participantId, participantId)));
}

/**
 * Refuses ids that are not live participants of this plan, or that the actor may not see (a
 * partner ticking or rostering someone from another organisation's activity).
 */
async function requirePlanParticipants(db: Database, ctx: LogbookContext, ids: string[]) {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const refused = () =>
    userError("invalid-attendance", "En eller flere deltagere findes ikke i planen. Genindlæs siden og prøv igen.");
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
