import { and, eq, isNull } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "~/.server/db/client";
import {
  activities,
  assessments,
  attendance,
  contacts,
  courseFollowUps,
  courseStages,
  courses,
  events,
  households,
  participants,
  referrals,
  rosterEntries,
  volunteerHours,
} from "~/.server/db/schema";

/**
 * A plan's logbook as sorted lines without ids, so two databases can be compared: persons by
 * their rank in code order, households by their members, activities by key, and each entry by
 * its content (stages, follow-ups and attendance with their course or event).
 */
export async function logbookDump(db: Database, planId: string): Promise<Record<string, string[]>> {
  const live = (t: { planId: AnyPgColumn; deletedAt: AnyPgColumn }) => and(eq(t.planId, planId), isNull(t.deletedAt));
  const acts = new Map(
    (await db.select().from(activities).where(eq(activities.planId, planId))).map((a) => [a.id, a.key]),
  );
  const people = (await db.select().from(participants).where(live(participants))).sort(
    (a, b) => Number(a.code.slice(2)) - Number(b.code.slice(2)),
  );
  const rank = new Map(people.map((p, i) => [p.id, `P${i + 1}`]));
  const person = (id: string | null) => (id ? (rank.get(id) ?? "?") : "-");
  const homes = await db.select().from(households).where(eq(households.planId, planId));
  const members = new Map(
    homes.map((h) => [
      h.id,
      `{${people
        .filter((p) => p.householdId === h.id)
        .map((p) => rank.get(p.id))
        .join(",")}|${h.departmentNumber ?? ""}}`,
    ]),
  );
  const home = (id: string | null) => (id ? (members.get(id) ?? "?") : "-");
  const line = (...parts: unknown[]) => parts.map((p) => (p === null || p === undefined ? "-" : String(p))).join(" | ");
  const sorted = (list: string[]) => list.sort();

  const evs = await db.select().from(events).where(live(events));
  const present = await db.select().from(attendance).where(eq(attendance.planId, planId));
  const crs = await db.select().from(courses).where(live(courses));
  const stages = await db.select().from(courseStages).where(live(courseStages));
  const follows = await db.select().from(courseFollowUps).where(live(courseFollowUps));
  const cons = await db.select().from(contacts).where(live(contacts));
  const refs = await db.select().from(referrals).where(live(referrals));
  const eventLine = new Map(
    evs.map((e) => [
      e.id,
      line(
        acts.get(e.activityId),
        e.type,
        e.title,
        e.date,
        e.startTime,
        e.endTime,
        e.place,
        e.headcount,
        JSON.stringify(Object.entries(e.breakdown ?? {}).sort()),
      ),
    ]),
  );
  const courseLine = new Map(
    crs.map((c) => [
      c.id,
      line(
        acts.get(c.activityId),
        c.courseType,
        person(c.participantId),
        person(c.mentorParticipantId),
        c.startDate,
        c.endDate,
        c.outcome,
        c.outcomeDate,
      ),
    ]),
  );
  const contactLine = new Map(
    cons.map((c) => [
      c.id,
      line(acts.get(c.activityId), person(c.participantId), home(c.householdId), c.date, c.topic),
    ]),
  );
  return {
    participants: people.map((p) =>
      line(
        rank.get(p.id),
        p.initials,
        p.birthYear,
        p.gender,
        p.departmentNumber,
        home(p.householdId),
        p.targetGroupTags.join(","),
        p.resident,
        p.volunteer,
      ),
    ),
    roster: sorted(
      (await db.select().from(rosterEntries).where(live(rosterEntries))).map((r) =>
        line(acts.get(r.activityId), person(r.participantId)),
      ),
    ),
    events: sorted(
      evs.map(
        (e) =>
          `${eventLine.get(e.id)} | ${present
            .filter((a) => a.eventId === e.id)
            .map((a) => person(a.participantId))
            .sort()
            .join(",")}`,
      ),
    ),
    courses: sorted(crs.map((c) => courseLine.get(c.id) as string)),
    courseStages: sorted(stages.map((s) => line(courseLine.get(s.courseId), s.stage, s.date))),
    followUps: sorted(follows.map((f) => line(courseLine.get(f.courseId), f.offsetMonths, f.date, f.status))),
    contacts: sorted([...contactLine.values()]),
    referrals: sorted(
      refs.map((r) =>
        line(
          acts.get(r.activityId),
          r.contactId ? contactLine.get(r.contactId) : "-",
          person(r.participantId),
          home(r.householdId),
          r.date,
          r.receivingBody,
          r.result,
        ),
      ),
    ),
    assessments: sorted(
      (await db.select().from(assessments).where(live(assessments))).map((a) =>
        line(acts.get(a.activityId), person(a.participantId), a.assessment, a.date),
      ),
    ),
    volunteerHours: sorted(
      (await db.select().from(volunteerHours).where(live(volunteerHours))).map((v) =>
        line(acts.get(v.activityId), person(v.participantId), v.date, v.hours, v.role),
      ),
    ),
  };
}
