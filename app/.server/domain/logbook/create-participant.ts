import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import { authorize } from "../../auth/authorize";
import type { FieldCipher } from "../../crypto/field-encryption";
import type { Database } from "../../db/client";
import { consents, households, participants, rosterEntries } from "../../db/schema";
import { userError } from "../../errors";
import { nextCode } from "./codes";
import { writeHistory } from "./history";
import { activityResource, type LogbookContext, requireActivity, userIdOf } from "./logbook-context";
import {
  type ParticipantData,
  type ParticipantInput,
  participantInputSchema,
  participantRuleProblems,
} from "./participant-input";
import { personSettings } from "./person-settings";

/** A likely duplicate shown before a new participant is created. */
export interface DuplicateCandidate {
  id: string;
  code: string;
  initials: string | null;
  birthYear: number | null;
  departmentNumber: string | null;
}

/**
 * Registers a participant on an activity (and its roster). Pseudonymous unless the organisation
 * allows names and a consent is recorded; sensitive fields and notes are encrypted and need the
 * right to them. Likely duplicates (same initials and birth year) are returned instead, unless
 * `confirmNew` says this is a different person.
 */
export async function createParticipant(
  db: Database,
  cipher: FieldCipher,
  ctx: LogbookContext,
  input: { activityKey: string; participant: ParticipantInput; confirmNew?: boolean },
): Promise<{ created: { id: string; code: string } } | { duplicates: DuplicateCandidate[] }> {
  const activity = await requireActivity(db, ctx, input.activityKey, "person.write");
  const parsed = participantInputSchema.safeParse(input.participant);
  if (!parsed.success)
    throw userError(
      "invalid-participant",
      "checkFields",
      parsed.error.issues.map((i) => ({ path: String(i.path[0]), message: i.message })),
    );
  const p = parsed.data;
  const problems = participantRuleProblems(p, await personSettings(db, ctx));
  if (problems.length) throw userError("invalid-participant", "checkFields", problems);
  if (p.sensitive || p.notes) await authorize(db, ctx.actor, "person.sensitive", activityResource(ctx, activity));

  if (!input.confirmNew && p.initials && p.birthYear) {
    const duplicates = await likelyDuplicates(db, ctx, p.initials, p.birthYear);
    if (duplicates.length > 0) return { duplicates };
  }
  return db.transaction(async (tx) => {
    const householdId = await householdFor(tx, ctx, p);
    const created = await insertParticipant(tx, cipher, ctx, p, householdId);
    await tx.insert(rosterEntries).values({
      id: randomUUID(),
      organisationId: ctx.resource.organisationId,
      planId: ctx.planId,
      activityId: activity.id,
      participantId: created.id,
      createdBy: userIdOf(ctx),
    });
    await writeHistory(tx, ctx.actor, {
      organisationId: ctx.resource.organisationId,
      planId: ctx.planId,
      recordType: "participant",
      recordId: created.id,
      action: "create",
      changes: { code: { to: created.code }, activity: { to: activity.key } },
    });
    await recordAudit(tx, ctx.actor, {
      action: "person.create",
      resourceType: "participant",
      resourceId: created.id,
      personId: created.id,
      organisationId: ctx.resource.organisationId,
      outcome: "allowed",
      details: { activity: activity.key },
    });
    return { created };
  });
}

/** Participants of the plan with the same initials (any case) and birth year, not removed or erased. */
async function likelyDuplicates(
  db: Database,
  ctx: LogbookContext,
  initials: string,
  birthYear: number,
): Promise<DuplicateCandidate[]> {
  return db
    .select({
      id: participants.id,
      code: participants.code,
      initials: participants.initials,
      birthYear: participants.birthYear,
      departmentNumber: participants.departmentNumber,
    })
    .from(participants)
    .where(
      and(
        eq(participants.planId, ctx.planId),
        isNull(participants.deletedAt),
        isNull(participants.erasedAt),
        eq(participants.birthYear, birthYear),
        sql`upper(${participants.initials}) = ${initials.toUpperCase()}`,
      ),
    );
}

/** The participant's household: one of the plan's, a new one, or none. */
async function householdFor(tx: Database, ctx: LogbookContext, p: ParticipantData): Promise<string | null> {
  const householdId = p.householdId ?? null;
  if (householdId) {
    const [h] = await tx
      .select({ id: households.id })
      .from(households)
      .where(and(eq(households.id, householdId), eq(households.planId, ctx.planId)));
    if (!h)
      throw userError("invalid-participant", "householdNotInPlan", [
        { path: "householdId", message: "chooseHousehold" },
      ]);
    return householdId;
  }
  if (!p.newHousehold) return null;
  const id = randomUUID();
  await tx.insert(households).values({
    id,
    organisationId: ctx.resource.organisationId,
    planId: ctx.planId,
    code: await nextCode(tx, ctx.planId, "household"),
    departmentNumber: p.departmentNumber,
    createdBy: userIdOf(ctx),
  });
  return id;
}

/** The participant's row (sensitive fields encrypted) and the consent given, if any. */
async function insertParticipant(
  tx: Database,
  cipher: FieldCipher,
  ctx: LogbookContext,
  p: ParticipantData,
  householdId: string | null,
): Promise<{ id: string; code: string }> {
  const organisationId = ctx.resource.organisationId;
  const id = randomUUID();
  const row = {
    id,
    organisationId,
    planId: ctx.planId,
    code: await nextCode(tx, ctx.planId, "participant"),
    initials: p.initials?.toUpperCase() ?? null,
    birthYear: p.birthYear ?? null,
    gender: p.gender,
    departmentNumber: p.departmentNumber ?? null,
    householdId,
    targetGroupTags: p.targetGroupTags,
    resident: p.resident,
    volunteer: p.volunteer,
    nameEnc: cipher.encryptOptional(p.name),
    contactEnc: cipher.encryptOptional(p.contact),
    cprEnc: cipher.encryptOptional(p.cpr),
    sensitiveEnc: p.sensitive ? cipher.encrypt(JSON.stringify(p.sensitive)) : null,
    notesEnc: cipher.encryptOptional(p.notes),
    createdBy: userIdOf(ctx),
  };
  await tx.insert(participants).values(row);
  if (p.consent)
    await tx.insert(consents).values({
      id: randomUUID(),
      organisationId,
      planId: ctx.planId,
      participantId: id,
      givenBy: p.consent.givenBy,
      giverNameEnc: cipher.encryptOptional(p.consent.giverName),
      purposes: p.consent.purposes,
      givenOn: p.consent.givenOn,
      createdBy: userIdOf(ctx),
    });
  return { id, code: row.code };
}
