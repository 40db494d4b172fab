import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import { authorize } from "../../auth/authorize";
import type { FieldCipher } from "../../crypto/field-encryption";
import type { Database } from "../../db/client";
import { courses, participants } from "../../db/schema";
import { type DetailInput, detailsOf, UserError, userError } from "../../errors";
import { isUuid } from "../../ids";
import { diffForHistory, writeHistory } from "./history";
import {
  activityResource,
  courseTypesOf,
  type LogActivity,
  type LogbookContext,
  requireActivity,
  userIdOf,
} from "./logbook-context";
import { mayReadPerson } from "./participant-links";
import { planPeriodParams } from "./plan-period-message";
import { type RecordTypeName, recordTypes } from "./record-types";

type Problem = DetailInput;

/** The refusal of an edit made from an older version than the stored one: nothing is changed. */
export class EditConflict extends UserError {
  constructor(readonly storedVersion: number) {
    super("conflict", "editConflict");
  }
}
const invalid = (problems: Problem[]) => userError("invalid-record", "checkFields", { details: problems });

/** Validates input for a record type and works out the activity it belongs to; throws with every problem. */
async function prepare(
  db: Database,
  cipher: FieldCipher,
  ctx: LogbookContext,
  typeName: RecordTypeName,
  input: unknown,
) {
  const type = recordTypes[typeName];
  const parsed = type.schema.safeParse(input);
  if (!parsed.success) throw invalid(detailsOf(parsed.error.issues));
  const v = parsed.data as Record<string, unknown>;
  const problems: Problem[] = [...type.check(v as never, ctx)];
  let activity: LogActivity;
  if (typeof v.activityKey === "string") activity = await requireActivity(db, ctx, v.activityKey, "logbook.write");
  else {
    const [course] = await db
      .select()
      .from(courses)
      .where(and(eq(courses.id, v.courseId as string), eq(courses.planId, ctx.planId), isNull(courses.deletedAt)));
    if (!course) throw invalid([{ path: "courseId", key: "courseNotFound" }]);
    activity = ctx.byId.get(course.activityId) as LogActivity;
    await authorize(db, ctx.actor, "logbook.write", activityResource(ctx, activity));
    const courseType = courseTypesOf(ctx).find((c) => c.key === course.courseType);
    if (typeName === "courseStage" && !courseType?.stages.some((s) => s.key === v.stage))
      problems.push({ path: "stage", key: "chooseCourseStage" });
    if (typeName === "courseFollowUp") {
      if (!courseType?.followUpMonths.includes(v.offsetMonths as number))
        problems.push({ path: "offsetMonths", key: "followUpMonthsUnknown" });
      if (![...(courseType?.outcomes ?? []).map((o) => o.key), "ingen-kontakt"].includes(v.status as string))
        problems.push({ path: "status", key: "chooseStatusFromList" });
    }
    if ((v.date as string) < course.startDate) problems.push({ path: "date", key: "dateBeforeCourseStart" });
  }
  const day = (v.date ?? v.startDate) as string;
  if (day && (day < ctx.plan.period.start || day > ctx.plan.period.end))
    problems.push({
      path: v.date ? "date" : "startDate",
      key: "dateOutsidePlanPeriod",
      params: planPeriodParams(ctx.plan.period),
    });
  const persons = type.personFields.map((f) => v[f]).filter((p): p is string => typeof p === "string");
  if (persons.length > 0) {
    const found = await db
      .select({ id: participants.id })
      .from(participants)
      .where(
        and(
          inArray(participants.id, persons),
          eq(participants.planId, ctx.planId),
          isNull(participants.deletedAt),
          isNull(participants.erasedAt),
        ),
      );
    for (const field of type.personFields)
      if (typeof v[field] === "string" && !found.some((f) => f.id === v[field]))
        problems.push({ path: field, key: "choosePlanParticipant" });
    for (const field of type.personFields)
      if (typeof v[field] === "string" && !(await mayReadPerson(db, ctx, v[field] as string)))
        problems.push({ path: field, key: "choosePlanParticipant" });
  }
  if (problems.length) throw invalid(problems);
  if (type.encrypted.some((f) => v[f]))
    await authorize(db, ctx.actor, "person.sensitive", activityResource(ctx, activity));
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(v)) {
    if (key === "activityKey") row.activityId = activity.id;
    else if (type.encrypted.includes(key)) row[`${key}Enc`] = cipher.encryptOptional(value as string | null);
    else row[key] = value;
  }
  return { type, row, activity };
}

/**
 * Logs a new entry of a record type (event, course, stage, follow-up, contact, referral,
 * assessment, volunteer hours) with its history line and audit entry.
 * @example await createRecord(db, cipher, ctx, "event", { activityKey: "lektiecafe", type: "arrangement", date: "2014-03-04", headcount: 14 })
 */
export async function createRecord(
  db: Database,
  cipher: FieldCipher,
  ctx: LogbookContext,
  typeName: RecordTypeName,
  input: unknown,
) {
  const { type, row, activity } = await prepare(db, cipher, ctx, typeName, input);
  const id = randomUUID();
  const values = {
    id,
    organisationId: ctx.resource.organisationId,
    planId: ctx.planId,
    ...row,
    createdBy: userIdOf(ctx),
  };
  await db.transaction(async (tx) => {
    await tx.insert(type.table).values(values as never);
    await writeHistory(tx, ctx.actor, {
      organisationId: values.organisationId,
      planId: ctx.planId,
      recordType: type.name,
      recordId: id,
      action: "create",
      changes: diffForHistory(null, row),
    });
    await recordAudit(tx, ctx.actor, {
      action: "logbook.write",
      resourceType: type.name,
      resourceId: id,
      organisationId: values.organisationId,
      personId: personOf(row),
      outcome: "allowed",
      details: { activity: activity.key },
    });
  });
  return { id };
}

