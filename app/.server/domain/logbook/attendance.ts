import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { attendance, rosterEntries } from "../../db/schema";
import { userError } from "../../errors";
import { isUuid } from "../../ids";
import { changeAttendance, requirePlanParticipants } from "./change-attendance";
import { type LogbookContext, requireActivity, userIdOf } from "./logbook-context";

/**
 * Sets who came to an event as a whole list, by turning it into ticks and unticks against what is
 * stored now. Only for callers that own the whole list (imports, tests): the web form sends the
 * changes a person made (`changeAttendance`), so people taking attendance at once never undo
 * each other.
 */
export async function setAttendance(db: Database, ctx: LogbookContext, eventId: string, participantIds: string[]) {
  if (!isUuid(eventId)) throw userError("not-found", "eventNotFound");
  const wanted = [...new Set(participantIds)];
  const current = (
    await db.select({ participantId: attendance.participantId }).from(attendance).where(eq(attendance.eventId, eventId))
  ).map((a) => a.participantId);
  return changeAttendance(db, ctx, eventId, {
    tick: wanted.filter((p) => !current.includes(p)),
    untick: current.filter((p) => !wanted.includes(p)),
  });
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
