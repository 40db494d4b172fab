import { and, eq, isNull, sql } from "drizzle-orm";
import type { LogbookFacts } from "~/measures/facts";
import type { Database } from "../../db/client";
import {
  activities,
  assessments,
  attendance,
  contacts,
  courseFollowUps,
  courseStages,
  courses,
  criterionValues,
  events,
  focusAreas,
  milestones,
  milestoneUpdates,
  participants,
  referrals,
  volunteerHours,
} from "../../db/schema";
import { planSeriesValues } from "../attainment/entered-figures";

/**
 * Reads one plan's logbook as plain facts for the measure engine: a fixed number of queries
 * (one per table), removed entries left out. Erased persons stay as anonymous ids, so every
 * figure is unchanged by an erasure.
 */
export async function loadLogbookFacts(db: Database, planId: string): Promise<LogbookFacts> {
  const [acts, fas, people, evs, att, crs, stages, follow, cons, refs, asm, hours, values, ms, updates, series] =
    await Promise.all([
      db
        .select({
          id: activities.id,
          key: activities.key,
          parentId: activities.parentId,
          focusAreaId: activities.focusAreaId,
        })
        .from(activities)
        .where(eq(activities.planId, planId))
        .orderBy(activities.id),
      db
        .select({ id: focusAreas.id, key: focusAreas.key })
        .from(focusAreas)
        .where(eq(focusAreas.planId, planId))
        .orderBy(focusAreas.id),
      db
        .select({
          id: participants.id,
          birthYear: participants.birthYear,
          householdId: participants.householdId,
          targetGroupTags: participants.targetGroupTags,
          resident: participants.resident,
        })
        .from(participants)
        .where(and(eq(participants.planId, planId), isNull(participants.deletedAt)))
        .orderBy(participants.id),
      db
        .select({
          id: events.id,
          activityId: events.activityId,
          date: events.date,
          type: events.type,
          headcount: events.headcount,
          breakdown: events.breakdown,
        })
        .from(events)
        .where(and(eq(events.planId, planId), isNull(events.deletedAt)))
        .orderBy(events.id),
      // One row per event with its attendees joined (far fewer rows to read than one per attendance).
      db
        .select({
          eventId: attendance.eventId,
          participants: sql<string>`string_agg(${attendance.participantId}::text, ',' order by ${attendance.participantId})`,
        })
        .from(attendance)
        .where(eq(attendance.planId, planId))
        .groupBy(attendance.eventId),
      db
        .select()
        .from(courses)
        .where(and(eq(courses.planId, planId), isNull(courses.deletedAt)))
        .orderBy(courses.id),
      db
        .select({ courseId: courseStages.courseId, stage: courseStages.stage, date: courseStages.date })
        .from(courseStages)
        .where(and(eq(courseStages.planId, planId), isNull(courseStages.deletedAt)))
        .orderBy(courseStages.id),
      db
        .select({
          courseId: courseFollowUps.courseId,
          offsetMonths: courseFollowUps.offsetMonths,
          date: courseFollowUps.date,
          status: courseFollowUps.status,
        })
        .from(courseFollowUps)
        .where(and(eq(courseFollowUps.planId, planId), isNull(courseFollowUps.deletedAt)))
        .orderBy(courseFollowUps.id),
      db
        .select()
        .from(contacts)
        .where(and(eq(contacts.planId, planId), isNull(contacts.deletedAt)))
        .orderBy(contacts.id),
      db
        .select()
        .from(referrals)
        .where(and(eq(referrals.planId, planId), isNull(referrals.deletedAt)))
        .orderBy(referrals.id),
      db
        .select()
        .from(assessments)
        .where(and(eq(assessments.planId, planId), isNull(assessments.deletedAt)))
        .orderBy(assessments.id),
      db
        .select()
        .from(volunteerHours)
        .where(and(eq(volunteerHours.planId, planId), isNull(volunteerHours.deletedAt)))
        .orderBy(volunteerHours.id),
      db
        .select()
        .from(criterionValues)
        .where(and(eq(criterionValues.planId, planId), isNull(criterionValues.deletedAt)))
        .orderBy(criterionValues.id),
      db
        .select({ key: milestones.key, status: milestones.status, doneDate: milestones.doneDate })
        .from(milestones)
        .where(eq(milestones.planId, planId))
        .orderBy(milestones.id),
      db
        .select({
          key: milestoneUpdates.milestoneKey,
          status: milestoneUpdates.status,
          doneDate: milestoneUpdates.doneDate,
        })
        .from(milestoneUpdates)
        .where(eq(milestoneUpdates.planId, planId))
        .orderBy(milestoneUpdates.createdAt, milestoneUpdates.id),
      planSeriesValues(db, planId),
    ]);
  // A milestone stands as its latest follow-up update says (done with a date, postponed, dropped).
  const latest = new Map(updates.map((u) => [u.key, u]));
  const faKey = new Map(fas.map((f) => [f.id, f.key]));
  const attendees = new Map<string, string[]>();
  for (const a of att) attendees.set(a.eventId, a.participants ? a.participants.split(",") : []);
  const stagesOf = new Map<string, { stage: string; date: string }[]>();
  for (const s of stages)
    (stagesOf.get(s.courseId) ?? stagesOf.set(s.courseId, []).get(s.courseId))?.push({ stage: s.stage, date: s.date });
  const followOf = new Map<string, { offsetMonths: number; date: string; status: string }[]>();
  for (const f of follow)
    (followOf.get(f.courseId) ?? followOf.set(f.courseId, []).get(f.courseId))?.push({
      offsetMonths: f.offsetMonths,
      date: f.date,
      status: f.status,
    });
  return {
    activities: acts.map((a) => ({
      id: a.id,
      key: a.key,
      parentId: a.parentId,
      focusAreaKey: faKey.get(a.focusAreaId) ?? "",
    })),
    participants: people,
    events: evs.map((e) => ({ ...e, breakdown: e.breakdown ?? {}, attendees: attendees.get(e.id) ?? [] })),
    courses: crs.map((c) => ({
      id: c.id,
      activityId: c.activityId,
      courseType: c.courseType,
      participantId: c.participantId,
      startDate: c.startDate,
      endDate: c.endDate,
      outcome: c.outcome,
      outcomeDate: c.outcomeDate,
      stages: stagesOf.get(c.id) ?? [],
      followUps: followOf.get(c.id) ?? [],
    })),
    contacts: cons.map((c) => ({
      id: c.id,
      activityId: c.activityId,
      date: c.date,
      topic: c.topic,
      participantId: c.participantId,
      householdId: c.householdId,
    })),
    referrals: refs.map((r) => ({
      id: r.id,
      activityId: r.activityId,
      date: r.date,
      receivingBody: r.receivingBody,
      participantId: r.participantId,
      householdId: r.householdId,
      result: r.result,
    })),
    assessments: asm.map((a) => ({
      id: a.id,
      activityId: a.activityId,
      date: a.date,
      participantId: a.participantId,
      assessment: a.assessment,
    })),
    volunteerHours: hours.map((h) => ({
      id: h.id,
      activityId: h.activityId,
      date: h.date,
      participantId: h.participantId,
      role: h.role,
      hours: h.hours,
    })),
    values: values.map((v) => ({
      criterionKey: v.criterionKey,
      period: v.period,
      value: v.value,
      source: v.source ?? undefined,
    })),
    seriesValues: series.map((v) => ({
      seriesKey: v.seriesKey,
      period: v.period,
      value: v.value,
      comparisonValue: v.comparisonValue ?? undefined,
      source: v.source ?? undefined,
    })),
    milestones: ms.map((m) => {
      const u = latest.get(m.key);
      return u ? { key: m.key, status: u.status, doneDate: u.doneDate } : m;
    }),
  };
}
