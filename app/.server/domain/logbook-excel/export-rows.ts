import { and, asc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
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
import type { LogActivity, LogbookContext } from "../logbook/logbook-context";
import type { CellValue } from "./build-workbook";
import type { PlanLists } from "./lists";
import type { SheetKey } from "./sheet-types";
import { sheetByKey } from "./sheets";

const date = (iso: string | null | undefined): CellValue => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const chunk = <T>(list: T[], size = 1000): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
const codeNumber = (code: string) => Number(code.replace(/\D/g, "")) || 0;

/**
 * The rows of an export: every entry of the readable activities (removed entries left out), the
 * participants they name or whose rosters are readable, in the template's columns. Entries keep
 * their Helhed id in the ID column, so importing the export again passes over what is there.
 */
export async function exportRows(db: Database, ctx: LogbookContext, lists: PlanLists, readable: LogActivity[]) {
  const e = await readEntries(db, ctx, readable);
  const { stages, follows, present } = await readCourseDetailsAndAttendance(db, e);
  const { people, homes } = await readPeople(db, ctx.planId, e, present);
  const codeOf = new Map(people.map((p) => [p.id, p.code]));
  const keyOf = (activityId: string) => ctx.byId.get(activityId)?.key ?? "";
  const cells: Cells = {
    lists,
    activity: (activityId: string) => lists.activities.label(keyOf(activityId)),
    code: (id: string | null) => (id ? (codeOf.get(id) ?? null) : null),
    home: (id: string | null) => (id ? (homes.get(id) ?? null) : null),
  };
  const data: Record<SheetKey, Record<string, CellValue>[]> = {
    ...personSheets(cells, e, people, readable),
    ...eventSheets(cells, e, present),
    ...courseSheets(cells, e, stages, follows),
    ...recordSheets(cells, e),
  };
  const rows = Object.fromEntries(
    Object.entries(data).map(([key, list]) => {
      const def = sheetByKey.get(key as SheetKey);
      return [key, list.map((row) => (def?.columns ?? []).map((c) => row[c.field] ?? null))];
    }),
  ) as Record<SheetKey, CellValue[][]>;
  const counts = Object.fromEntries(Object.entries(data).map(([k, list]) => [k, list.length]));
  return { data: rows, counts };
}

/** The entries of the readable activities, removed ones left out, in the order the sheets list them. */
async function readEntries(db: Database, ctx: LogbookContext, readable: LogActivity[]) {
  const planId = ctx.planId;
  const ids = readable.map((a) => a.id);
  const inActivities = (column: AnyPgColumn): SQL | undefined =>
    ids.length === ctx.activities.length ? undefined : inArray(column, ids.length ? ids : ["-"]);
  const scoped = <T extends { planId: AnyPgColumn; deletedAt: AnyPgColumn; activityId: AnyPgColumn }>(t: T) =>
    and(eq(t.planId, planId), isNull(t.deletedAt), inActivities(t.activityId));
  const [evs, crs, cons, refs, asm, hrs, roster] = await Promise.all([
    db
      .select()
      .from(events)
      .where(scoped(events))
      .orderBy(asc(events.date), asc(events.startTime), asc(events.createdAt), asc(events.id)),
    db
      .select()
      .from(courses)
      .where(scoped(courses))
      .orderBy(asc(courses.startDate), asc(courses.createdAt), asc(courses.id)),
    db
      .select()
      .from(contacts)
      .where(scoped(contacts))
      .orderBy(asc(contacts.date), asc(contacts.createdAt), asc(contacts.id)),
    db
      .select()
      .from(referrals)
      .where(scoped(referrals))
      .orderBy(asc(referrals.date), asc(referrals.createdAt), asc(referrals.id)),
    db
      .select()
      .from(assessments)
      .where(scoped(assessments))
      .orderBy(asc(assessments.date), asc(assessments.createdAt), asc(assessments.id)),
    db
      .select()
      .from(volunteerHours)
      .where(scoped(volunteerHours))
      .orderBy(asc(volunteerHours.date), asc(volunteerHours.createdAt), asc(volunteerHours.id)),
    db
      .select()
      .from(rosterEntries)
      .where(scoped(rosterEntries))
      .orderBy(asc(rosterEntries.createdAt), asc(rosterEntries.id)),
  ]);
  return { evs, crs, cons, refs, asm, hrs, roster };
}

type Entries = Awaited<ReturnType<typeof readEntries>>;

/** The exported courses' stages and follow-ups and the exported events' attendance, read in chunks. */
async function readCourseDetailsAndAttendance(db: Database, { evs, crs }: Entries) {
  const courseIds = crs.map((c) => c.id);
  const eventIds = evs.map((e) => e.id);
  const stages: (typeof courseStages.$inferSelect)[] = [];
  const follows: (typeof courseFollowUps.$inferSelect)[] = [];
  const present: { eventId: string; participantId: string }[] = [];
  for (const part of chunk(courseIds)) {
    stages.push(
      ...(await db
        .select()
        .from(courseStages)
        .where(and(inArray(courseStages.courseId, part), isNull(courseStages.deletedAt)))
        .orderBy(asc(courseStages.date), asc(courseStages.createdAt), asc(courseStages.id))),
    );
    follows.push(
      ...(await db
        .select()
        .from(courseFollowUps)
        .where(and(inArray(courseFollowUps.courseId, part), isNull(courseFollowUps.deletedAt)))
        .orderBy(asc(courseFollowUps.date), asc(courseFollowUps.createdAt), asc(courseFollowUps.id))),
    );
  }
  for (const part of chunk(eventIds))
    present.push(
      ...(await db
        .select({ eventId: attendance.eventId, participantId: attendance.participantId })
        .from(attendance)
        .where(inArray(attendance.eventId, part))),
    );
  return { stages, follows, present };
}

/** The participants on a readable roster or named by an exported entry (by code), and the plan's household codes. */
async function readPeople(
  db: Database,
  planId: string,
  { roster, crs, cons, refs, asm, hrs }: Entries,
  present: { eventId: string; participantId: string }[],
) {
  const named = new Set<string>(
    [
      ...roster.map((r) => r.participantId),
      ...present.map((a) => a.participantId),
      ...crs.flatMap((c) => [c.participantId, c.mentorParticipantId]),
      ...cons.map((c) => c.participantId),
      ...refs.map((r) => r.participantId),
      ...asm.map((a) => a.participantId),
      ...hrs.map((h) => h.participantId),
    ].filter((p): p is string => typeof p === "string"),
  );
  const people = (
    await db
      .select()
      .from(participants)
      .where(and(eq(participants.planId, planId), isNull(participants.deletedAt)))
  )
    .filter((p) => named.has(p.id))
    .sort((a, b) => codeNumber(a.code) - codeNumber(b.code) || a.code.localeCompare(b.code));
  const homes = new Map(
    (
      await db
        .select({ id: households.id, code: households.code })
        .from(households)
        .where(eq(households.planId, planId))
    ).map((h) => [h.id, h.code]),
  );
  return { people, homes };
}

/** How cells name what rows point at: an activity by its label, a participant or household by its code. */
interface Cells {
  lists: PlanLists;
  activity: (activityId: string) => CellValue;
  code: (id: string | null) => string | null;
  home: (id: string | null) => string | null;
}

type Person = typeof participants.$inferSelect;

/** Deltagere (a participant's first readable roster entry) and Hold (the other roster entries). */
function personSheets({ lists, activity, home, code }: Cells, e: Entries, people: Person[], readable: LogActivity[]) {
  const { roster, crs, cons, refs, asm, hrs } = e;
  const firstActivity = new Map<string, string>();
  const otherRoster: { activityId: string; participantId: string }[] = [];
  for (const r of roster)
    if (!firstActivity.has(r.participantId)) firstActivity.set(r.participantId, r.activityId);
    else otherRoster.push(r);
  const firstEntry = (id: string) =>
    firstActivity.get(id) ??
    [...crs, ...cons, ...refs, ...asm, ...hrs].find((x) => x.participantId === id)?.activityId ??
    readable[0]?.id ??
    "";
  const gender = (g: string) => lists.lists.genders.label(g);
  const yesNo = (b: boolean) => (b ? "Ja" : "Nej");
  return {
    participants: people.map((p) => ({
      ref: p.code,
      activityKey: activity(firstEntry(p.id)),
      initials: p.initials,
      birthYear: p.birthYear,
      gender: gender(p.gender),
      departmentNumber: p.departmentNumber,
      household: home(p.householdId),
      targetGroupTags: p.targetGroupTags.map((t) => lists.lists.targetGroupTags.label(t)).join(", ") || null,
      resident: yesNo(p.resident),
      volunteer: yesNo(p.volunteer),
    })),
    roster: otherRoster.map((r) => ({ activityKey: activity(r.activityId), participantId: code(r.participantId) })),
  };
}

/** Arrangementer and Fremmøde (in the events' order, then by participant code). */
function eventSheets(
  { lists, activity, code }: Cells,
  { evs }: Entries,
  present: { eventId: string; participantId: string }[],
) {
  return {
    events: evs.map((ev) => ({
      id: ev.id,
      activityKey: activity(ev.activityId),
      type: lists.lists.eventTypes.label(ev.type),
      title: ev.title,
      date: date(ev.date),
      startTime: ev.startTime,
      endTime: ev.endTime,
      place: ev.place,
      headcount: ev.headcount,
      ...Object.fromEntries(Object.entries(ev.breakdown ?? {}).map(([k, v]) => [`breakdown.${k}`, v])),
    })),
    attendance: (() => {
      const order = new Map(evs.map((e, i) => [e.id, i]));
      return present
        .map((a) => ({ eventId: a.eventId, participantId: code(a.participantId) }))
        .sort(
          (a, b) =>
            (order.get(a.eventId) ?? 0) - (order.get(b.eventId) ?? 0) ||
            codeNumber(a.participantId ?? "") - codeNumber(b.participantId ?? ""),
        );
    })(),
  };
}

/** Forløb, Trin and Opfølgning, with stage, outcome and status labels from each course's type. */
function courseSheets(
  { lists, activity, code }: Cells,
  { crs }: Entries,
  stages: (typeof courseStages.$inferSelect)[],
  follows: (typeof courseFollowUps.$inferSelect)[],
) {
  const courseType = (key: string) => lists.courseType(key);
  const courseTypeOf = new Map(crs.map((c) => [c.id, c.courseType]));
  return {
    courses: crs.map((c) => ({
      id: c.id,
      activityKey: activity(c.activityId),
      courseType: lists.lists.courseTypes.label(c.courseType),
      participantId: code(c.participantId),
      mentorParticipantId: code(c.mentorParticipantId),
      startDate: date(c.startDate),
      endDate: date(c.endDate),
      outcome: c.outcome ? (courseType(c.courseType)?.outcomes.label(c.outcome) ?? c.outcome) : null,
      outcomeDate: date(c.outcomeDate),
    })),
    courseStages: stages.map((s) => ({
      id: s.id,
      courseId: s.courseId,
      stage: courseType(courseTypeOf.get(s.courseId) ?? "")?.stages.label(s.stage) ?? s.stage,
      date: date(s.date),
    })),
    followUps: follows.map((f) => ({
      id: f.id,
      courseId: f.courseId,
      offsetMonths: f.offsetMonths,
      date: date(f.date),
      status: courseType(courseTypeOf.get(f.courseId) ?? "")?.followUps.label(f.status) ?? f.status,
    })),
  };
}

/** Henvendelser, Henvisninger, Vurderinger and Frivillige timer. */
function recordSheets({ lists, activity, code, home }: Cells, { cons, refs, asm, hrs }: Entries) {
  const contactIds = new Set(cons.map((c) => c.id));
  return {
    contacts: cons.map((c) => ({
      id: c.id,
      activityKey: activity(c.activityId),
      participantId: code(c.participantId),
      householdId: home(c.householdId),
      date: date(c.date),
      topic: c.topic ? lists.lists.topics.label(c.topic) : null,
    })),
    referrals: refs.map((r) => ({
      id: r.id,
      activityKey: activity(r.activityId),
      contactId: r.contactId && contactIds.has(r.contactId) ? r.contactId : null,
      participantId: code(r.participantId),
      householdId: home(r.householdId),
      date: date(r.date),
      receivingBody: lists.lists.receivingBodies.label(r.receivingBody),
      result: r.result,
    })),
    assessments: asm.map((a) => ({
      id: a.id,
      activityKey: activity(a.activityId),
      participantId: code(a.participantId),
      assessment: lists.lists.assessmentTypes.label(a.assessment),
      date: date(a.date),
    })),
    volunteerHours: hrs.map((h) => ({
      id: h.id,
      activityKey: activity(h.activityId),
      participantId: code(h.participantId),
      date: date(h.date),
      hours: h.hours,
      role: h.role ? lists.lists.volunteerRoles.label(h.role) : null,
    })),
  };
}
