import { recordAudit } from "../../audit/record-audit";
import { authorize } from "../../auth/authorize";
import type { FieldCipher } from "../../crypto/field-encryption";
import type { Database } from "../../db/client";
import { userError } from "../../errors";
import { type PersonRecordRows, readPersonRecord } from "../persons/read-person-record";
import {
  activityResource,
  type LogActivity,
  type LogbookContext,
  mayOn,
  reachableActivityIds,
} from "./logbook-context";
import { linkedActivityIds, loadParticipant } from "./participant-links";
import { activityInView, type PersonView, personView } from "./person-view";

/**
 * Opens a participant's record. Allowed when the actor may read persons on one of the
 * participant's activities; outside the actor's own activities a reason is required first
 * ({ needsReason: true }). Every opening is audited with its reason.
 */
export async function openParticipant(
  db: Database,
  cipher: FieldCipher,
  ctx: LogbookContext,
  participantId: string,
  reason?: string,
) {
  const p = await loadParticipant(db, ctx, participantId);
  const linked = [...(await linkedActivityIds(db, participantId))]
    .map((id) => ctx.byId.get(id) as LogActivity)
    .filter(Boolean);
  const readable = linked.filter((a) => mayOn(ctx, "person.read", a));
  if (readable.length === 0) {
    await authorize(db, ctx.actor, "person.read", linked[0] ? activityResource(ctx, linked[0]) : ctx.resource, {
      personId: participantId,
    });
  }
  const own = reachableActivityIds(ctx, "logbook.write");
  const inOwn = linked.some((a) => own === "all" || own.has(a.id));
  if (!inOwn) {
    if (!reason) return { needsReason: true as const, code: p.code };
    if (reason.trim().length < 5)
      throw userError("reason-required", "openReasonRequired", [{ path: "reason", message: "purposeRequired" }]);
  }
  await recordAudit(db, ctx.actor, {
    action: "person.read",
    resourceType: "participant",
    resourceId: participantId,
    personId: participantId,
    organisationId: ctx.resource.organisationId,
    reason: inOwn ? undefined : reason?.trim(),
    outcome: "allowed",
  });
  const view = await personView(db, ctx, participantId);
  return { needsReason: false as const, record: await participantRecord(db, cipher, ctx, p, linked, view) };
}

async function participantRecord(
  db: Database,
  cipher: FieldCipher,
  ctx: LogbookContext,
  p: Participant,
  linked: LogActivity[],
  view: PersonView,
) {
  const rows = await readPersonRecord(db, p, { view, includeRemoved: false });
  return {
    ...personFields(cipher, p, view, rows),
    activities: linked.filter((a) => activityInView(view, a.id)).map((a) => ({ key: a.key, title: a.title })),
    ...loggedRecords(ctx, rows),
    history: rows.history.map((h) => ({
      action: h.action,
      at: h.changedAt.toISOString(),
      changes: inViewChanges(ctx, view, h.changes),
    })),
  };
}

type Participant = Awaited<ReturnType<typeof loadParticipant>>;

/** Who the participant is: the pseudonymous fields, identity (decrypted) only where the view shows it, consents. */
function personFields(cipher: FieldCipher, p: Participant, view: PersonView, rows: PersonRecordRows) {
  const id = p.id;
  return {
    id,
    code: p.code,
    initials: p.initials,
    birthYear: p.birthYear,
    gender: p.gender,
    departmentNumber: p.departmentNumber,
    household: rows.household,
    targetGroupTags: p.targetGroupTags,
    resident: p.resident,
    volunteer: p.volunteer,
    erased: !!p.erasedAt,
    name: view.identity ? cipher.decryptOptional(p.nameEnc) : null,
    contact: view.identity ? cipher.decryptOptional(p.contactEnc) : null,
    hasCpr: view.identity && !!p.cprEnc,
    hasSensitive: view.identity && (!!p.sensitiveEnc || !!p.notesEnc),
    consents: rows.consents.map((c) => ({
      givenBy: c.givenBy,
      purposes: c.purposes,
      givenOn: c.givenOn,
      withdrawnOn: c.withdrawnOn,
    })),
  };
}