/**
 * Corrects an entry: the whole entry is validated again and the history keeps what changed. Given
 * the version the edit started from, an entry saved by someone else meanwhile is not overwritten:
 * the edit is refused with the code "conflict" (the stored version in `storedVersion`), nothing changed.
 * @example await correctRecord(db, cipher, ctx, "event", id, { ...fields }, 3)
 */
export async function correctRecord(
  db: Database,
  cipher: FieldCipher,
  ctx: LogbookContext,
  typeName: RecordTypeName,
  id: string,
  input: unknown,
  baseVersion?: number,
) {
  const before = await loadRecord(db, ctx, typeName, id);
  // Rights on the entry as stored, not only on the activity the input names.
  await authorizeStored(db, ctx, before, "logbook.write");
  if (baseVersion !== undefined && baseVersion !== before.version) throw new EditConflict(before.version as number);
  const { type, row } = await prepare(db, cipher, ctx, typeName, input);
  // A field the form did not send (e.g. notes hidden from someone without the right) is kept.
  for (const field of type.encrypted)
    if ((input as Record<string, unknown>)[field] === undefined) delete row[`${field}Enc`];
  await db.transaction(async (tx) => {
    // Only the version the edit started from is replaced (a save in between makes this miss).
    const version = baseVersion ?? (before.version as number);
    const updated = await tx
      .update(type.table)
      .set({ ...row, updatedAt: new Date() } as never)
      .where(and(eq(type.table.id, id), eq(type.table.version, version)))
      .returning({ id: type.table.id });
    if (updated.length === 0) {
      const [now] = await tx.select({ version: type.table.version }).from(type.table).where(eq(type.table.id, id));
      throw new EditConflict(now?.version ?? version + 1);
    }
    await writeHistory(tx, ctx.actor, {
      organisationId: ctx.resource.organisationId,
      planId: ctx.planId,
      recordType: type.name,
      recordId: id,
      action: "update",
      changes: diffForHistory(before, row),
    });
    await recordAudit(tx, ctx.actor, {
      action: "logbook.correct",
      resourceType: type.name,
      resourceId: id,
      organisationId: ctx.resource.organisationId,
      personId: personOf(row),
      outcome: "allowed",
    });
  });
}

/** Removes (or restores) an entry: it stays in the database with its history, but counts nowhere. */
export async function removeRecord(
  db: Database,
  ctx: LogbookContext,
  typeName: RecordTypeName,
  id: string,
  restore = false,
) {
  const type = recordTypes[typeName];
  const before = await loadRecord(db, ctx, typeName, id, restore);
  await authorizeStored(db, ctx, before, "logbook.write");
  await db.transaction(async (tx) => {
    await tx
      .update(type.table)
      .set({ deletedAt: restore ? null : new Date() } as never)
      .where(eq(type.table.id, id));
    await writeHistory(tx, ctx.actor, {
      organisationId: ctx.resource.organisationId,
      planId: ctx.planId,
      recordType: type.name,
      recordId: id,
      action: restore ? "restore" : "delete",
    });
    await recordAudit(tx, ctx.actor, {
      action: restore ? "logbook.restore" : "logbook.remove",
      resourceType: type.name,
      resourceId: id,
      organisationId: ctx.resource.organisationId,
      outcome: "allowed",
    });
  });
}

/** Loads an entry of the plan (removed ones only when asked); a wrong id or plan is "not found". */
export async function loadRecord(
  db: Database,
  ctx: LogbookContext,
  typeName: RecordTypeName,
  id: string,
  removed = false,
): Promise<Record<string, unknown>> {
  const table = recordTypes[typeName].table;
  if (!isUuid(id)) throw userError("not-found", "recordNotFound");
  const [row] = await db
    .select()
    .from(table)
    .where(and(eq(table.id, id), eq(table.planId, ctx.planId)));
  if (!row || (!removed && row.deletedAt) || (removed && !row.deletedAt))
    throw userError("not-found", "recordNotFound");
  return row as Record<string, unknown>;
}

/** Checks a right on the activity a stored entry belongs to (a course's, for its stages and follow-ups). */
export async function authorizeStored(
  db: Database,
  ctx: LogbookContext,
  stored: Record<string, unknown>,
  action: "logbook.read" | "logbook.write",
) {
  let activityId = stored.activityId as string | undefined;
  if (!activityId) {
    const [c] = await db
      .select({ activityId: courses.activityId })
      .from(courses)
      .where(eq(courses.id, stored.courseId as string));
    activityId = c?.activityId;
  }
  const activity = activityId ? ctx.byId.get(activityId) : undefined;
  if (!activity) throw userError("not-found", "recordNotFound");
  await authorize(db, ctx.actor, action, activityResource(ctx, activity));
}

function personOf(row: Record<string, unknown>) {
  return typeof row.participantId === "string" ? row.participantId : undefined;
}
