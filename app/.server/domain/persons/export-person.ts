import { and, asc, eq, isNull, ne, or } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import type { FieldCipher } from "../../crypto/field-encryption";
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
  recordHistory,
  referrals,
  rosterEntries,
  volunteerHours,
} from "../../db/schema";
import { type LogbookContext, mayOn } from "../logbook/logbook-context";
import { requirePersonRight } from "./person-access";
import { personAccessLog } from "./person-access-log";

/**
 * Every column that refers to a person (or their household), and where the export shows it. A
 * test compares this with the database's foreign keys: a new table about persons must be added
 * here and to the export, or the test fails.
 */
export const personExportCoverage: Record<string, string> = {
  "consents.participant_id": "consents",
  "roster_entries.participant_id": "activities",
  "attendance.participant_id": "attendance",
  "courses.participant_id": "courses",
  "courses.mentor_participant_id": "mentoring",
  "contacts.participant_id": "contacts",
  "contacts.household_id": "householdContacts",
  "referrals.participant_id": "referrals",
  "referrals.household_id": "householdReferrals",
  "assessments.participant_id": "assessments",
  "volunteer_hours.participant_id": "volunteerHours",
  "participants.household_id": "person",
  "course_stages.course_id": "courses",
  "course_follow_ups.course_id": "courses",
  "referrals.contact_id": "referrals",
  "audit_events.person_id": "accessLog",
  "record_history.record_id": "history",
};

/**
 * Everything Helhed holds about one person (GDPR art. 15/20), in one structure: the record with
 * decrypted fields, consents, every registration, the change history and every access. Sensitive
 * fields are included when the exporter may read them. The export itself is audited.
 */
