import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import type { Database } from "../../db/client";
import { consents, contacts, courses, participants, recordHistory } from "../../db/schema";
import { writeHistory } from "../logbook/history";
import type { LogbookContext } from "../logbook/logbook-context";
import { requirePersonRight } from "./person-access";

/**
 * Identifying fields removed when a person is erased or anonymised. What stays — birth year,
 * gender, department, household, tags and every registration under a new random code — keeps
 * every figure of the plan unchanged while the person can no longer be found.
 */
export const identifyingParticipantFields = [
  "initials",
  "nameEnc",
  "contactEnc",
  "cprEnc",
  "sensitiveEnc",
  "notesEnc",
] as const;

/** Anonymises one participant in one transaction (data subject's erasure request, or retention). */
export async function anonymiseParticipant(
  db: Database,
  participantId: string,
  organisationId: string,
  planId: string,
  actor: LogbookContext["actor"],
  reason: "request" | "retention",
) {
  await db.transaction(async (tx) => {
    await tx
      .update(participants)
      .set({
        initials: null,
        nameEnc: null,
        contactEnc: null,
        cprEnc: null,
        sensitiveEnc: null,
        notesEnc: null,
        code: `X-${randomBytes(4).toString("hex").toUpperCase()}`,
        erasedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(participants.id, participantId));
    await tx.delete(consents).where(eq(consents.participantId, participantId));
    await tx.update(contacts).set({ notesEnc: null }).where(eq(contacts.participantId, participantId));
    await tx.update(courses).set({ notesEnc: null }).where(eq(courses.participantId, participantId));
    // The old pseudonymous code would link the anonymous person to earlier exports: drop it from the history too.
    await tx
      .update(recordHistory)
      .set({ changes: {} })
      .where(and(eq(recordHistory.recordType, "participant"), eq(recordHistory.recordId, participantId)));
    await writeHistory(tx, actor, {
      organisationId,
      planId,
      recordType: "participant",
      recordId: participantId,
      action: "erase",
      changes: { identity: "changed" },
    });
    await recordAudit(tx, actor, {
      action: "person.erase",
      resourceType: "participant",
      resourceId: participantId,
      personId: participantId,
      organisationId,
      outcome: "allowed",
      details: { reason },
    });
  });
}

/**
 * Erases a person on request: identifying and sensitive data, consents and notes about them go;
 * their attendance, courses and contacts stay counted under an anonymous code.
 */
export async function erasePerson(db: Database, ctx: LogbookContext, participantId: string) {
  const { participant } = await requirePersonRight(db, ctx, participantId, "person.erase");
  await anonymiseParticipant(db, participant.id, ctx.resource.organisationId, ctx.planId, ctx.actor, "request");
}
