import { z } from "zod";
import * as t from "../../db/schema";
import { type ErrorKey, errorText } from "../../errors";
import { courseTypesOf, type LogbookContext } from "./logbook-context";

const date = z.iso.date({ error: errorText("dateFormat") });
const text = z
  .string()
  .trim()
  .max(4_000, errorText("textMax4000"))
  .optional()
  .transform((v) => (v ? v : null));
const id = z.string().uuid({ error: errorText("chooseFromList") });
const time = text.pipe(
  z
    .string()
    .regex(/^([01]\d|2[0-3])[:.][0-5]\d$/, errorText("timeFormat"))
    .nullable(),
);
/** A number of people: whole, not negative, and no more than any gathering holds (the column's range is far beyond). */
const count = z.coerce
  .number({ error: errorText("wholeNumber") })
  .int(errorText("wholeNumber"))
  .min(0, errorText("numberNotNegative"))
  .max(100_000, errorText("countMax"));
/** Minutes after midnight of a time written 16:00 or 16.00 (null: none). */
const minutesOf = (time: string | null) =>
  time === null ? null : Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
/** A field left empty is not 0: nothing was counted ("" and missing are null). */
const blankAsNull = (v: unknown) => (v === "" || v === undefined ? null : v);

/** Problems found by a record type's own rules, by field. */
type Check<T> = (value: T, ctx: LogbookContext) => { path: string; message: string }[];

const inVocabulary = (
  ctx: LogbookContext,
  list: "eventTypes" | "contactTopics" | "receivingBodies" | "assessmentTypes" | "volunteerRoles",
  key: string | null | undefined,
  path: string,
  message: ErrorKey,
) => {
  const words = ctx.plan.logbook?.[list] ?? [];
  return key && words.length > 0 && !words.some((w) => w.key === key) ? [{ path, message: errorText(message) }] : [];
};

/** A kind of logbook entry: its table, the fields staff fill in, its rules and whether it has an activity. */
export interface RecordType<S extends z.ZodType = z.ZodType> {
  name: string;
  label: string;
  table:
    | typeof t.events
    | typeof t.courses
    | typeof t.courseStages
    | typeof t.courseFollowUps
    | typeof t.contacts
    | typeof t.referrals
    | typeof t.assessments
    | typeof t.volunteerHours;
  schema: S;
  check: Check<z.output<S>>;
  /** Fields holding persons (checked to belong to the plan). */
  personFields: string[];
  /** Encrypted free-text fields (need the right to sensitive data). */
  encrypted: string[];
}

/** Declares a record type, keeping its schema's type for the rules. */
function recordType<S extends z.ZodType>(def: RecordType<S>): RecordType<S> {
  return def;
}

/** A part of the headcount; left empty, it is left out (not 0: "0 residents" would be a figure). */
const part = z.preprocess((v) => blankAsNull(v) ?? undefined, count.optional());
const breakdown = z
  .object({
    children: part,
    adults: part,
    residents: part,
    nonResidents: part,
    new: part,
    returning: part,
    volunteers: part,
  })
  .default({})
  .transform((b) => Object.fromEntries(Object.entries(b).filter(([, n]) => n !== undefined)) as Record<string, number>);

export const eventRecord = recordType({
  name: "event",
  label: "arrangement",
  table: t.events,
  schema: z.object({
    activityKey: z.string(),
    type: z.string().min(1, errorText("chooseType")),
    title: text,
    date,
    startTime: time,
    endTime: time,
    place: text,
    headcount: z.preprocess(blankAsNull, count.nullable()),
    breakdown,
    notes: text,
  }),
  check: (v, ctx) => {
    const problems = inVocabulary(ctx, "eventTypes", v.type, "type", "chooseTypeFromList");
    const b = v.breakdown as Record<string, number>;
    const total = v.headcount as number | null;
    for (const [a, c] of [
      ["children", "adults"],
      ["residents", "nonResidents"],
      ["new", "returning"],
    ] as const)
      if (total !== null && (b[a] ?? 0) + (b[c] ?? 0) > total)
        problems.push({
          path: `breakdown.${a}`,
          message: errorText("breakdownExceedsCount"),
        });
    if (total === null && Object.values(b).some((n) => n > 0))
      problems.push({ path: "headcount", message: errorText("totalWhenSplitting") });
    // An end before the start is past midnight (a night walk 22:00–02:00), for at most 12 hours;
    // 18:00–16:00 is a slip of the hand, and no event ends when it starts.
    const [from, to] = [v.startTime, v.endTime].map(minutesOf);
    if (from !== null && to !== null && (to === from || (to < from && to + 24 * 60 - from > 12 * 60)))
      problems.push({ path: "endTime", message: errorText("endTimeAfterStart") });
    return problems;
  },
  personFields: [],
  encrypted: ["notes"],
});

