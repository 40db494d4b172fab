import { randomBytes } from "node:crypto";
import { and, eq, inArray, or } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import type { Database } from "../../db/client";
import { assemblePlan } from "../../db/plan-store/assemble-plan";
import { loadPlanRows } from "../../db/plan-store/load-plan-rows";
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
import type { LogbookContext } from "../logbook/logbook-context";
import { figuresNeed } from "./figures-need";
import { requirePersonRight } from "./person-access";

/**
 * Identifying fields removed when a person is erased or anonymised. Quasi-identifiers (birth
 * year, household, target groups) and the words of their entries (contact topics — "misbrug" —,
 * receiving bodies, assessments, roles) go too unless a criterion of the plan counts by them.
 */
export const identifyingParticipantFields = [
  "initials",
  "nameEnc",
  "contactEnc",
  "cprEnc",
  "sensitiveEnc",
  "notesEnc",
] as const;

const keepIf = <T extends string | null>(value: T, kept: Set<string>, otherwise: T | null) =>
  value && kept.has(value) ? value : otherwise;

/**
 * Anonymises one participant in one transaction (a data subject's erasure request, or retention).
 * What stays is what the plan's figures need — under a new random code, unlinked from anything
 * that could single the person out — so every criterion's figure is unchanged.
 */
export async function anonymiseParticipant(
  db: Database,
  participantId: string,
  organisationId: string,
  planId: string,
  actor: LogbookContext["actor"],
  reason: "request" | "retention",
) {
  const need = figuresNeed(assemblePlan(await loadPlanRows(db, planId)));
  await db.transaction(async (tx) => {
    const [person] = await tx.select().from(participants).where(eq(participants.id, participantId));
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
        birthYear: need.birthYear ? person.birthYear : null,
        householdId: need.household ? person.householdId : null,
        targetGroupTags: person.targetGroupTags.filter((t) => need.tags.has(t)),
        code: `X-${randomBytes(4).toString("hex").toUpperCase()}`,
        erasedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(participants.id, participantId));
    await tx.delete(consents).where(eq(consents.participantId, participantId));
    await tx.delete(rosterEntries).where(eq(rosterEntries.participantId, participantId));
    const own = <T extends { participantId: unknown }>(t: T) => eq(t.participantId as never, participantId);
    const theirContacts = await tx.select().from(contacts).where(own(contacts));
    for (const c of theirContacts)
      await tx
        .update(contacts)
        .set({
          notesEnc: null,
          topic: keepIf(c.topic, need.topics, null),
          householdId: need.household ? c.householdId : null,
        })
        .where(eq(contacts.id, c.id));
    const theirReferrals = await tx.select().from(referrals).where(own(referrals));
    for (const r of theirReferrals)
      await tx
        .update(referrals)
        .set({
          receivingBody: keepIf(r.receivingBody, need.receivingBodies, "") ?? "",
          // No measure counts by result (figuresNeed would name it); it can say how a referral went.
          result: null,
          householdId: need.household ? r.householdId : null,
        })
        .where(eq(referrals.id, r.id));
    for (const a of await tx.select().from(assessments).where(own(assessments)))
      await tx
        .update(assessments)
        .set({ assessment: keepIf(a.assessment, need.assessments, "") ?? "" })
        .where(eq(assessments.id, a.id));
    for (const v of await tx.select().from(volunteerHours).where(own(volunteerHours)))
      await tx
        .update(volunteerHours)
        .set({ role: keepIf(v.role, need.volunteerRoles, null) })
        .where(eq(volunteerHours.id, v.id));
    await tx.update(courses).set({ notesEnc: null }).where(own(courses));
    // Mentoring someone else's course is about the mentor: the link goes, the course stays.
    await tx.update(courses).set({ mentorParticipantId: null }).where(eq(courses.mentorParticipantId, participantId));
    // The history of the person and their entries held the old code and the words removed above.
    const entryIds = await personEntryIds(tx, participantId);
    await tx
      .update(recordHistory)
      .set({ changes: {} })
      .where(
        or(
          and(eq(recordHistory.recordType, "participant"), eq(recordHistory.recordId, participantId)),
          entryIds.length ? inArray(recordHistory.recordId, entryIds) : undefined,
        ),
      );
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

/** The ids of every entry about a person (for clearing their history). */
async function personEntryIds(db: Database, participantId: string): Promise<string[]> {
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const theirCourses = ids(
    await db.select({ id: courses.id }).from(courses).where(eq(courses.participantId, participantId)),
  );
  const lists = await Promise.all([
    db.select({ id: contacts.id }).from(contacts).where(eq(contacts.participantId, participantId)),
    db.select({ id: referrals.id }).from(referrals).where(eq(referrals.participantId, participantId)),
    db.select({ id: assessments.id }).from(assessments).where(eq(assessments.participantId, participantId)),
    db.select({ id: volunteerHours.id }).from(volunteerHours).where(eq(volunteerHours.participantId, participantId)),
    theirCourses.length
      ? db.select({ id: courseStages.id }).from(courseStages).where(inArray(courseStages.courseId, theirCourses))
      : [],
    theirCourses.length
      ? db
          .select({ id: courseFollowUps.id })
          .from(courseFollowUps)
          .where(inArray(courseFollowUps.courseId, theirCourses))
      : [],
  ]);
  return [...theirCourses, ...lists.flatMap(ids)];
}

/**
 * Erases a person on request: identifying and sensitive data, consents, notes, and every
 * quasi-identifier and word the plan's figures do not need; their entries stay counted under an
 * anonymous code.
 */
export async function erasePerson(db: Database, ctx: LogbookContext, participantId: string) {
  const { participant } = await requirePersonRight(db, ctx, participantId, "person.erase");
  await anonymiseParticipant(db, participant.id, ctx.resource.organisationId, ctx.planId, ctx.actor, "request");
}
