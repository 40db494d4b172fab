import { and, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { ContactFact, CourseFact, EventFact, LogbookFacts, ParticipantFact, ReferralFact } from "~/measures/facts";
import type { Database } from "../../../db/client";
import {
  assessments,
  attendance,
  contacts,
  courseFollowUps,
  courseStages,
  courses,
  events,
  participants,
  referrals,
  volunteerHours,
} from "../../../db/schema";

/** Strings that occur many times (participant ids, types, dates) kept once in memory. */
export type Intern = (s: string) => string;

/** A fresh interning table: the same text gives back the same string object. */
export function interner(): Intern {
  const seen = new Map<string, string>();
  return (s) => {
    const hit = seen.get(s);
    if (hit !== undefined) return hit;
    seen.set(s, s);
    return s;
  };
}

/** The rows of one plan that are not removed, and only the listed ones when `ids` is given. */
function live(table: { planId: PgColumn; deletedAt: PgColumn }, key: PgColumn, planId: string, ids?: string[]): SQL {
  return and(
    eq(table.planId, planId),
    isNull(table.deletedAt),
    ids === undefined ? undefined : inArray(key, ids),
  ) as SQL;
}

/** Participants (all of the plan's, or the listed ones) as the engine needs them. */
export async function readParticipants(
  db: Database,
  planId: string,
  intern: Intern,
  ids?: string[],
): Promise<ParticipantFact[]> {
  const rows = await db
    .select({
      id: participants.id,
      birthYear: participants.birthYear,
      householdId: participants.householdId,
      targetGroupTags: participants.targetGroupTags,
      resident: participants.resident,
    })
    .from(participants)
    .where(live(participants, participants.id, planId, ids))
    .orderBy(participants.id);
  return rows.map((p) => ({
    ...p,
    id: intern(p.id),
    householdId: p.householdId === null ? null : intern(p.householdId),
    targetGroupTags: p.targetGroupTags.map(intern),
  }));
}

/** Events with their named attendees (one row per event: far fewer rows than one per attendance). */
export async function readEvents(db: Database, planId: string, intern: Intern, ids?: string[]): Promise<EventFact[]> {
  const [evs, att] = await Promise.all([
    db
      .select({
        id: events.id,
        activityId: events.activityId,
        date: events.date,
        type: events.type,
        headcount: events.headcount,
        breakdown: events.breakdown,
      })
      .from(events)
      .where(live(events, events.id, planId, ids))
      .orderBy(events.id),
    db
      .select({
        eventId: attendance.eventId,
        participants: sql<string>`string_agg(${attendance.participantId}::text, ',' order by ${attendance.participantId})`,
      })
      .from(attendance)
      .where(and(eq(attendance.planId, planId), ids === undefined ? undefined : inArray(attendance.eventId, ids)))
      .groupBy(attendance.eventId),
  ]);
  const attendees = new Map<string, string[]>();
  for (const a of att) attendees.set(a.eventId, a.participants ? a.participants.split(",").map(intern) : []);
  return evs.map((e) => ({
    id: e.id,
    activityId: intern(e.activityId),
    date: intern(e.date),
    type: intern(e.type),
    headcount: e.headcount,
    breakdown: e.breakdown ?? {},
    attendees: attendees.get(e.id) ?? [],
  }));
}

/** Courses with their stages and follow-ups. */
export async function readCourses(db: Database, planId: string, intern: Intern, ids?: string[]): Promise<CourseFact[]> {
  const [crs, stages, follow] = await Promise.all([
    db
      .select({
        id: courses.id,
        activityId: courses.activityId,
        courseType: courses.courseType,
        participantId: courses.participantId,
        startDate: courses.startDate,
        endDate: courses.endDate,
        outcome: courses.outcome,
        outcomeDate: courses.outcomeDate,
      })
      .from(courses)
      .where(live(courses, courses.id, planId, ids))
      .orderBy(courses.id),
    db
      .select({ courseId: courseStages.courseId, stage: courseStages.stage, date: courseStages.date })
      .from(courseStages)
      .where(live(courseStages, courseStages.courseId, planId, ids))
      .orderBy(courseStages.id),
    db
      .select({
        courseId: courseFollowUps.courseId,
        offsetMonths: courseFollowUps.offsetMonths,
        date: courseFollowUps.date,
        status: courseFollowUps.status,
      })
      .from(courseFollowUps)
      .where(live(courseFollowUps, courseFollowUps.courseId, planId, ids))
      .orderBy(courseFollowUps.id),
  ]);
  const stagesOf = groupBy(stages, (s) => s.courseId);
  const followOf = groupBy(follow, (f) => f.courseId);
  return crs.map((c) => ({
    ...c,
    activityId: intern(c.activityId),
    courseType: intern(c.courseType),
    participantId: intern(c.participantId),
    stages: (stagesOf.get(c.id) ?? []).map((s) => ({ stage: intern(s.stage), date: s.date })),
    followUps: (followOf.get(c.id) ?? []).map((f) => ({
      offsetMonths: f.offsetMonths,
      date: f.date,
      status: f.status,
    })),
  }));
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

const maybe = (intern: Intern, s: string | null) => (s === null ? null : intern(s));

/** Counselling contacts. */
export async function readContacts(
  db: Database,
  planId: string,
  intern: Intern,
  ids?: string[],
): Promise<ContactFact[]> {
  const rows = await db
    .select({
      id: contacts.id,
      activityId: contacts.activityId,
      date: contacts.date,
      topic: contacts.topic,
      participantId: contacts.participantId,
      householdId: contacts.householdId,
    })
    .from(contacts)
    .where(live(contacts, contacts.id, planId, ids))
    .orderBy(contacts.id);
  return rows.map((c) => ({
    ...c,
    activityId: intern(c.activityId),
    participantId: maybe(intern, c.participantId),
    householdId: maybe(intern, c.householdId),
  }));
}

/** Referrals to receiving bodies. */
export async function readReferrals(
  db: Database,
  planId: string,
  intern: Intern,
  ids?: string[],
): Promise<ReferralFact[]> {
  const rows = await db
    .select({
      id: referrals.id,
      activityId: referrals.activityId,
      date: referrals.date,
      receivingBody: referrals.receivingBody,
      participantId: referrals.participantId,
      householdId: referrals.householdId,
      result: referrals.result,
    })
    .from(referrals)
    .where(live(referrals, referrals.id, planId, ids))
    .orderBy(referrals.id);
  return rows.map((r) => ({
    ...r,
    activityId: intern(r.activityId),
    participantId: maybe(intern, r.participantId),
    householdId: maybe(intern, r.householdId),
  }));
}

/** Staff assessments of participants. */
export async function readAssessments(
  db: Database,
  planId: string,
  intern: Intern,
  ids?: string[],
): Promise<LogbookFacts["assessments"]> {
  const rows = await db
    .select({
      id: assessments.id,
      activityId: assessments.activityId,
      date: assessments.date,
      participantId: assessments.participantId,
      assessment: assessments.assessment,
    })
    .from(assessments)
    .where(live(assessments, assessments.id, planId, ids))
    .orderBy(assessments.id);
  return rows.map((a) => ({ ...a, activityId: intern(a.activityId), participantId: intern(a.participantId) }));
}

/** Volunteers' hours. */
export async function readVolunteerHours(
  db: Database,
  planId: string,
  intern: Intern,
  ids?: string[],
): Promise<LogbookFacts["volunteerHours"]> {
  const rows = await db
    .select({
      id: volunteerHours.id,
      activityId: volunteerHours.activityId,
      date: volunteerHours.date,
      participantId: volunteerHours.participantId,
      role: volunteerHours.role,
      hours: volunteerHours.hours,
    })
    .from(volunteerHours)
    .where(live(volunteerHours, volunteerHours.id, planId, ids))
    .orderBy(volunteerHours.id);
  return rows.map((v) => ({ ...v, activityId: intern(v.activityId), participantId: intern(v.participantId) }));
}