/** What was logged about the participant, each record with its activity's title. */
function loggedRecords(ctx: LogbookContext, rows: PersonRecordRows) {
  const title = (activityId: string) => ctx.byId.get(activityId)?.title ?? "";
  return {
    attendance: {
      count: rows.attendance.length,
      last: rows.attendance
        .slice(0, 10)
        .map((e) => ({ id: e.id, date: e.date, activity: title(e.activityId), type: e.type })),
    },
    courses: rows.courses.map((c) => ({
      id: c.id,
      courseType: c.courseType,
      activity: title(c.activityId),
      startDate: c.startDate,
      endDate: c.endDate,
      outcome: c.outcome,
      outcomeDate: c.outcomeDate,
      stages: rows.stages.filter((s) => s.courseId === c.id).map((s) => ({ stage: s.stage, date: s.date })),
    })),
    contacts: rows.contacts.map((c) => ({ id: c.id, date: c.date, topic: c.topic, activity: title(c.activityId) })),
    referrals: rows.referrals.map((r) => ({
      id: r.id,
      date: r.date,
      receivingBody: r.receivingBody,
      result: r.result,
      activity: title(r.activityId),
    })),
    assessments: rows.assessments.map((a) => ({
      id: a.id,
      date: a.date,
      assessment: a.assessment,
      activity: title(a.activityId),
    })),
    volunteerHours: rows.volunteerHours.map((h) => ({
      id: h.id,
      date: h.date,
      hours: h.hours,
      role: h.role,
      activity: title(h.activityId),
    })),
  };
}

/** A history line naming an activity out of view keeps only that something happened. */
function inViewChanges(ctx: LogbookContext, view: PersonView, changes: PersonRecordRows["history"][number]["changes"]) {
  const named = changes.activity;
  const key = typeof named === "object" ? (named.to ?? named.from) : undefined;
  const activity = typeof key === "string" ? ctx.byKey.get(key) : undefined;
  return activity && !activityInView(view, activity.id) ? {} : changes;
}

/**
 * Shows a participant's sensitive fields (health, addiction, ethnicity) and notes. Needs the
 * right to sensitive data on one of the participant's activities; the read — or the refusal —
 * is audited.
 */
export async function revealSensitive(db: Database, cipher: FieldCipher, ctx: LogbookContext, participantId: string) {
  const p = await loadParticipant(db, ctx, participantId);
  const linked = [...(await linkedActivityIds(db, participantId))]
    .map((id) => ctx.byId.get(id) as LogActivity)
    .filter(Boolean);
  const allowed = linked.find((a) => mayOn(ctx, "person.sensitive", a));
  // Sensitive fields belong to the person's registration: an actor seeing only some activities sees them only from there.
  if (allowed && !(await personView(db, ctx, participantId)).identity)
    throw userError("forbidden", "recordInOtherActivity");
  if (!allowed)
    await authorize(db, ctx.actor, "person.sensitive", linked[0] ? activityResource(ctx, linked[0]) : ctx.resource, {
      personId: participantId,
    });
  await recordAudit(db, ctx.actor, {
    action: "person.readSensitive",
    resourceType: "participant",
    resourceId: participantId,
    personId: participantId,
    organisationId: ctx.resource.organisationId,
    outcome: "allowed",
  });
  const sensitive = p.sensitiveEnc
    ? (JSON.parse(cipher.decrypt(p.sensitiveEnc)) as { health?: string; addiction?: string; ethnicity?: string })
    : {};
  return { ...sensitive, notes: cipher.decryptOptional(p.notesEnc) };
}

/** A participant's record as the record page shows it. */
export type ParticipantRecordView = Awaited<ReturnType<typeof participantRecord>>;
