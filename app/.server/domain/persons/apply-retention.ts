import { and, eq, isNull, max } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import type { Database } from "../../db/client";
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
import { anonymiseParticipant } from "./erase-person";
import { type RetentionRule, retentionRulesOf } from "./retention-rules";

const addMonths = (date: string, months: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/** The last date anything was registered for each participant of a plan. */
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

/**
 * Applies every organisation's retention rules as of `today`: deletes identifying data,
 * sensitive data or notes, or anonymises the whole person, once the rule's time has passed.
 * Run daily by the server and by `helhed retention run`; with dryRun it only reports.
 */
export async function applyRetention(db: Database, options: { today: string; dryRun?: boolean }) {
  const done: { participantId: string; category: RetentionRule["category"] }[] = [];
  const system = { kind: "system" as const, reason: "retention" };
  for (const plan of await db.select().from(plans)) {
    const rules = await retentionRulesOf(db, plan.organisationId);
    const [last, ends] = await Promise.all([lastActivity(db, plan.id), courseEnds(db, plan.id)]);
    const people = await db
      .select()
      .from(participants)
      .where(and(eq(participants.planId, plan.id), isNull(participants.erasedAt)));
    for (const person of people) {
      const trigger = (rule: RetentionRule) =>
        rule.trigger === "planEnd"
          ? plan.periodEnd
          : rule.trigger === "courseEnd"
            ? ends.has(person.id)
              ? ends.get(person.id)
              : last.get(person.id)
            : (last.get(person.id) ?? person.createdAt.toISOString().slice(0, 10));
      const due = (rule: RetentionRule) => {
        const from = trigger(rule);
        return from !== undefined && addMonths(from, rule.months) <= options.today;
      };
      const has = {
        identifying: !!(person.initials || person.nameEnc || person.contactEnc || person.cprEnc),
        sensitive: !!person.sensitiveEnc,
        notes: !!person.notesEnc,
        person: true,
      };
      for (const rule of rules) {
        if (!has[rule.category] || !due(rule)) continue;
        done.push({ participantId: person.id, category: rule.category });
        if (options.dryRun) continue;
        if (rule.category === "person") {
          await anonymiseParticipant(db, person.id, plan.organisationId, plan.id, system, "retention");
          break;
        }
        const clear =
          rule.category === "identifying"
            ? { initials: null, nameEnc: null, contactEnc: null, cprEnc: null }
            : rule.category === "sensitive"
              ? { sensitiveEnc: null }
              : { notesEnc: null };
        await db.transaction(async (tx) => {
          await tx.update(participants).set(clear).where(eq(participants.id, person.id));
          if (rule.category === "identifying")
            await tx.update(consents).set({ giverNameEnc: null }).where(eq(consents.participantId, person.id));
          if (rule.category === "notes") {
            await tx.update(contacts).set({ notesEnc: null }).where(eq(contacts.participantId, person.id));
            await tx.update(courses).set({ notesEnc: null }).where(eq(courses.participantId, person.id));
          }
          await recordAudit(tx, system, {
            action: `retention.${rule.category}`,
            resourceType: "participant",
            resourceId: person.id,
            personId: person.id,
            organisationId: plan.organisationId,
            outcome: "allowed",
            details: { rule },
          });
        });
      }
    }
  }
  return done;
}
