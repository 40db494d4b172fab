import {
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { activities } from "./activities";
import { organisations } from "./organisations";
import { plans } from "./plans";

/**
 * Logbook rows belong to a tenant and a plan. Activity references are checked only at commit
 * (see the migration), so a new version of a plan can keep its activities' ids.
 */
const logColumns = () => ({
  id: uuid().primaryKey(),
  organisationId: uuid()
    .notNull()
    .references(() => organisations.id),
  planId: uuid()
    .notNull()
    .references(() => plans.id, { onDelete: "cascade" }),
});
const audited = () => ({
  createdBy: uuid(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** Removed entries stay (with who and when in the history) but count nowhere. */
  deletedAt: timestamp({ withTimezone: true }),
  /**
   * Raised by a trigger on every update: an edit names the version it started from, and one made
   * from an older version (a colleague saved meanwhile, an outbox offline) is refused, not applied.
   */
  version: integer().notNull().default(1),
});
const activityRef = () =>
  uuid()
    .notNull()
    .references(() => activities.id);

/** A household (husstand), so families can be counted once. */
export const households = pgTable(
  "households",
  { ...logColumns(), code: text().notNull(), departmentNumber: text(), ...audited() },
  (t) => [uniqueIndex("households_plan_code_idx").on(t.planId, t.code)],
);

/**
 * A participant (deltager): pseudonymous by default. Identifying fields (name, contact, CPR) are
 * kept only with consent and, like Article 9 data and free-text notes, only encrypted
 * (FieldCipher): the *Enc columns. `erasedAt` marks a person anonymised on request.
 */
export const participants = pgTable(
  "participants",
  {
    ...logColumns(),
    code: text().notNull(),
    initials: text(),
    birthYear: integer(),
    gender: text({ enum: ["female", "male", "other", "unknown"] })
      .notNull()
      .default("unknown"),
    departmentNumber: text(),
    householdId: uuid().references(() => households.id, { onDelete: "set null" }),
    targetGroupTags: jsonb().$type<string[]>().notNull().default([]),
    resident: boolean().notNull().default(true),
    volunteer: boolean().notNull().default(false),
    nameEnc: text(),
    contactEnc: text(),
    cprEnc: text(),
    /** Encrypted JSON of Article 9 data: { health?, addiction?, ethnicity? }. */
    sensitiveEnc: text(),
    notesEnc: text(),
    erasedAt: timestamp({ withTimezone: true }),
    ...audited(),
  },
  (t) => [
    uniqueIndex("participants_plan_code_idx").on(t.planId, t.code),
    index("participants_household_idx").on(t.householdId),
  ],
);

/** A recorded consent: who gave it (the person or, for a child under 13, a parent), when, for what. */
export const consents = pgTable("consents", {
  ...logColumns(),
  participantId: uuid()
    .notNull()
    .references(() => participants.id, { onDelete: "cascade" }),
  givenBy: text({ enum: ["participant", "parent"] }).notNull(),
  giverNameEnc: text(),
  purposes: jsonb().$type<string[]>().notNull(),
  givenOn: date({ mode: "string" }).notNull(),
  withdrawnOn: date({ mode: "string" }),
  ...audited(),
});

/** A participant on an activity's roster (the regulars of a lektiecafé). */
export const rosterEntries = pgTable(
  "roster_entries",
  {
    ...logColumns(),
    activityId: activityRef(),
    participantId: uuid()
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    ...audited(),
  },
  (t) => [uniqueIndex("roster_activity_participant_idx").on(t.activityId, t.participantId)],
);

/** A recurring session pattern (e.g. Monday, Wednesday, Thursday 15–17) that events are made from. */
export const eventSeries = pgTable("event_series", {
  ...logColumns(),
  activityId: activityRef(),
  type: text().notNull(),
  title: text(),
  weekdays: jsonb().$type<number[]>().notNull(),
  startTime: text(),
  endTime: text(),
  place: text(),
  fromDate: date({ mode: "string" }).notNull(),
  toDate: date({ mode: "string" }).notNull(),
  ...audited(),
});

/** An event (arrangement, oplæg, møde …) with its attendance as a headcount and/or named participants. */
export const events = pgTable(
  "events",
  {
    ...logColumns(),
    activityId: activityRef(),
    seriesId: uuid().references(() => eventSeries.id, { onDelete: "set null" }),
    type: text().notNull(),
    title: text(),
    date: date({ mode: "string" }).notNull(),
    startTime: text(),
    endTime: text(),
    place: text(),
    headcount: integer(),
    breakdown: jsonb().$type<Record<string, number>>().notNull().default({}),
    notesEnc: text(),
    ...audited(),
  },
  (t) => [index("events_plan_date_idx").on(t.planId, t.date), index("events_activity_idx").on(t.activityId)],
);

/** A participant ticked as present at an event. */
export const attendance = pgTable(
  "attendance",
  {
    ...logColumns(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    participantId: uuid()
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
  },
  (t) => [
    uniqueIndex("attendance_event_participant_idx").on(t.eventId, t.participantId),
    index("attendance_plan_idx").on(t.planId),
  ],
);

/** A course (forløb): a participant's path through a course type's stages to an outcome. */
export const courses = pgTable(
  "courses",
  {
    ...logColumns(),
    activityId: activityRef(),
    courseType: text().notNull(),
    participantId: uuid()
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    mentorParticipantId: uuid().references(() => participants.id, { onDelete: "set null" }),
    startDate: date({ mode: "string" }).notNull(),
    endDate: date({ mode: "string" }),
    outcome: text(),
    outcomeDate: date({ mode: "string" }),
    notesEnc: text(),
    ...audited(),
  },
  (t) => [index("courses_plan_idx").on(t.planId)],
);

/** A dated step of a course (afklaring, praktik, løntilskud, job …). */
export const courseStages = pgTable("course_stages", {
  ...logColumns(),
  courseId: uuid()
    .notNull()
    .references(() => courses.id, { onDelete: "cascade" }),
  stage: text().notNull(),
  date: date({ mode: "string" }).notNull(),
  ...audited(),
});

/** A follow-up some months after a course ended (Ung i Job: 3, 6 and 12 months). */
export const courseFollowUps = pgTable("course_follow_ups", {
  ...logColumns(),
  courseId: uuid()
    .notNull()
    .references(() => courses.id, { onDelete: "cascade" }),
  offsetMonths: integer().notNull(),
  date: date({ mode: "string" }).notNull(),
  status: text().notNull(),
  ...audited(),
});

/** A counselling contact (henvendelse). */
export const contacts = pgTable(
  "contacts",
  {
    ...logColumns(),
    activityId: activityRef(),
    participantId: uuid().references(() => participants.id, { onDelete: "cascade" }),
    householdId: uuid().references(() => households.id, { onDelete: "set null" }),
    date: date({ mode: "string" }).notNull(),
    topic: text(),
    notesEnc: text(),
    ...audited(),
  },
  (t) => [index("contacts_plan_idx").on(t.planId)],
);

/** A referral (brobygning) to a receiving body, and its result. */
export const referrals = pgTable("referrals", {
  ...logColumns(),
  activityId: activityRef(),
  contactId: uuid().references(() => contacts.id, { onDelete: "set null" }),
  participantId: uuid().references(() => participants.id, { onDelete: "cascade" }),
  householdId: uuid().references(() => households.id, { onDelete: "set null" }),
  date: date({ mode: "string" }).notNull(),
  receivingBody: text().notNull(),
  result: text(),
  ...audited(),
});

/** A staff assessment of a participant ("styrket socialt netværk"). */
export const assessments = pgTable("assessments", {
  ...logColumns(),
  activityId: activityRef(),
  participantId: uuid()
    .notNull()
    .references(() => participants.id, { onDelete: "cascade" }),
  assessment: text().notNull(),
  date: date({ mode: "string" }).notNull(),
  ...audited(),
});

/** Hours a volunteer gave to an activity. */
export const volunteerHours = pgTable("volunteer_hours", {
  ...logColumns(),
  activityId: activityRef(),
  participantId: uuid()
    .notNull()
    .references(() => participants.id, { onDelete: "cascade" }),
  date: date({ mode: "string" }).notNull(),
  hours: doublePrecision().notNull(),
  role: text(),
  ...audited(),
});

/** A figure entered for a criterion and period (external statistic, survey, yes/no). */
export const criterionValues = pgTable(
  "criterion_values",
  {
    ...logColumns(),
    criterionKey: text().notNull(),
    period: text().notNull(),
    value: doublePrecision().notNull(),
    source: text(),
    ...audited(),
  },
  (t) => [uniqueIndex("criterion_values_plan_key_period_idx").on(t.planId, t.criterionKey, t.period)],
);

/**
 * A figure of one of the plan's named series (fraflytningsprocent, tryghed …) for a period, with
 * the comparison area's figure and the source: entered once, read by every criterion on the series.
 */
export const seriesValues = pgTable(
  "series_values",
  {
    ...logColumns(),
    seriesKey: text().notNull(),
    period: text().notNull(),
    value: doublePrecision().notNull(),
    comparisonValue: doublePrecision(),
    /** The region's or the country's figure (the series' referenceArea), beside the kommune's. */
    referenceValue: doublePrecision(),
    source: text(),
    ...audited(),
  },
  (t) => [uniqueIndex("series_values_plan_key_period_idx").on(t.planId, t.seriesKey, t.period)],
);

/**
 * The change history of logbook entries: who changed what and when. Only non-identifying values
 * are kept; identifying and sensitive fields are recorded as "changed" without their content.
 */
export const recordHistory = pgTable(
  "record_history",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    organisationId: uuid().notNull(),
    planId: uuid().notNull(),
    recordType: text().notNull(),
    recordId: uuid().notNull(),
    action: text({ enum: ["create", "update", "delete", "restore", "erase", "merge"] }).notNull(),
    changedBy: uuid(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    changes: jsonb().$type<Record<string, { from?: unknown; to?: unknown } | "changed">>().notNull().default({}),
  },
  (t) => [index("record_history_record_idx").on(t.recordType, t.recordId)],
);

/** The column mapping an organisation used last time it imported a sheet. */
export const importMappings = pgTable(
  "import_mappings",
  {
    id: uuid().primaryKey(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    sheet: text().notNull(),
    mapping: jsonb().$type<Record<string, string>>().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("import_mappings_org_sheet_idx").on(t.organisationId, t.sheet)],
);
