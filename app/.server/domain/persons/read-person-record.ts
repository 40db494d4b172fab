import { and, asc, desc, eq, inArray, isNull, ne, or, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Database } from "../../db/client";
import {
  assessments,
  attendance,
  consents,
  contacts,
  courseFollowUps,
  courseStages,
  courses,
  events,
  households,
  type participants,
  recordHistory,
  referrals,
  rosterEntries,
  volunteerHours,
} from "../../db/schema";
import { inView, type PersonView } from "../logbook/person-view";

/**
 * Every column that refers to a person (or their household, courses or contacts), and the part of
 * `readPersonRecord`'s answer that holds its rows. A test compares this with the database's
 * foreign keys, and reads a person with a row in every one: a new table about persons must be
 * read here, or the test fails — for the record page and the data-subject export alike.
 */
export const personRecordCoverage: Record<string, keyof PersonRecordRows | "accessLog"> = {
  "consents.participant_id": "consents",
  "roster_entries.participant_id": "roster",
  "attendance.participant_id": "attendance",
  "courses.participant_id": "courses",
  "courses.mentor_participant_id": "mentoring",
  "contacts.participant_id": "contacts",
  "contacts.household_id": "householdContacts",
  "referrals.participant_id": "referrals",
  "referrals.household_id": "householdReferrals",
  "assessments.participant_id": "assessments",
  "volunteer_hours.participant_id": "volunteerHours",
  "participants.household_id": "household",
  "course_stages.course_id": "stages",
  "course_follow_ups.course_id": "followUps",
  "referrals.contact_id": "referrals",
  "audit_events.person_id": "accessLog",
  "record_history.record_id": "history",
};

/** What of a record is read: the activities in view, and whether removed rows come too (the export). */
export interface PersonRecordScope {
  view: PersonView;
  includeRemoved: boolean;
}

/** Every row Helhed holds about one person, as one structure (the audit log is read on its own: `personAccessLog`). */
export type PersonRecordRows = Awaited<ReturnType<typeof readPersonRecord>>;

/**
 * Reads every row about one person in one place — used by the record page and by the
 * data-subject export (GDPR art. 15/20), so the two cannot drift apart when a table is added.
 * @example const rows = await readPersonRecord(db, person, { view: { activities: "all", identity: true }, includeRemoved: true })
 */
export async function readPersonRecord(
  db: Database,
  person: Pick<typeof participants.$inferSelect, "id" | "householdId">,
  scope: PersonRecordScope,
) {
  const id = person.id;
  const { kept, ofPerson, ofHousehold } = personQueries(db, person, scope);
  const { courseRows, stages, followUps } = await readCourses(db, id, scope);
  const [household, consentRows, roster, attended, contactRows, referralRows] = await Promise.all([
    person.householdId
      ? db.select({ code: households.code }).from(households).where(eq(households.id, person.householdId))
      : Promise.resolve([]),
    db.select().from(consents).where(eq(consents.participantId, id)),
    db
      .select()
      .from(rosterEntries)
      .where(and(eq(rosterEntries.participantId, id), inView(scope.view, rosterEntries.activityId))),
    db
      .select({ event: events })
      .from(attendance)
      .innerJoin(events, eq(events.id, attendance.eventId))
      .where(and(eq(attendance.participantId, id), kept(events.deletedAt), inView(scope.view, events.activityId)))
      .orderBy(desc(events.date)),
    ofPerson(contacts),
    ofPerson(referrals) as unknown as Promise<(typeof referrals.$inferSelect)[]>,
  ]);
  const [assessmentRows, hourRows, history, mentoring, householdContacts, householdReferrals] = await Promise.all([
    ofPerson(assessments) as unknown as Promise<(typeof assessments.$inferSelect)[]>,
    ofPerson(volunteerHours) as unknown as Promise<(typeof volunteerHours.$inferSelect)[]>,
    db
      .select()
      .from(recordHistory)
      .where(and(eq(recordHistory.recordType, "participant"), eq(recordHistory.recordId, id)))
      .orderBy(asc(recordHistory.changedAt)),
    db
      .select()
      .from(courses)
      .where(and(eq(courses.mentorParticipantId, id), kept(courses.deletedAt), inView(scope.view, courses.activityId)))
      .orderBy(asc(courses.startDate)),
    ofHousehold(contacts),
    ofHousehold(referrals) as unknown as Promise<(typeof referrals.$inferSelect)[]>,
  ]);
  return {
    household: household[0]?.code ?? null,
    consents: consentRows,
    roster,
    attendance: attended.map((a) => a.event),
    courses: courseRows,
    stages,
    followUps,
    contacts: contactRows,
    referrals: referralRows,
    assessments: assessmentRows,
    volunteerHours: hourRows,
    history,
    mentoring,
    householdContacts,
    householdReferrals,
  };
}

/** Removed rows left out unless the scope includes them. */
const keptIn =
  (scope: PersonRecordScope) =>
  (deletedAt: PgColumn): SQL | undefined =>
    scope.includeRemoved ? undefined : isNull(deletedAt);

/** Queries for the person's own records of a kind, and their household's records naming someone else or no one. */
function personQueries(
  db: Database,
  person: Pick<typeof participants.$inferSelect, "id" | "householdId">,
  scope: PersonRecordScope,
) {
  const id = person.id;
  const kept = keptIn(scope);
  const ofPerson = <T extends typeof contacts | typeof referrals | typeof assessments | typeof volunteerHours>(t: T) =>
    db
      .select()
      .from(t as typeof contacts)
      .where(and(eq(t.participantId, id), kept(t.deletedAt), inView(scope.view, t.activityId)))
      .orderBy(desc(t.date));
  const ofHousehold = <T extends typeof contacts | typeof referrals>(t: T) =>
    person.householdId
      ? db
          .select()
          .from(t as typeof contacts)
          .where(
            and(
              eq(t.householdId, person.householdId),
              or(isNull(t.participantId), ne(t.participantId, id)),
              kept(t.deletedAt),
              inView(scope.view, t.activityId),
            ),
          )
          .orderBy(desc(t.date))
      : Promise.resolve([]);
  return { kept, ofPerson, ofHousehold };
}

/** The person's courses in view, with their stages and follow-ups. */
async function readCourses(db: Database, id: string, scope: PersonRecordScope) {
  const kept = keptIn(scope);
  const courseRows = await db
    .select()
    .from(courses)
    .where(and(eq(courses.participantId, id), kept(courses.deletedAt), inView(scope.view, courses.activityId)))
    .orderBy(asc(courses.startDate));
  const courseIds = courseRows.map((c) => c.id);
  const ofCourses = <T extends typeof courseStages | typeof courseFollowUps>(t: T) =>
    courseIds.length
      ? db
          .select()
          .from(t as typeof courseStages)
          .where(and(inArray(t.courseId, courseIds), kept(t.deletedAt)))
          .orderBy(asc(t.date))
      : Promise.resolve([]);
  const [stages, followUps] = await Promise.all([
    ofCourses(courseStages),
    ofCourses(courseFollowUps) as unknown as Promise<(typeof courseFollowUps.$inferSelect)[]>,
  ]);
  return { courseRows, stages, followUps };
}
