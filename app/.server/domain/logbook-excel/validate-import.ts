import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Action } from "../../auth/policy";
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
import { personSettings } from "../logbook/create-participant";
import { courseTypesOf, type LogActivity, type LogbookContext, mayOn } from "../logbook/logbook-context";
import { type ParticipantData, participantInputSchema, participantRuleProblems } from "../logbook/participant-input";
import { outsidePlanPeriod } from "../logbook/plan-period-message";
import { type RecordTypeName, recordTypes } from "../logbook/record-types";
import { cellDate, cellDecimal, cellInteger, cellText, cellTime, cellYesNo, columnLetter, isUuid } from "./cells";
import type { MappedSheet } from "./layout";
import { type Choices, choices, type PlanLists } from "./lists";
import type { RawCell } from "./read-workbook";
import { type ColumnDef, columnForPath, type SheetKey, sheetKeys } from "./sheets";

/** A problem with a cell or row: sheet, row and column as in the file, and what to do (Danish). */
export interface ImportProblem {
  sheet: string;
  row: number;
  column: string;
  /** The cell's address, e.g. "C14" (empty for a problem with the whole row). */
  cell: string;
  message: string;
}

/** What a sheet of the file holds: rows, how many are new and how many are already logged. */
export interface SheetCount {
  sheet: string;
  target: SheetKey;
  layout: "template" | "mapping";
  rows: number;
  create: number;
  existing: number;
  /** Rows with at least one problem. */
  invalid: number;
}

type Row = Record<string, unknown>;

/** Everything the import will write, prepared and checked. */
export interface PlannedWrites {
  households: { id: string; departmentNumber: string | null }[];
  participants: { id: string; activity: LogActivity; data: ParticipantData; householdId: string | null }[];
  roster: { activityId: string; participantId: string }[];
  records: { type: RecordTypeName; id: string; row: Row; activity: LogActivity }[];
  /** Named attendance per event: those added, and how many the event had before. */
  attendance: Map<string, { added: string[]; before: number }>;
  /** Events already logged with a headcount that named attendance replaces. */
  clearHeadcount: Set<string>;
}

/** The outcome of checking a file: problems, notes, counts and (when there are no problems) the writes. */
export interface Checked {
  problems: ImportProblem[];
  notes: string[];
  counts: SheetCount[];
  writes: PlannedWrites;
  /** Actions refused on activities, to be written to the audit log. */
  refusals: { action: Action; activity: LogActivity }[];
}

const chunk = <T>(list: T[], size = 1000): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
const lower = (s: string) => s.trim().toLowerCase();
const english = /^(Invalid|Expected|Required|Too (small|big))/;

/** One data row being checked: its cells by field and its problems by field. */
class RowCheck {
  readonly problems = new Map<string, string>();
  constructor(
    readonly sheet: MappedSheet,
    readonly row: number,
    private readonly cells: Map<number, RawCell>,
    private readonly byField: Map<string, number>,
  ) {}
  get(field: string): RawCell | undefined {
    const col = this.byField.get(field);
    return col === undefined ? undefined : this.cells.get(col);
  }
  text(field: string): string {
    return cellText(this.get(field));
  }
  report(field: string, message: string) {
    const f = this.sheet.def.columns.some((c) => c.field === field) ? field : "";
    if (!this.problems.has(f)) this.problems.set(f, english.test(message) ? "Ugyldig værdi." : message);
  }
  /** Problems from a schema or rule, by path. */
  reportPaths(list: { path: string; message: string }[]) {
    for (const p of list) this.report(columnForPath(this.sheet.def, p.path)?.field ?? "", p.message);
  }
  get ok() {
    return this.problems.size === 0;
  }
}

/**
 * Checks every row of the mapped sheets with the same schemas, rules and policy as the forms
 * (record-types.ts, participant-input.ts, `can` per activity) and works out what to write. Rows
 * whose ID is already in the plan are counted and passed over. Nothing is written here.
 * `onChecked` hears every 1,000 rows how many are checked.
 */
