import { and, asc, eq, isNull } from "drizzle-orm";
import { authorize } from "../../auth/authorize";
import type { Database } from "../../db/client";
import { courseFollowUps, courseStages, participants, recordHistory } from "../../db/schema";
import { activityResource, courseTypesOf, type LogActivity, type LogbookContext, mayOn } from "./logbook-context";
import { loadRecord } from "./write-record";

/** A course with its dated stages, outcome, follow-ups and history, and the choices for the next step. */
export async function coursePage(db: Database, ctx: LogbookContext, courseId: string) {
  const course = (await loadRecord(db, ctx, "course", courseId)) as Record<string, never>;
  const activity = ctx.byId.get(course.activityId) as LogActivity;
  await authorize(db, ctx.actor, "logbook.read", activityResource(ctx, activity));
  const type = courseTypesOf(ctx).find((c) => c.key === course.courseType);
  const [stages, followUps, person, mentor, history] = await Promise.all([
    db
      .select()
      .from(courseStages)
      .where(and(eq(courseStages.courseId, courseId), isNull(courseStages.deletedAt)))
      .orderBy(asc(courseStages.date), asc(courseStages.createdAt)),
    db
      .select()
      .from(courseFollowUps)
      .where(and(eq(courseFollowUps.courseId, courseId), isNull(courseFollowUps.deletedAt)))
      .orderBy(asc(courseFollowUps.offsetMonths)),
    db
      .select({ id: participants.id, code: participants.code, initials: participants.initials })
      .from(participants)
      .where(eq(participants.id, course.participantId)),
    course.mentorParticipantId
      ? db
          .select({ code: participants.code, initials: participants.initials })
          .from(participants)
          .where(eq(participants.id, course.mentorParticipantId))
      : Promise.resolve([]),
    db
      .select()
      .from(recordHistory)
      .where(and(eq(recordHistory.recordType, "course"), eq(recordHistory.recordId, courseId)))
      .orderBy(asc(recordHistory.changedAt)),
  ]);
  const stageName = (key: string) => type?.stages.find((s) => s.key === key)?.name ?? key;
  const reached = new Set(stages.map((s) => s.stage));
  return {
    course: {
      id: courseId,
      courseType: type?.name ?? (course.courseType as string),
      startDate: course.startDate as string,
      endDate: course.endDate as string | null,
      outcome: course.outcome
        ? (type?.outcomes.find((o) => o.key === course.outcome)?.name ?? (course.outcome as string))
        : null,
      outcomeKey: course.outcome as string | null,
      outcomeDate: course.outcomeDate as string | null,
    },
    activity: { key: activity.key, title: activity.title },
    participant: person[0],
    mentor: mentor[0] ?? null,
    stages: stages.map((s) => ({ id: s.id, stage: stageName(s.stage), date: s.date })),
    nextStages: (type?.stages ?? []).filter((s) => !reached.has(s.key)),
    outcomes: type?.outcomes ?? [],
    followUpMonths: type?.followUpMonths ?? [],
    followUps: followUps.map((f) => ({
      id: f.id,
      offsetMonths: f.offsetMonths,
      date: f.date,
      status: type?.outcomes.find((o) => o.key === f.status)?.name ?? f.status,
    })),
    canWrite: mayOn(ctx, "logbook.write", activity),
    history: history.map((h) => ({ action: h.action, at: h.changedAt.toISOString(), changes: h.changes })),
    /** The plan's keys in the history by their names: the course type, its stages and its outcomes. */
    historyNames: {
      courseType: type ? { [type.key]: type.name } : {},
      stage: Object.fromEntries((type?.stages ?? []).map((s) => [s.key, s.name])),
      outcome: Object.fromEntries((type?.outcomes ?? []).map((o) => [o.key, o.name])),
      status: Object.fromEntries((type?.outcomes ?? []).map((o) => [o.key, o.name])),
    },
  };
}