export async function exportPerson(db: Database, cipher: FieldCipher, ctx: LogbookContext, participantId: string) {
  const { participant: p, linked } = await requirePersonRight(db, ctx, participantId, "person.export");
  const sensitiveAllowed = linked.some((a) => mayOn(ctx, "person.sensitive", a));
  const title = (id: string) => ctx.byId.get(id)?.title ?? id;
  const live = isNull(courses.deletedAt);
  const [
    household,
    consentRows,
    roster,
    attended,
    courseRows,
    contactRows,
    referralRows,
    assessmentRows,
    hourRows,
    history,
    mentoring,
    householdContacts,
    householdReferrals,
  ] = await Promise.all([
    p.householdId
      ? db.select({ code: households.code }).from(households).where(eq(households.id, p.householdId))
      : Promise.resolve([]),
    db.select().from(consents).where(eq(consents.participantId, p.id)),
    db.select().from(rosterEntries).where(eq(rosterEntries.participantId, p.id)),
    db
      .select({ event: events })
      .from(attendance)
      .innerJoin(events, eq(events.id, attendance.eventId))
      .where(eq(attendance.participantId, p.id))
      .orderBy(asc(events.date)),
    db
      .select()
      .from(courses)
      .where(and(eq(courses.participantId, p.id), live))
      .orderBy(asc(courses.startDate)),
    db.select().from(contacts).where(eq(contacts.participantId, p.id)).orderBy(asc(contacts.date)),
    db.select().from(referrals).where(eq(referrals.participantId, p.id)).orderBy(asc(referrals.date)),
    db.select().from(assessments).where(eq(assessments.participantId, p.id)).orderBy(asc(assessments.date)),
    db.select().from(volunteerHours).where(eq(volunteerHours.participantId, p.id)).orderBy(asc(volunteerHours.date)),
    db.select().from(recordHistory).where(eq(recordHistory.recordId, p.id)).orderBy(asc(recordHistory.changedAt)),
    db.select().from(courses).where(eq(courses.mentorParticipantId, p.id)).orderBy(asc(courses.startDate)),
    // Contacts and referrals recorded on the person's household (not on the person themself).
    p.householdId
      ? db
          .select()
          .from(contacts)
          .where(
            and(
              eq(contacts.householdId, p.householdId),
              or(isNull(contacts.participantId), ne(contacts.participantId, p.id)),
            ),
          )
          .orderBy(asc(contacts.date))
      : Promise.resolve([]),
    p.householdId
      ? db
          .select()
          .from(referrals)
          .where(
            and(
              eq(referrals.householdId, p.householdId),
              or(isNull(referrals.participantId), ne(referrals.participantId, p.id)),
            ),
          )
          .orderBy(asc(referrals.date))
      : Promise.resolve([]),
  ]);
  const stagesAndFollowUps = await Promise.all(
    courseRows.map(async (c) => ({
      stages: await db
        .select({ stage: courseStages.stage, date: courseStages.date })
        .from(courseStages)
        .where(eq(courseStages.courseId, c.id))
        .orderBy(asc(courseStages.date)),
      followUps: await db
        .select({
          offsetMonths: courseFollowUps.offsetMonths,
          date: courseFollowUps.date,
          status: courseFollowUps.status,
        })
        .from(courseFollowUps)
        .where(eq(courseFollowUps.courseId, c.id)),
    })),
  );
  const accessLog = await personAccessLog(db, ctx, participantId);
  await recordAudit(db, ctx.actor, {
    action: "person.export",
    resourceType: "participant",
    resourceId: p.id,
    personId: p.id,
    organisationId: ctx.resource.organisationId,
    outcome: "allowed",
  });
  return {
    exportedAt: new Date().toISOString(),
    plan: { slug: ctx.plan.slug, title: ctx.plan.title, owner: ctx.plan.owner.name },
    person: {
      code: p.code,
      initials: p.initials,
      name: cipher.decryptOptional(p.nameEnc),
      contact: cipher.decryptOptional(p.contactEnc),
      cpr: cipher.decryptOptional(p.cprEnc),
      birthYear: p.birthYear,
      gender: p.gender,
      departmentNumber: p.departmentNumber,
      household: household[0]?.code ?? null,
      targetGroupTags: p.targetGroupTags,
      resident: p.resident,
      volunteer: p.volunteer,
      registeredAt: p.createdAt.toISOString(),
      sensitive: sensitiveAllowed && p.sensitiveEnc ? JSON.parse(cipher.decrypt(p.sensitiveEnc)) : undefined,
      notes: sensitiveAllowed ? cipher.decryptOptional(p.notesEnc) : undefined,
      sensitiveOmitted: !sensitiveAllowed && (!!p.sensitiveEnc || !!p.notesEnc),
    },
    consents: consentRows.map((c) => ({
      givenBy: c.givenBy,
      giverName: cipher.decryptOptional(c.giverNameEnc),
      purposes: c.purposes,
      givenOn: c.givenOn,
      withdrawnOn: c.withdrawnOn,
    })),
    activities: roster.map((r) => ({
      activity: title(r.activityId),
      since: r.createdAt.toISOString().slice(0, 10),
      removed: r.deletedAt ? r.deletedAt.toISOString().slice(0, 10) : null,
    })),
    attendance: attended.map(({ event }) => ({
      date: event.date,
      activity: title(event.activityId),
      type: event.type,
      title: event.title,
    })),
    courses: courseRows.map((c, i) => ({
      activity: title(c.activityId),
      courseType: c.courseType,
      startDate: c.startDate,
      endDate: c.endDate,
      outcome: c.outcome,
      outcomeDate: c.outcomeDate,
      ...stagesAndFollowUps[i],
    })),
    contacts: contactRows.map((c) => ({
      date: c.date,
      activity: title(c.activityId),
      topic: c.topic,
      notes: sensitiveAllowed ? cipher.decryptOptional(c.notesEnc) : undefined,
      removed: !!c.deletedAt,
    })),
    referrals: referralRows.map((r) => ({
      date: r.date,
      activity: title(r.activityId),
      receivingBody: r.receivingBody,
      result: r.result,
      removed: !!r.deletedAt,
    })),
    assessments: assessmentRows.map((a) => ({
      date: a.date,
      activity: title(a.activityId),
      assessment: a.assessment,
      removed: !!a.deletedAt,
    })),
    volunteerHours: hourRows.map((h) => ({
      date: h.date,
      activity: title(h.activityId),
      hours: h.hours,
      role: h.role,
      removed: !!h.deletedAt,
    })),
    mentoring: mentoring.map((c) => ({
      activity: title(c.activityId),
      courseType: c.courseType,
      startDate: c.startDate,
      endDate: c.endDate,
      removed: !!c.deletedAt,
    })),
    householdContacts: householdContacts.map((c) => ({
      date: c.date,
      activity: title(c.activityId),
      topic: c.topic,
      removed: !!c.deletedAt,
    })),
    householdReferrals: householdReferrals.map((r) => ({
      date: r.date,
      activity: title(r.activityId),
      receivingBody: r.receivingBody,
      result: r.result,
      removed: !!r.deletedAt,
    })),
    history: history.map((h) => ({ at: h.changedAt.toISOString(), action: h.action, changes: h.changes })),
    accessLog,
  };
}

/** Everything about one person, as exported. */
export type PersonExport = Awaited<ReturnType<typeof exportPerson>>;
