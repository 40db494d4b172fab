import { and, eq, inArray, isNull, max } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import type { Database } from "../../db/client";
import { readStoredPlan } from "../../db/plan-store/read-stored-plan";
import {
  assessments,
  attendance,
  consents,
  contacts,
  courses,
  events,
  participants,
  plans,
  referrals,
  volunteerHours,
} from "../../db/schema";
import { anonymiseParticipants, keepFiguresRevision } from "./anonymise-participants";
import { type FiguresNeed, figuresNeed } from "./figures-need";
import { type RetentionDue, retentionDue } from "./retention-due";
import { type RetentionRule, retentionRulesOf } from "./retention-rules";

/** People per transaction: short enough that other writers and readers wait only briefly. */
export const retentionBatchSize = 500;

const system = { kind: "system" as const, reason: "retention" };

/** The last date anything was registered for each participant of a plan (one grouped query per table). */
async function lastActivity(db: Database, planId: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const take = (rows: { id: string | null; last: string | null }[]) => {
    for (const r of rows) if (r.id && r.last && r.last > (out.get(r.id) ?? "")) out.set(r.id, r.last);
  };
  take(
    await db
      .select({ id: attendance.participantId, last: max(events.date) })
      .from(attendance)
      .innerJoin(events, eq(events.id, attendance.eventId))
      .where(eq(attendance.planId, planId))
      .groupBy(attendance.participantId),
  );
  for (const t of [contacts, referrals, assessments, volunteerHours])
    take(
      await db
        .select({ id: t.participantId, last: max(t.date) })
        .from(t)
        .where(eq(t.planId, planId))
        .groupBy(t.participantId),
    );
  take(
    await db
      .select({ id: courses.participantId, last: max(courses.startDate) })
      .from(courses)
      .where(eq(courses.planId, planId))
      .groupBy(courses.participantId),
  );
  return out;
}

/** Per participant: the end of their last course, or undefined while a course is open. */
async function courseEnds(db: Database, planId: string): Promise<Map<string, string | undefined>> {
  const out = new Map<string, string | undefined>();
  for (const c of await db
    .select({ id: courses.participantId, end: courses.endDate })
    .from(courses)
    .where(and(eq(courses.planId, planId), isNull(courses.deletedAt)))) {
    if (out.has(c.id) && out.get(c.id) === undefined) continue;
    out.set(c.id, c.end === null ? undefined : c.end > (out.get(c.id) ?? "") ? c.end : out.get(c.id));
  }
  return out;
}

/** Deletes one category of data (not the whole person) for a batch of people, set-based. */
async function clearCategory(tx: Database, ids: string[], category: Exclude<RetentionRule["category"], "person">) {
  const clear =
    category === "identifying"
      ? { initials: null, nameEnc: null, contactEnc: null, cprEnc: null }
      : category === "sensitive"
        ? { sensitiveEnc: null }
        : { notesEnc: null };
  await tx.update(participants).set(clear).where(inArray(participants.id, ids));
  if (category === "identifying")
    await tx.update(consents).set({ giverNameEnc: null }).where(inArray(consents.participantId, ids));
  if (category === "notes") {
    await tx.update(contacts).set({ notesEnc: null }).where(inArray(contacts.participantId, ids));
    await tx.update(courses).set({ notesEnc: null }).where(inArray(courses.participantId, ids));
  }
}

/** What one plan's people are due for today. */
async function dueInPlan(db: Database, plan: typeof plans.$inferSelect, today: string): Promise<RetentionDue[]> {
  const rules = await retentionRulesOf(db, plan.organisationId);
  const [last, ends, people] = await Promise.all([
    lastActivity(db, plan.id),
    courseEnds(db, plan.id),
    db
      .select()
      .from(participants)
      .where(and(eq(participants.planId, plan.id), isNull(participants.erasedAt))),
  ]);
  return retentionDue(
    people.map((p) => ({
      id: p.id,
      createdOn: p.createdAt.toISOString().slice(0, 10),
      holds: {
        identifying: !!(p.initials || p.nameEnc || p.contactEnc || p.cprEnc),
        sensitive: !!p.sensitiveEnc,
        notes: !!p.notesEnc,
        person: true,
      },
    })),
    rules,
    { planEnd: plan.periodEnd, today, lastActivity: last, courseEnds: ends },
  );
}

/** Applies one plan's due deletions in batches, one transaction each, without moving the figures' revision. */
async function applyInPlan(db: Database, plan: typeof plans.$inferSelect, due: RetentionDue[]) {
  const need = due.some((d) => d.category === "person")
    ? figuresNeed((await readStoredPlan(db, plan.id)).plan)
    : undefined;
  for (const category of ["identifying", "sensitive", "notes", "person"] as const) {
    const dues = due.filter((d) => d.category === category);
    for (let i = 0; i < dues.length; i += retentionBatchSize) {
      const slice = dues.slice(i, i + retentionBatchSize);
      const batch = slice.map((d) => d.participantId);
      await db.transaction(async (tx) => {
        await keepFiguresRevision(tx);
        // `need` is read before any transaction: one connection on the embedded database.
        if (category === "person")
          return anonymiseParticipants(tx, batch, need as FiguresNeed, {
            organisationId: plan.organisationId,
            planId: plan.id,
            actor: system,
            reason: "retention",
          });
        await clearCategory(tx, batch, category);
        await recordAudit(
          tx,
          system,
          slice.map((d) => ({
            action: `retention.${category}`,
            resourceType: "participant",
            resourceId: d.participantId,
            personId: d.participantId,
            organisationId: plan.organisationId,
            outcome: "allowed" as const,
            details: { rule: d.rule },
          })),
        );
      });
      // Let the server answer others between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

/**
 * Applies every organisation's retention rules as of `today`: deletes identifying data,
 * sensitive data or notes, or anonymises the whole person, once the rule's time has passed.
 * Set-based, in batches of `retentionBatchSize` people per transaction; the figures' revision
 * does not move (nothing a figure reads changes). Run daily by the server's job queue and by
 * `helhed retention run`; with dryRun it only reports.
 */
export async function applyRetention(db: Database, options: { today: string; dryRun?: boolean }) {
  const done: RetentionDue[] = [];
  for (const plan of await db.select().from(plans)) {
    const due = await dueInPlan(db, plan, options.today);
    done.push(...due);
    if (!options.dryRun && due.length > 0) await applyInPlan(db, plan, due);
  }
  return done;
}
