import { recordAudit } from "../../audit/record-audit";
import type { FieldCipher } from "../../crypto/field-encryption";
import type { Database } from "../../db/client";
import { type LogbookContext, mayOn } from "../logbook/logbook-context";
import { requirePersonRight } from "./person-access";
import { personAccessLog } from "./person-access-log";
import { type PersonRecordRows, readPersonRecord } from "./read-person-record";

/**
 * Everything Helhed holds about one person (GDPR art. 15/20), in one structure: the record with
 * decrypted fields, consents, every registration, the change history and every access. Sensitive
 * fields are included when the exporter may read them. The export itself is audited.
 */
export async function exportPerson(db: Database, cipher: FieldCipher, ctx: LogbookContext, participantId: string) {
  const { participant: p, linked } = await requirePersonRight(db, ctx, participantId, "person.export");
  const sensitiveAllowed = linked.some((a) => mayOn(ctx, "person.sensitive", a));
  const title = (id: string) => ctx.byId.get(id)?.title ?? id;
  const rows = await readPersonRecord(db, p, { view: { activities: "all", identity: true }, includeRemoved: true });
  const accessLog = await personAccessLog(db, ctx, participantId);
  await recordAudit(db, ctx.actor, {
    action: "person.export",
    resourceType: "participant",
    resourceId: p.id,
    personId: p.id,
    organisationId: ctx.resource.organisationId,
    outcome: "allowed",
  });
  const shown: Shown = { rows, title, cipher, sensitiveAllowed };
  return {
    exportedAt: new Date().toISOString(),
    plan: { slug: ctx.plan.slug, title: ctx.plan.title, owner: ctx.plan.owner.name },
    person: personPart(p, shown),
    consents: rows.consents.map((c) => ({
      givenBy: c.givenBy,
      giverName: cipher.decryptOptional(c.giverNameEnc),
      purposes: c.purposes,
      givenOn: c.givenOn,
      withdrawnOn: c.withdrawnOn,
    })),
    ...registrationsPart(shown),
    ...recordsPart(shown),
    history: rows.history.map((h) => ({ at: h.changedAt.toISOString(), action: h.action, changes: h.changes })),
    accessLog,
  };
}

/** What every part of the export reads: the rows, activity titles, the cipher, and whether sensitive fields show. */
interface Shown {
  rows: PersonRecordRows;
  title: (activityId: string) => string;
  cipher: FieldCipher;
  sensitiveAllowed: boolean;
}

const oldestFirst = <T>(list: T[]) => [...list].reverse();

/** The person: pseudonymous and identity fields decrypted, sensitive fields when the exporter may read them. */
function personPart(p: Participant, { rows, cipher, sensitiveAllowed }: Shown) {
  return {
    code: p.code,
    initials: p.initials,
    name: cipher.decryptOptional(p.nameEnc),
    contact: cipher.decryptOptional(p.contactEnc),
    cpr: cipher.decryptOptional(p.cprEnc),
    birthYear: p.birthYear,
    gender: p.gender,
    departmentNumber: p.departmentNumber,
    household: rows.household,
    targetGroupTags: p.targetGroupTags,
    resident: p.resident,
    volunteer: p.volunteer,
    registeredAt: p.createdAt.toISOString(),
    sensitive: sensitiveAllowed && p.sensitiveEnc ? JSON.parse(cipher.decrypt(p.sensitiveEnc)) : undefined,
    notes: sensitiveAllowed ? cipher.decryptOptional(p.notesEnc) : undefined,
    sensitiveOmitted: !sensitiveAllowed && (!!p.sensitiveEnc || !!p.notesEnc),
  };
}

/** The person's activities (roster), attendance and courses with stages and follow-ups. */
function registrationsPart({ rows, title }: Shown) {
  return {
    activities: rows.roster.map((r) => ({
      activity: title(r.activityId),
      since: r.createdAt.toISOString().slice(0, 10),
      removed: r.deletedAt ? r.deletedAt.toISOString().slice(0, 10) : null,
    })),
    attendance: oldestFirst(rows.attendance).map((event) => ({
      date: event.date,
      activity: title(event.activityId),
      type: event.type,
      title: event.title,
    })),
    courses: rows.courses.map((c) => ({
      activity: title(c.activityId),
      courseType: c.courseType,
      startDate: c.startDate,
      endDate: c.endDate,
      outcome: c.outcome,
      outcomeDate: c.outcomeDate,
      stages: rows.stages.filter((st) => st.courseId === c.id).map((st) => ({ stage: st.stage, date: st.date })),
      followUps: rows.followUps
        .filter((f) => f.courseId === c.id)
        .map((f) => ({ offsetMonths: f.offsetMonths, date: f.date, status: f.status })),
      removed: !!c.deletedAt,
    })),
  };
}

/** Contacts, referrals, assessments, volunteer hours, courses as mentor, and the household's contacts and referrals. */
function recordsPart({ rows, title, cipher, sensitiveAllowed }: Shown) {
  const referral = (r: PersonRecordRows["referrals"][number]) => ({
    date: r.date,
    activity: title(r.activityId),
    receivingBody: r.receivingBody,
    result: r.result,
    removed: !!r.deletedAt,
  });
  return {
    contacts: oldestFirst(rows.contacts).map((c) => ({
      date: c.date,
      activity: title(c.activityId),
      topic: c.topic,
      notes: sensitiveAllowed ? cipher.decryptOptional(c.notesEnc) : undefined,
      removed: !!c.deletedAt,
    })),
    referrals: oldestFirst(rows.referrals).map(referral),
    assessments: oldestFirst(rows.assessments).map((a) => ({
      date: a.date,
      activity: title(a.activityId),
      assessment: a.assessment,
      removed: !!a.deletedAt,
    })),
    volunteerHours: oldestFirst(rows.volunteerHours).map((h) => ({
      date: h.date,
      activity: title(h.activityId),
      hours: h.hours,
      role: h.role,
      removed: !!h.deletedAt,
    })),
    mentoring: rows.mentoring.map((c) => ({
      activity: title(c.activityId),
      courseType: c.courseType,
      startDate: c.startDate,
      endDate: c.endDate,
      removed: !!c.deletedAt,
    })),
    householdContacts: oldestFirst(rows.householdContacts).map((c) => ({
      date: c.date,
      activity: title(c.activityId),
      topic: c.topic,
      removed: !!c.deletedAt,
    })),
    householdReferrals: oldestFirst(rows.householdReferrals).map(referral),
  };
}

type Participant = Awaited<ReturnType<typeof requirePersonRight>>["participant"];

/** Everything about one person, as exported. */
export type PersonExport = Awaited<ReturnType<typeof exportPerson>>;
