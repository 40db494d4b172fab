import { and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { recordAudit } from "../../audit/record-audit";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import {
  assessments,
  consents,
  contacts,
  courseFollowUps,
  courseStages,
  courses,
  participants,
  recordHistory,
  referrals,
  rosterEntries,
  volunteerHours,
} from "../../db/schema";
import { writeHistory } from "../logbook/history";
import type { FiguresNeed } from "./figures-need";

/** Who anonymises, and why: a data subject's request, or the retention rules. */
export interface Anonymisation {
  organisationId: string;
  planId: string;
  actor: Actor;
  reason: "request" | "retention";
}

/** `column` when it is one of `kept`, else `otherwise` — set-based, per row. */
const keepIf = (column: AnyPgColumn, kept: Set<string>, otherwise: SQL) =>
  kept.size === 0
    ? otherwise
    : sql`case when ${column} in (${sql.join(
        [...kept].map((k) => sql`${k}`),
        sql`, `,
      )}) then ${column} else ${otherwise} end`;

/** The target-group tags a figure counts by, kept from a jsonb array; the others go. */
const keptTags = (kept: Set<string>) =>
  kept.size === 0
    ? sql`'[]'::jsonb`
    : sql`coalesce((select jsonb_agg(t) from jsonb_array_elements_text(${participants.targetGroupTags}) t where t in (${sql.join(
        [...kept].map((k) => sql`${k}`),
        sql`, `,
      )})), '[]'::jsonb)`;

/**
 * Anonymises participants in one transaction, set-based (one statement per table, however many
 * people): identifying and sensitive data, consents, notes and every quasi-identifier and word the
 * plan's figures do not need go; what the figures need stays under a new random code. The caller
 * passes the transaction; nothing the figures read changes, so the caller may keep the figures'
 * revision (see `keepFiguresRevision`).
 */
export async function anonymiseParticipants(tx: Database, ids: string[], need: FiguresNeed, by: Anonymisation) {
  if (ids.length === 0) return;
  const now = new Date();
  const own = (column: AnyPgColumn) => inArray(column, ids);
  await tx
    .update(participants)
    .set({
      initials: null,
      nameEnc: null,
      contactEnc: null,
      cprEnc: null,
      sensitiveEnc: null,
      notesEnc: null,
      gender: "unknown",
      departmentNumber: null,
      birthYear: need.birthYear ? sql`${participants.birthYear}` : null,
      householdId: need.household ? sql`${participants.householdId}` : null,
      targetGroupTags: keptTags(need.tags),
      code: sql`'X-' || upper(substr(md5(random()::text || ${participants.id}::text), 1, 8))`,
      erasedAt: now,
      updatedAt: now,
    })
    .where(own(participants.id));
  await tx.delete(consents).where(own(consents.participantId));
  await tx.delete(rosterEntries).where(own(rosterEntries.participantId));
  await tx
    .update(contacts)
    .set({
      notesEnc: null,
      topic: keepIf(contacts.topic, need.topics, sql`null`),
      householdId: need.household ? sql`${contacts.householdId}` : null,
    })
    .where(own(contacts.participantId));
  // No measure counts by a referral's result (figuresNeed would name it); it can say how it went.
  await tx
    .update(referrals)
    .set({
      receivingBody: keepIf(referrals.receivingBody, need.receivingBodies, sql`''`),
      result: null,
      householdId: need.household ? sql`${referrals.householdId}` : null,
    })
    .where(own(referrals.participantId));
  await tx
    .update(assessments)
    .set({ assessment: keepIf(assessments.assessment, need.assessments, sql`''`) })
    .where(own(assessments.participantId));
  await tx
    .update(volunteerHours)
    .set({ role: keepIf(volunteerHours.role, need.volunteerRoles, sql`null`) })
    .where(own(volunteerHours.participantId));
  await tx.update(courses).set({ notesEnc: null }).where(own(courses.participantId));
  // Mentoring someone else's course is about the mentor: the link goes, the course stays.
  await tx.update(courses).set({ mentorParticipantId: null }).where(own(courses.mentorParticipantId));
  await clearHistory(tx, ids);
  await writeHistory(
    tx,
    by.actor,
    ids.map((id) => ({
      organisationId: by.organisationId,
      planId: by.planId,
      recordType: "participant",
      recordId: id,
      action: "erase" as const,
      changes: { identity: "changed" as const },
    })),
  );
  await recordAudit(
    tx,
    by.actor,
    ids.map((id) => ({
      action: "person.erase",
      resourceType: "participant",
      resourceId: id,
      personId: id,
      organisationId: by.organisationId,
      outcome: "allowed" as const,
      details: { reason: by.reason },
    })),
  );
}

/** The history of the people and their entries held old codes and the words removed: it is emptied. */
async function clearHistory(tx: Database, ids: string[]) {
  const entriesOf = (table: typeof contacts | typeof referrals | typeof assessments | typeof volunteerHours) =>
    inArray(recordHistory.recordId, tx.select({ id: table.id }).from(table).where(inArray(table.participantId, ids)));
  const theirCourses = tx.select({ id: courses.id }).from(courses).where(inArray(courses.participantId, ids));
  await tx
    .update(recordHistory)
    .set({ changes: {} })
    .where(
      or(
        and(eq(recordHistory.recordType, "participant"), inArray(recordHistory.recordId, ids)),
        entriesOf(contacts),
        entriesOf(referrals),
        entriesOf(assessments),
        entriesOf(volunteerHours),
        inArray(recordHistory.recordId, theirCourses),
        inArray(
          recordHistory.recordId,
          tx.select({ id: courseStages.id }).from(courseStages).where(inArray(courseStages.courseId, theirCourses)),
        ),
        inArray(
          recordHistory.recordId,
          tx
            .select({ id: courseFollowUps.id })
            .from(courseFollowUps)
            .where(inArray(courseFollowUps.courseId, theirCourses)),
        ),
      ),
    );
}

/**
 * Marks the transaction as one that changes nothing the figures read (anonymisation, retention):
 * the logbook revision triggers then leave the revision alone, so no reader reloads the plan.
 */
export async function keepFiguresRevision(tx: Database) {
  await tx.execute(sql`select set_config('helhed.figures_unchanged', 'on', true)`);
}