export async function checkRows(
  db: Database,
  ctx: LogbookContext,
  lists: PlanLists,
  mapped: MappedSheet[],
  onChecked: (rows: number) => void = () => {},
): Promise<Checked> {
  let checkedRows = 0;
  /** Every 1,000 rows: progress, and a breather, so the server answers others while a large file is checked. */
  const tick = async () => {
    if (++checkedRows % 1000 !== 0) return;
    onChecked(checkedRows);
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
  const problems: ImportProblem[] = [];
  const notes: string[] = [];
  const counts: SheetCount[] = [];
  const refusals = new Map<string, { action: Action; activity: LogActivity }>();
  const writes: PlannedWrites = {
    households: [],
    participants: [],
    roster: [],
    records: [],
    attendance: new Map(),
    clearHeadcount: new Set(),
  };
  const period = ctx.plan.period;
  const allActivities = choices(ctx.activities.map((a) => ({ key: a.key, name: a.title })));
  const courseTypes = new Map(courseTypesOf(ctx).map((c) => [c.key, c]));
  const settings = await personSettings(db, ctx);
  const bySheet = (key: SheetKey) => mapped.filter((m) => m.def.key === key);
  const rowsOf = (key: SheetKey) =>
    bySheet(key).flatMap((m) => {
      const byField = new Map([...m.columns].map(([col, c]) => [c.field, col]));
      return m.raw.rows.map((r) => new RowCheck(m, r.row, r.cells, byField));
    });
  const countFor = (m: MappedSheet) => {
    let c = counts.find((x) => x.sheet === m.raw.name);
    if (!c) {
      c = {
        sheet: m.raw.name,
        target: m.def.key,
        layout: m.layout,
        rows: m.raw.rows.length,
        create: 0,
        existing: 0,
        invalid: 0,
      };
      counts.push(c);
    }
    return c;
  };
  for (const m of mapped) countFor(m);
  const finish = (r: RowCheck, created: boolean) => {
    const c = countFor(r.sheet);
    if (!r.ok) {
      for (const [field, message] of r.problems) problems.push(problemAt(r.sheet, r.row, field, message));
      c.invalid++;
      return;
    }
    if (created) c.create++;
    else c.existing++;
  };

  // ---- What is already in the plan (one query per table; ids only where the file names them).
  const idsIn = (sheet: SheetKey, field: string) =>
    rowsOf(sheet)
      .map((r) => r.text(field))
      .filter(isUuid)
      .map((s) => s.toLowerCase());
  const existingIds = async (
    table:
      | typeof events
      | typeof courses
      | typeof contacts
      | typeof courseStages
      | typeof courseFollowUps
      | typeof referrals
      | typeof assessments
      | typeof volunteerHours,
    ids: string[],
  ) => {
    const out = new Map<string, Row>();
    for (const part of chunk([...new Set(ids)]))
      for (const row of await db
        .select()
        .from(table)
        .where(and(eq(table.planId, ctx.planId), inArray(table.id, part))))
        out.set(row.id, row as Row);
    return out;
  };
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

  // ---- Helpers shared by the sheets.
  const refuse = (r: RowCheck, action: Action, activity: LogActivity, field = "activityKey") => {
    refusals.set(`${action}:${activity.id}`, { action, activity });
    r.report(
      field,
      action === "person.write"
        ? `Du har ikke adgang til at registrere deltagere i aktiviteten «${activity.title}».`
        : `Du har ikke adgang til at registrere i aktiviteten «${activity.title}».`,
    );
  };
  /** The activity of a row, if known and allowed; problems reported on the row. */
  const activityOf = (r: RowCheck, action: Action = "logbook.write"): LogActivity | undefined => {
    const text = r.text("activityKey");
    if (!text) {
      r.report("activityKey", "Vælg en aktivitet fra planen.");
      return undefined;
    }
    const activity = ctx.byKey.get(allActivities.resolve(text) ?? "");
    if (!activity) {
      r.report("activityKey", `Aktiviteten «${text}» findes ikke i planen. Vælg en aktivitet fra listen.`);
      return undefined;
    }
    if (!mayOn(ctx, action, activity)) {
      refuse(r, action, activity);
      return undefined;
    }
    return activity;
  };
  const required = (r: RowCheck) => {
    for (const c of r.sheet.def.columns)
      if (c.required && c.field !== "activityKey" && !r.text(c.field))
        r.report(c.field, `«${headingOf(r.sheet, c)}» skal udfyldes.`);
  };
  const newPeople = new Map<string, { id: string; row: number }>();
  const newHomes = new Map<string, string>();
  /** A person named in a row: a participant code of the plan, or a reference from the Deltagere sheet. */
  const gone = (found: { code: string }, r: RowCheck, field: string) =>
    r.report(field, `Deltageren ${found.code} er fjernet eller anonymiseret.`);
  const personOf = (r: RowCheck, field: string, onlyIfNew = false): string | null => {
    const text = r.text(field);
    if (!text) return null;
    const found = personByCode.get(lower(text));
    if (found) {
      // An erased person's existing rows come back in an export; only new rows about them are refused.
      if ((found.deletedAt || found.erasedAt) && !onlyIfNew) gone(found, r, field);
      return found.id;
    }
    const made = newPeople.get(lower(text));
    if (made) return made.id;
    r.report(field, `Deltageren «${text}» findes hverken i planen eller på arket Deltagere.`);
    return null;
  };
  let personById: Map<string, { code: string; deletedAt: unknown; erasedAt: unknown }> | undefined;
  const refuseGoneIfNew = (r: RowCheck, person: string | null, existing: boolean) => {
    personById ??= new Map([...personByCode.values()].map((p) => [p.id, p]));
    const found = person ? personById.get(person) : undefined;
    if (found && !existing && (found.deletedAt || found.erasedAt)) gone(found, r, "participantId");
  };
  const homeOf = (r: RowCheck, field: string): string | null => {
    const text = r.text(field);
    if (!text) return null;
    const id = homeByCode.get(lower(text)) ?? newHomes.get(lower(text));
    if (!id) r.report(field, `Husstanden «${text}» findes hverken i planen eller på arket Deltagere.`);
    return id ?? null;
  };
  const dateOf = (r: RowCheck, field: string) => {
    const d = cellDate(r.get(field));
    if (d && !d.ok) r.report(field, "Skriv datoen som ÅÅÅÅ-MM-DD, fx 2015-03-04.");
    return d?.ok ? d.text : d ? "" : undefined;
  };
  const integerOf = (r: RowCheck, field: string) => {
    const n = cellInteger(r.get(field));
    if (n && !n.ok) r.report(field, "Skriv et helt tal.");
    return n?.ok ? n.text : undefined;
  };
  const listOf = (r: RowCheck, field: string, list: Choices) => {
    const text = r.text(field);
    return text ? (list.resolve(text) ?? text) : "";
  };
  /** Own IDs of new rows, unique within a kind of sheet. */
  const newIds = () => new Map<string, { id: string; row: RowCheck }>();
  /** The row's ID: "existing" when it is already in the plan, else a fresh id (its own reference noted). */
  const identify = (
    r: RowCheck,
    old: Map<string, Row>,
    made: Map<string, { id: string; row: RowCheck }>,
  ): { existing: true } | { existing: false; id: string } => {
    const text = r.text("id");
    if (text && old.has(text.toLowerCase())) return { existing: true };
    const id = randomUUID();
    if (text) {
      const before = made.get(lower(text));
      if (before) r.report("id", `ID'et «${text}» står også i række ${before.row.row}. Giv hver række sit eget ID.`);
      else made.set(lower(text), { id, row: r });
    }
    return { existing: false, id };
  };
  /** Validates a record as createRecord does (schema, the type's rules, the plan period). */
  const validate = (r: RowCheck, typeName: RecordTypeName, input: Row): Row | undefined => {
    const type = recordTypes[typeName];
    const parsed = type.schema.safeParse(input);
    if (!parsed.success) {
      r.reportPaths(parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
      return undefined;
    }
    const v = parsed.data as Row;
    r.reportPaths(type.check(v as never, ctx));
    const day = (v.date ?? v.startDate) as string | undefined;
    if (day && (day < period.start || day > period.end))
      r.report(v.date ? "date" : "startDate", outsidePlanPeriod(period));
    return v;
  };
  const dbRow = (typeName: RecordTypeName, v: Row, activity: LogActivity): Row => {
    const type = recordTypes[typeName];
    const row: Row = {};
    for (const [key, value] of Object.entries(v)) {
      if (key === "activityKey") row.activityId = activity.id;
      else if (type.encrypted.includes(key)) row[`${key}Enc`] = null;
      else row[key] = value;
    }
    return row;
  };

  // ---- Deltagere: new participants (pseudonymous), their activity's roster and households.
  for (const r of rowsOf("participants")) {
    await tick();
    const ref = r.text("ref");
    if (!ref) {
      r.report("ref", "Skriv deltagerens kode i Helhed eller jeres egen reference.");
      finish(r, false);
      continue;
    }
    if (personByCode.has(lower(ref))) {
      finish(r, false);
      continue;
    }
    const before = newPeople.get(lower(ref));
    if (before) r.report("ref", `Deltageren «${ref}» står også i række ${before.row}.`);
    const id = randomUUID();
    if (!before) newPeople.set(lower(ref), { id, row: r.row });
    const activity = activityOf(r, "person.write");
    const gender = r.text("gender") ? lists.lists.genders.resolve(r.text("gender")) : "unknown";
    if (!gender) r.report("gender", "Vælg Kvinde, Mand, Andet eller Ukendt.");
    const yesNo = (field: string, fallback: boolean) => {
      const v = cellYesNo(r.get(field));
      if (v === "bad") r.report(field, "Skriv Ja eller Nej.");
      return v === undefined || v === "bad" ? fallback : v;
    };
    const input = {
      initials: r.text("initials") || undefined,
      birthYear: integerOf(r, "birthYear"),
      gender: gender ?? "unknown",
      departmentNumber: r.text("departmentNumber")
        ? (lists.lists.departments.resolve(r.text("departmentNumber")) ?? r.text("departmentNumber"))
        : undefined,
      targetGroupTags: r
        .text("targetGroupTags")
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => lists.lists.targetGroupTags.resolve(s) ?? s),
      resident: yesNo("resident", true),
      volunteer: yesNo("volunteer", false),
    };
    const parsed = participantInputSchema.safeParse(input);
    let householdId: string | null = null;
    const home = r.text("household");
    if (home) {
      householdId = homeByCode.get(lower(home)) ?? newHomes.get(lower(home)) ?? null;
      if (!householdId) {
        householdId = randomUUID();
        newHomes.set(lower(home), householdId);
        writes.households.push({ id: householdId, departmentNumber: input.departmentNumber ?? null });
      }
    }
    if (!parsed.success)
      r.reportPaths(parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? ""), message: i.message })));
    else r.reportPaths(participantRuleProblems(parsed.data, settings));
    if (r.ok && activity && parsed.success) {
      writes.participants.push({ id, activity, data: parsed.data, householdId });
      onRoster.set(`${activity.id}:${id}`, true);
    }
    finish(r, true);
  }
  const likely = writes.participants.filter((p) =>
    people.some(
      (o) =>
        !o.deletedAt &&
        !o.erasedAt &&
        o.birthYear === p.data.birthYear &&
        p.data.initials &&
        (o.initials ?? "").toUpperCase() === p.data.initials.toUpperCase(),
    ),
  );
  if (likely.length > 0)
    notes.push(
      `${likely.length} nye deltagere har samme initialer og fødselsår som en deltager, der allerede er i planen. Tjek, at det ikke er de samme personer; ellers brug deres kode i Helhed.`,
    );

  // ---- Hold: more activities' rosters.
  for (const r of rowsOf("roster")) {
    await tick();
    required(r);
    const activity = activityOf(r);
    const person = personOf(r, "participantId", true);
    const key = activity && person ? `${activity.id}:${person}` : "";
    const existing = key ? onRoster.get(key) === true : false;
    refuseGoneIfNew(r, person, existing);
    if (r.ok && activity && person && !existing) {
      writes.roster.push({ activityId: activity.id, participantId: person });
      onRoster.set(key, true);
    }
    finish(r, !existing);
  }

  // ---- Arrangementer.
  const madeEvents = newIds();
  const eventInfo = new Map<string, { activity: LogActivity; headcount: boolean; row: RowCheck }>();
  for (const r of rowsOf("events")) {
    await tick();
    const who = identify(r, oldEvents, madeEvents);
    if (who.existing) {
      finish(r, false);
      continue;
    }
    required(r);
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
    if (activity) eventInfo.set(who.id, { activity, headcount: headcount !== undefined, row: r });
    if (r.ok && v && activity)
      writes.records.push({ type: "event", id: who.id, row: dbRow("event", v, activity), activity });
    finish(r, true);
  }

  // ---- Fremmøde: named attendance at new or existing events.
  const attendanceRows: RowCheck[] = [];
  const seenAttendance = new Set<string>();
  for (const r of rowsOf("attendance")) {
    await tick();
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
        if (old.deletedAt) r.report("eventId", "Arrangementet er fjernet fra loggen.");
        else if (!activity) r.report("eventId", "Arrangementet findes ikke.");
        else if (!mayOn(ctx, "logbook.write", activity)) refuse(r, "logbook.write", activity, "eventId");
        else {
          eventId = old.id as string;
          // Named attendance replaces a headcount, as on the event page.
          if (old.headcount !== null) writes.clearHeadcount.add(eventId);
        }
      } else {
        eventId = madeEvents.get(lower(ref))?.id;
        if (!eventId)
          r.report("eventId", `Arrangementet «${ref}» findes hverken i planen eller på arket Arrangementer.`);
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
      const message =
        "Arrangementet har navngivet fremmøde på arket Fremmøde. Lad «Antal» og opdelingen stå tomme, eller fjern fremmødet.";
      problems.push(problemAt(info.row.sheet, info.row.row, "headcount", message));
      if (info.row.ok) {
        countFor(info.row.sheet).create--;
        countFor(info.row.sheet).invalid++;
      }
    }
  }

  // ---- Forløb.
  const madeCourses = newIds();
  const courseInfo = new Map<string, { activity: LogActivity; courseType: string; startDate: string }>();
  for (const [id, old] of oldCourses) {
    const activity = ctx.byId.get(old.activityId as string);
    if (activity && !old.deletedAt)
      courseInfo.set(id, { activity, courseType: old.courseType as string, startDate: old.startDate as string });
  }
  for (const r of rowsOf("courses")) {
    await tick();
    const who = identify(r, oldCourses, madeCourses);
    if (who.existing) {
      finish(r, false);
      continue;
    }
    required(r);
    const activity = activityOf(r);
    const courseType = listOf(r, "courseType", lists.lists.courseTypes);
    const own = lists.courseType(courseType);
    const v = validate(r, "course", {
      activityKey: activity?.key ?? "",
      courseType,
      participantId: personOf(r, "participantId") ?? "",
      mentorParticipantId: personOf(r, "mentorParticipantId"),
      startDate: dateOf(r, "startDate") ?? "",
      endDate: dateOf(r, "endDate") || null,
      outcome: r.text("outcome") ? (own?.outcomes.resolve(r.text("outcome")) ?? r.text("outcome")) : undefined,
      outcomeDate: dateOf(r, "outcomeDate") || null,
    });
    if (activity && v)
      courseInfo.set(who.id, { activity, courseType: v.courseType as string, startDate: v.startDate as string });
    if (r.ok && v && activity)
      writes.records.push({ type: "course", id: who.id, row: dbRow("course", v, activity), activity });
    finish(r, true);
  }
  /** The course a stage or follow-up row names, if found and allowed. */
  const courseOf = (r: RowCheck) => {
    const ref = r.text("courseId");
    if (!ref) return undefined;
    const old = isUuid(ref) ? oldCourses.get(ref.toLowerCase()) : undefined;
    if (old?.deletedAt) {
      r.report("courseId", "Forløbet er fjernet fra loggen.");
      return undefined;
    }
    const id = old ? (old.id as string) : madeCourses.get(lower(ref))?.id;
    if (!id) {
      r.report("courseId", `Forløbet «${ref}» findes hverken i planen eller på arket Forløb.`);
      return undefined;
    }
    // A new course whose own row has a problem with its activity is reported on that row.
    const info = courseInfo.get(id);
    if (!info) return undefined;
    if (!mayOn(ctx, "logbook.write", info.activity)) {
      refuse(r, "logbook.write", info.activity, "courseId");
      return undefined;
    }
    return { id, ...info, type: courseTypes.get(info.courseType), lists: lists.courseType(info.courseType) };
  };
  const courseChecks = (r: RowCheck, c: NonNullable<ReturnType<typeof courseOf>>, date: string | undefined) => {
    if (date && date < c.startDate) r.report("date", "Datoen kan ikke ligge før forløbets start.");
  };

  // ---- Forløbstrin.
  const madeStages = newIds();
  for (const r of rowsOf("courseStages")) {
    await tick();
    const who = identify(r, oldOther.courseStages ?? new Map(), madeStages);
    if (who.existing) {
      finish(r, false);
      continue;
    }
    required(r);
    const course = courseOf(r);
    const stageText = r.text("stage");
    const stage = stageText ? (course?.lists?.stages.resolve(stageText) ?? stageText) : "";
    const v = validate(r, "courseStage", {
      courseId: course?.id ?? randomUUID(),
      stage,
      date: dateOf(r, "date") ?? "",
    });
    if (course && v) {
      if (stage && !course.type?.stages.some((s) => s.key === stage))
        r.report("stage", `Forløbstypen «${course.type?.name ?? course.courseType}» har ikke trinnet «${stageText}».`);
      courseChecks(r, course, v.date as string);
    }
    if (r.ok && v && course)
      writes.records.push({
        type: "courseStage",
        id: who.id,
        row: dbRow("courseStage", v, course.activity),
        activity: course.activity,
      });
    finish(r, true);
  }

  // ---- Opfølgninger.
  const madeFollowUps = newIds();
  for (const r of rowsOf("followUps")) {
    await tick();
    const who = identify(r, oldOther.followUps ?? new Map(), madeFollowUps);
    if (who.existing) {
      finish(r, false);
      continue;
    }
    required(r);
    const course = courseOf(r);
    const statusText = r.text("status");
    const status = statusText ? (course?.lists?.followUps.resolve(statusText) ?? statusText) : "";
    const v = validate(r, "courseFollowUp", {
      courseId: course?.id ?? randomUUID(),
      offsetMonths: integerOf(r, "offsetMonths") ?? "",
      date: dateOf(r, "date") ?? "",
      status,
    });
    if (course && v) {
      if (!course.type?.followUpMonths.includes(v.offsetMonths as number))
        r.report("offsetMonths", "Forløbstypen følger ikke op efter så mange måneder.");
      if (![...(course.type?.outcomes ?? []).map((o) => o.key), "ingen-kontakt"].includes(status))
        r.report("status", "Vælg en status fra listen.");
      courseChecks(r, course, v.date as string);
    }
    if (r.ok && v && course)
      writes.records.push({
        type: "courseFollowUp",
        id: who.id,
        row: dbRow("courseFollowUp", v, course.activity),
        activity: course.activity,
      });
    finish(r, true);
  }

  // ---- Henvendelser.
  const madeContacts = newIds();
  for (const r of rowsOf("contacts")) {
    await tick();
    const who = identify(r, oldContacts, madeContacts);
    if (who.existing) {
      finish(r, false);
      continue;
    }
    required(r);
    const activity = activityOf(r);
    const v = validate(r, "contact", {
      activityKey: activity?.key ?? "",
      participantId: personOf(r, "participantId"),
      householdId: homeOf(r, "householdId"),
      date: dateOf(r, "date") ?? "",
      topic: r.text("topic") ? listOf(r, "topic", lists.lists.topics) : undefined,
    });
    if (r.ok && v && activity)
      writes.records.push({ type: "contact", id: who.id, row: dbRow("contact", v, activity), activity });
    finish(r, true);
  }

  // ---- Brobygning.
  const madeReferrals = newIds();
  for (const r of rowsOf("referrals")) {
    await tick();
    const who = identify(r, oldOther.referrals ?? new Map(), madeReferrals);
    if (who.existing) {
      finish(r, false);
      continue;
    }
    required(r);
    const activity = activityOf(r);
    const contactRef = r.text("contactId");
    let contactId: string | null = null;
    if (contactRef) {
      const old = isUuid(contactRef) ? oldContacts.get(contactRef.toLowerCase()) : undefined;
      contactId = old ? (old.id as string) : (madeContacts.get(lower(contactRef))?.id ?? null);
      if (!contactId)
        r.report("contactId", `Henvendelsen «${contactRef}» findes hverken i planen eller på arket Henvendelser.`);
    }
    const v = validate(r, "referral", {
      activityKey: activity?.key ?? "",
      contactId,
      participantId: personOf(r, "participantId"),
      householdId: homeOf(r, "householdId"),
      date: dateOf(r, "date") ?? "",
      receivingBody: listOf(r, "receivingBody", lists.lists.receivingBodies),
      result: r.text("result") || undefined,
    });
    if (r.ok && v && activity)
      writes.records.push({ type: "referral", id: who.id, row: dbRow("referral", v, activity), activity });
    finish(r, true);
  }

  // ---- Vurderinger.
  const madeAssessments = newIds();
  for (const r of rowsOf("assessments")) {
    await tick();
    const who = identify(r, oldOther.assessments ?? new Map(), madeAssessments);
    if (who.existing) {
      finish(r, false);
      continue;
    }
    required(r);
    const activity = activityOf(r);
    const v = validate(r, "assessment", {
      activityKey: activity?.key ?? "",
      participantId: personOf(r, "participantId") ?? "",
      assessment: listOf(r, "assessment", lists.lists.assessmentTypes),
      date: dateOf(r, "date") ?? "",
    });
    if (r.ok && v && activity)
      writes.records.push({ type: "assessment", id: who.id, row: dbRow("assessment", v, activity), activity });
    finish(r, true);
  }

  // ---- Frivillige timer.
  const madeHours = newIds();
  for (const r of rowsOf("volunteerHours")) {
    await tick();
    const who = identify(r, oldOther.volunteerHours ?? new Map(), madeHours);
    if (who.existing) {
      finish(r, false);
      continue;
    }
    required(r);
    const activity = activityOf(r);
    const hours = cellDecimal(r.get("hours"));
    if (hours && !hours.ok) r.report("hours", "Skriv antal timer, fx 2,5.");
    const v = validate(r, "volunteerHours", {
      activityKey: activity?.key ?? "",
      participantId: personOf(r, "participantId") ?? "",
      date: dateOf(r, "date") ?? "",
      hours: hours?.ok ? hours.text : "",
      role: r.text("role") ? listOf(r, "role", lists.lists.volunteerRoles) : undefined,
    });
    if (r.ok && v && activity)
      writes.records.push({ type: "volunteerHours", id: who.id, row: dbRow("volunteerHours", v, activity), activity });
    finish(r, true);
  }

  const order = new Map(mapped.map((m, i) => [m.raw.name, i]));
  const letters = (p: ImportProblem) => p.cell.replace(/\d/g, "");
  problems.sort(
    (a, b) =>
      (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) ||
      a.row - b.row ||
      letters(a).length - letters(b).length ||
      letters(a).localeCompare(letters(b)),
  );
  for (const m of mapped)
    if (m.unused.length > 0)
      notes.push(`Arket «${m.raw.name}»: kolonnerne ${m.unused.map((u) => `«${u}»`).join(", ")} indlæses ikke.`);
  counts.sort((a, b) => sheetKeys.indexOf(a.target) - sheetKeys.indexOf(b.target));
  return { problems, notes, counts, writes, refusals: [...refusals.values()] };
}

/** The heading a field has in the file (or in the template, when the file has no such column). */
function headingOf(sheet: MappedSheet, column: ColumnDef): string {
  for (const [col, c] of sheet.columns) if (c === column) return sheet.raw.headings.get(col) ?? column.heading;
  return column.heading;
}

function problemAt(sheet: MappedSheet, row: number, field: string, message: string): ImportProblem {
  const column = sheet.def.columns.find((c) => c.field === field);
  let col: number | undefined;
  if (column) for (const [n, c] of sheet.columns) if (c === column) col = n;
  return {
    sheet: sheet.raw.name,
    row,
    column: column ? headingOf(sheet, column) : "",
    cell: col ? `${columnLetter(col)}${row}` : "",
    message,
  };
}
