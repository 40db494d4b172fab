import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import {
  assessments,
  attendance,
  contacts,
  courseFollowUps,
  courseStages,
  courses,
  events,
  households,
  participants,
  referrals,
  rosterEntries,
  volunteerHours,
} from "../../db/schema";
import type { LogbookContext } from "../logbook/logbook-context";
import { isUuid } from "./cells";
import type { RowCheck } from "./row-check";
import type { SheetKey } from "./sheet-types";

/** A row of the database as read back, by column. */
export type Row = Record<string, unknown>;

/** What the plan already holds of what the file names (see loadExisting). */
export type ExistingRows = Awaited<ReturnType<typeof loadExisting>>;

/** Splits a list into parts of at most `size` (for `IN (…)` lists). */
export const chunk = <T>(list: T[], size = 1000): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/** Trimmed and lower case: codes and references compare this way. */
export const lower = (s: string) => s.trim().toLowerCase();

type RecordTable =
  | typeof events
  | typeof courses
  | typeof contacts
  | typeof courseStages
  | typeof courseFollowUps
  | typeof referrals
  | typeof assessments
  | typeof volunteerHours;

/** The plan's rows of a table with the given ids. */
async function existingIdsOf(db: Database, ctx: LogbookContext, table: RecordTable, ids: string[]) {
  const out = new Map<string, Row>();
  for (const part of chunk([...new Set(ids)]))
    for (const row of await db
      .select()
      .from(table)
      .where(and(eq(table.planId, ctx.planId), inArray(table.id, part))))
      out.set(row.id, row as Row);
  return out;
}

/**
 * What is already in the plan: its participants, households and rosters, and the rows of the other
 * tables whose ids the file names (one query per table), with the attendance at those events.
 */
export async function loadExisting(db: Database, ctx: LogbookContext, rowsOf: (key: SheetKey) => RowCheck[]) {
  const idsIn = (sheet: SheetKey, field: string) =>
    rowsOf(sheet)
      .map((r) => r.text(field))
      .filter(isUuid)
      .map((s) => s.toLowerCase());
  const existingIds = (table: RecordTable, ids: string[]) => existingIdsOf(db, ctx, table, ids);
  const [people, homes, roster] = await Promise.all([
    db
      .select({
        id: participants.id,
        code: participants.code,
        initials: participants.initials,
        birthYear: participants.birthYear,
        deletedAt: participants.deletedAt,
        erasedAt: participants.erasedAt,
      })
      .from(participants)
      .where(eq(participants.planId, ctx.planId)),
    db.select({ id: households.id, code: households.code }).from(households).where(eq(households.planId, ctx.planId)),
    db
      .select({
        activityId: rosterEntries.activityId,
        participantId: rosterEntries.participantId,
        deletedAt: rosterEntries.deletedAt,
      })
      .from(rosterEntries)
      .where(eq(rosterEntries.planId, ctx.planId)),
  ]);
  const oldEvents = await existingIds(events, [...idsIn("events", "id"), ...idsIn("attendance", "eventId")]);
  const oldCourses = await existingIds(courses, [
    ...idsIn("courses", "id"),
    ...idsIn("courseStages", "courseId"),
    ...idsIn("followUps", "courseId"),
  ]);
  const oldContacts = await existingIds(contacts, [...idsIn("contacts", "id"), ...idsIn("referrals", "contactId")]);
  const oldOther: Partial<Record<SheetKey, Map<string, Row>>> = {
    courseStages: await existingIds(courseStages, idsIn("courseStages", "id")),
    followUps: await existingIds(courseFollowUps, idsIn("followUps", "id")),
    referrals: await existingIds(referrals, idsIn("referrals", "id")),
    assessments: await existingIds(assessments, idsIn("assessments", "id")),
    volunteerHours: await existingIds(volunteerHours, idsIn("volunteerHours", "id")),
  };
  const oldAttendance = new Set<string>();
  const attendedBefore = new Map<string, number>();
  for (const part of chunk([...oldEvents.keys()]))
    for (const a of await db
      .select({ eventId: attendance.eventId, participantId: attendance.participantId })
      .from(attendance)
      .where(inArray(attendance.eventId, part))) {
      oldAttendance.add(`${a.eventId}:${a.participantId}`);
      attendedBefore.set(a.eventId, (attendedBefore.get(a.eventId) ?? 0) + 1);
    }
  const personByCode = new Map(people.map((p) => [lower(p.code), p]));
  const homeByCode = new Map(homes.map((h) => [lower(h.code), h.id]));
  const onRoster = new Map(roster.map((r) => [`${r.activityId}:${r.participantId}`, r.deletedAt === null]));
  return {
    people,
    oldEvents,
    oldCourses,
    oldContacts,
    oldOther,
    oldAttendance,
    attendedBefore,
    personByCode,
    homeByCode,
    onRoster,
  };
}
