import { and, asc, eq } from "drizzle-orm";
import { indexPlan } from "~/plan-format/plan-index";
import { authorize } from "../../auth/authorize";
import type { FieldCipher } from "../../crypto/field-encryption";
import type { Database } from "../../db/client";
import { attendance, participants, recordHistory } from "../../db/schema";
import { roster } from "./find-participants";
import { activityResource, type LogActivity, type LogbookContext, mayOn } from "./logbook-context";
import { takesNames } from "./session-screen";
import { loadRecord } from "./write-record";

/** An event with what its page needs: attendance ticked against the roster, and its history. */
export async function eventPage(db: Database, cipher: FieldCipher, ctx: LogbookContext, eventId: string) {
  const event = (await loadRecord(db, ctx, "event", eventId)) as Record<string, never>;
  const activity = ctx.byId.get(event.activityId) as LogActivity;
  await authorize(db, ctx.actor, "logbook.read", activityResource(ctx, activity));
  const [people, present, history] = await Promise.all([
    roster(db, ctx, activity.id),
    db
      .select({
        id: participants.id,
        code: participants.code,
        initials: participants.initials,
        birthYear: participants.birthYear,
        departmentNumber: participants.departmentNumber,
      })
      .from(attendance)
      .innerJoin(participants, eq(participants.id, attendance.participantId))
      .where(eq(attendance.eventId, eventId)),
    db
      .select()
      .from(recordHistory)
      .where(and(eq(recordHistory.recordType, "event"), eq(recordHistory.recordId, eventId)))
      .orderBy(asc(recordHistory.changedAt)),
  ]);
  const onRoster = new Set(people.map((p) => p.id));
  const canNotes = mayOn(ctx, "person.sensitive", activity);
  const types = ctx.plan.logbook?.eventTypes ?? [];
  const activityDef = indexPlan(ctx.plan).activities.find((a) => a.activity.key === activity.key)?.activity;
  return {
    event: {
      id: eventId,
      /** The version an edit starts from (sent back with the form; a newer one refuses the edit). */
      version: event.version as number,
      type: event.type as string,
      typeName: types.find((t) => t.key === event.type)?.name ?? (event.type as string),
      title: event.title as string | null,
      date: event.date as string,
      startTime: event.startTime as string | null,
      endTime: event.endTime as string | null,
      place: event.place as string | null,
      headcount: event.headcount as number | null,
      breakdown: (event.breakdown ?? {}) as Record<string, number>,
      notes: canNotes ? cipher.decryptOptional(event.notesEnc) : null,
      hasNotes: !!event.notesEnc,
    },
    activity: { key: activity.key, title: activity.title },
    canWrite: mayOn(ctx, "logbook.write", activity),
    named: takesNames(ctx, activity.key),
    canNotes,
    eventTypes: types,
    breakdowns: activityDef?.attendance?.breakdowns ?? [],
    roster: people,
    present: present.map((p) => p.id),
    guests: present.filter((p) => !onRoster.has(p.id)),
    history: history.map((h) => ({ action: h.action, at: h.changedAt.toISOString(), changes: h.changes })),
  };
}