export const courseRecord = recordType({
  name: "course",
  label: "forløb",
  table: t.courses,
  schema: z.object({
    activityKey: z.string(),
    courseType: z.string().min(1, errorText("chooseCourseType")),
    participantId: id,
    mentorParticipantId: z
      .union([id, z.literal("").transform(() => null), z.null()])
      .optional()
      .transform((v) => v ?? null),
    startDate: date,
    endDate: z
      .union([date, z.literal("").transform(() => null), z.null()])
      .optional()
      .transform((v) => v ?? null),
    outcome: text,
    outcomeDate: z
      .union([date, z.literal("").transform(() => null), z.null()])
      .optional()
      .transform((v) => v ?? null),
    notes: text,
  }),
  check: (v, ctx) => {
    const type = courseTypesOf(ctx).find((c) => c.key === v.courseType);
    if (!type) return [{ path: "courseType", message: errorText("choosePlanCourseType") }];
    const problems: { path: string; message: string }[] = [];
    if (v.outcome && !type.outcomes.some((o) => o.key === v.outcome))
      problems.push({ path: "outcome", message: errorText("chooseOutcomeFromList") });
    if (v.outcome && !v.outcomeDate) problems.push({ path: "outcomeDate", message: errorText("outcomeDateRequired") });
    if (v.endDate && v.endDate < v.startDate)
      problems.push({ path: "endDate", message: errorText("courseEndsBeforeStart") });
    if (v.outcomeDate && v.outcomeDate < v.startDate)
      problems.push({ path: "outcomeDate", message: errorText("outcomeBeforeStart") });
    if (v.mentorParticipantId && v.mentorParticipantId === v.participantId)
      problems.push({ path: "mentorParticipantId", message: errorText("mentorMenteeDiffer") });
    return problems;
  },
  personFields: ["participantId", "mentorParticipantId"],
  encrypted: ["notes"],
});

export const courseStageRecord = recordType({
  name: "courseStage",
  label: "trin",
  table: t.courseStages,
  schema: z.object({ courseId: id, stage: z.string().min(1, errorText("chooseStage")), date }),
  check: () => [],
  personFields: [],
  encrypted: [],
});

export const courseFollowUpRecord = recordType({
  name: "courseFollowUp",
  label: "opfølgning",
  table: t.courseFollowUps,
  schema: z.object({
    courseId: id,
    offsetMonths: z.coerce
      .number({ error: errorText("followUpMonths") })
      .int(errorText("followUpMonths"))
      .min(1, errorText("followUpMonths"))
      .max(240, errorText("followUpMonths")),
    date,
    status: z.string().min(1, errorText("chooseStatus")),
  }),
  check: () => [],
  personFields: [],
  encrypted: [],
});

export const contactRecord = recordType({
  name: "contact",
  label: "henvendelse",
  table: t.contacts,
  schema: z.object({
    activityKey: z.string(),
    participantId: z
      .union([id, z.literal("").transform(() => null), z.null()])
      .optional()
      .transform((v) => v ?? null),
    householdId: z
      .union([id, z.literal("").transform(() => null), z.null()])
      .optional()
      .transform((v) => v ?? null),
    date,
    topic: text,
    notes: text,
  }),
  check: (v, ctx) => inVocabulary(ctx, "contactTopics", v.topic, "topic", "chooseTopicFromList"),
  personFields: ["participantId"],
  encrypted: ["notes"],
});

export const referralRecord = recordType({
  name: "referral",
  label: "henvisning",
  table: t.referrals,
  schema: z.object({
    activityKey: z.string(),
    contactId: z
      .union([id, z.literal("").transform(() => null), z.null()])
      .optional()
      .transform((v) => v ?? null),
    participantId: z
      .union([id, z.literal("").transform(() => null), z.null()])
      .optional()
      .transform((v) => v ?? null),
    householdId: z
      .union([id, z.literal("").transform(() => null), z.null()])
      .optional()
      .transform((v) => v ?? null),
    date,
    receivingBody: z.string().min(1, errorText("chooseReceivingBody")),
    result: text,
  }),
  check: (v, ctx) => inVocabulary(ctx, "receivingBodies", v.receivingBody, "receivingBody", "chooseReceiverFromList"),
  personFields: ["participantId"],
  encrypted: [],
});

export const assessmentRecord = recordType({
  name: "assessment",
  label: "vurdering",
  table: t.assessments,
  schema: z.object({
    activityKey: z.string(),
    participantId: id,
    assessment: z.string().min(1, errorText("chooseAssessment")),
    date,
  }),
  check: (v, ctx) => inVocabulary(ctx, "assessmentTypes", v.assessment, "assessment", "chooseAssessmentFromList"),
  personFields: ["participantId"],
  encrypted: [],
});

export const volunteerHoursRecord = recordType({
  name: "volunteerHours",
  label: "frivillige timer",
  table: t.volunteerHours,
  schema: z.object({
    activityKey: z.string(),
    participantId: id,
    date,
    hours: z.coerce
      .number({ error: errorText("hoursExample") })
      .positive(errorText("hoursAboveZero"))
      .max(24, errorText("hoursPerDayMax")),
    role: text,
  }),
  check: (v, ctx) => inVocabulary(ctx, "volunteerRoles", v.role, "role", "chooseRoleFromList"),
  personFields: ["participantId"],
  encrypted: [],
});

/** Every logbook record type by name. */
export const recordTypes = {
  event: eventRecord,
  course: courseRecord,
  courseStage: courseStageRecord,
  courseFollowUp: courseFollowUpRecord,
  contact: contactRecord,
  referral: referralRecord,
  assessment: assessmentRecord,
  volunteerHours: volunteerHoursRecord,
} as const;
export type RecordTypeName = keyof typeof recordTypes;
