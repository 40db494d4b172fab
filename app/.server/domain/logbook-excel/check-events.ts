import { errorText } from "../../errors";
import { type LogActivity, mayOn } from "../logbook/logbook-context";
import { cellTime, isUuid } from "./cells";
import { lower } from "./existing-rows";
import type { ImportCheck } from "./import-check";
import { problemAt, type RowCheck } from "./row-check";

// The sheets Arrangementer (events) and Fremmøde (named attendance at new or existing events).

/** The events the file adds, by their reference in the file, and what the attendance sheet needs of them. */
export type FileEvents = Awaited<ReturnType<typeof checkEvents>>;

/** Arrangementer: new events. */
export async function checkEvents(check: ImportCheck) {
  const { lists, activityOf, dateOf, integerOf, listOf, newIds, validate, newRows, record } = check;
  const { oldEvents } = check.old;
  const madeEvents = newIds();
  const eventInfo = new Map<string, { activity: LogActivity; headcount: boolean; row: RowCheck }>();
  await newRows("events", oldEvents, madeEvents, (r, id) => {
    const activity = activityOf(r);
    const breakdown: Record<string, string> = {};
    for (const c of r.sheet.def.columns)
      if (c.field.startsWith("breakdown.")) {
        const n = integerOf(r, c.field);
        if (n !== undefined) breakdown[c.field.slice(10)] = n;
      }
    const headcount = integerOf(r, "headcount");
    const v = validate(r, "event", {
      activityKey: activity?.key ?? "",
      type: listOf(r, "type", lists.lists.eventTypes),
      title: r.text("title") || undefined,
      date: dateOf(r, "date") ?? "",
      startTime: cellTime(r.get("startTime")),
      endTime: cellTime(r.get("endTime")),
      place: r.text("place") || undefined,
      headcount: headcount ?? null,
      breakdown,
    });
    // An empty count is no count (the schema would coerce it to 0).
    if (v && headcount === undefined) v.headcount = null;
    if (activity) eventInfo.set(id, { activity, headcount: headcount !== undefined, row: r });
    record(r, "event", id, v, activity);
  });
  return { madeEvents, eventInfo };
}

/** Fremmøde: named attendance at new or existing events (it replaces a headcount). */
export async function checkAttendance(check: ImportCheck, { madeEvents, eventInfo }: FileEvents) {
  const { problems, writes, ctx, rowsOf, countFor, finish, refuse, required, personOf, refuseGoneIfNew } = check;
  const { oldEvents, oldAttendance, attendedBefore } = check.old;
  const attendanceRows: RowCheck[] = [];
  const seenAttendance = new Set<string>();
  for (const r of rowsOf("attendance")) {
    await check.tick();
    required(r);
    const ref = r.text("eventId");
    const person = personOf(r, "participantId", true);
    let eventId: string | undefined;
    let existing = false;
    if (ref) {
      const old = isUuid(ref) ? oldEvents.get(ref.toLowerCase()) : undefined;
      existing = Boolean(old && oldAttendance.has(`${old.id}:${person}`));
      if (existing) {
        // Already ticked: nothing to check or write.
      } else if (old) {
        const activity = ctx.byId.get(old.activityId as string);
        if (old.deletedAt) r.report("eventId", errorText("excelEventRemoved"));
        else if (!activity) r.report("eventId", errorText("eventNotFound"));
        else if (!mayOn(ctx, "logbook.write", activity)) refuse(r, "logbook.write", activity, "eventId");
        else {
          eventId = old.id as string;
          // Named attendance replaces a headcount, as on the event page.
          if (old.headcount !== null) writes.clearHeadcount.add(eventId);
        }
      } else {
        eventId = madeEvents.get(lower(ref))?.id;
        if (!eventId) r.report("eventId", errorText("excelEventUnknown", { ref }));
      }
    }
    const key = `${eventId}:${person}`;
    existing ||= seenAttendance.has(key);
    refuseGoneIfNew(r, person, existing);
    if (r.ok && eventId && person && !existing) {
      seenAttendance.add(key);
      const entry = writes.attendance.get(eventId) ?? { added: [], before: attendedBefore.get(eventId) ?? 0 };
      entry.added.push(person);
      writes.attendance.set(eventId, entry);
      attendanceRows.push(r);
    }
    finish(r, !existing);
  }
  // Named attendance replaces a headcount (as on the event page): both on one new event is a problem.
  for (const [eventId] of writes.attendance) {
    const info = eventInfo.get(eventId);
    if (info?.headcount) {
      const message = errorText("excelHeadcountAndNamed");
      problems.push(problemAt(info.row.sheet, info.row.row, "headcount", message));
      if (info.row.ok) {
        countFor(info.row.sheet).create--;
        countFor(info.row.sheet).invalid++;
      }
    }
  }
}
