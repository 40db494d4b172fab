import { randomUUID } from "node:crypto";
import { errorText } from "../../errors";
import type { LogActivity } from "../logbook/logbook-context";
import { mayOn } from "../logbook/logbook-context";
import { isUuid } from "./cells";
import { lower } from "./existing-rows";
import type { ImportCheck } from "./import-check";
import type { RowCheck } from "./row-check";

// The sheets Forløb (courses), Forløbstrin (stages) and Opfølgninger (follow-ups).

/** The courses the file adds and those of the plan, and how a stage or follow-up row finds its course. */
export type FileCourses = Awaited<ReturnType<typeof checkCourses>>;

/** Forløb: new courses; returns how later sheets find a course. */
export async function checkCourses(check: ImportCheck) {
  const { courseTypes, ctx, lists, refuse, activityOf, personOf, dateOf, listOf, newIds, validate, newRows, record } =
    check;
  const { oldCourses } = check.old;
  const madeCourses = newIds();
  const courseInfo = new Map<string, { activity: LogActivity; courseType: string; startDate: string }>();
  for (const [id, old] of oldCourses) {
    const activity = ctx.byId.get(old.activityId as string);
    if (activity && !old.deletedAt)
      courseInfo.set(id, { activity, courseType: old.courseType as string, startDate: old.startDate as string });
  }
  await newRows("courses", oldCourses, madeCourses, (r, id) => {
    const activity = activityOf(r);
    const courseType = listOf(r, "courseType", lists.lists.courseTypes);
    const own = lists.courseType(courseType);
    const v = validate(r, "course", {
      activityKey: activity?.key ?? "",
      courseType,
      participantId: personOf(r, "participantId") ?? "",
      mentorParticipantId: personOf(r, "mentorParticipantId"),
      startDate: dateOf(r, "startDate") ?? "",
      endDate: dateOf(r, "endDate") || null,
      outcome: r.text("outcome") ? (own?.outcomes.resolve(r.text("outcome")) ?? r.text("outcome")) : undefined,
      outcomeDate: dateOf(r, "outcomeDate") || null,
    });
    if (activity && v)
      courseInfo.set(id, { activity, courseType: v.courseType as string, startDate: v.startDate as string });
    record(r, "course", id, v, activity);
  });
  /** The course a stage or follow-up row names, if found and allowed. */
  const courseOf = (r: RowCheck) => {
    const ref = r.text("courseId");
    if (!ref) return undefined;
    const old = isUuid(ref) ? oldCourses.get(ref.toLowerCase()) : undefined;
    if (old?.deletedAt) {
      r.report("courseId", errorText("excelCourseRemoved"));
      return undefined;
    }
    const id = old ? (old.id as string) : madeCourses.get(lower(ref))?.id;
    if (!id) {
      r.report("courseId", errorText("excelCourseUnknown", { ref }));
      return undefined;
    }
    // A new course whose own row has a problem with its activity is reported on that row.
    const info = courseInfo.get(id);
    if (!info) return undefined;
    if (!mayOn(ctx, "logbook.write", info.activity)) {
      refuse(r, "logbook.write", info.activity, "courseId");
      return undefined;
    }
    return { id, ...info, type: courseTypes.get(info.courseType), lists: lists.courseType(info.courseType) };
  };
  const courseChecks = (r: RowCheck, c: NonNullable<ReturnType<typeof courseOf>>, date: string | undefined) => {
    if (date && date < c.startDate) r.report("date", errorText("dateBeforeCourseStart"));
  };
  return { courseOf, courseChecks };
}

/** Forløbstrin: stages of new or existing courses. */
export async function checkCourseStages(check: ImportCheck, { courseOf, courseChecks }: FileCourses) {
  const { dateOf, newIds, validate, newRows, record } = check;
  const { oldOther } = check.old;
  const madeStages = newIds();
  await newRows("courseStages", oldOther.courseStages ?? new Map(), madeStages, (r, id) => {
    const course = courseOf(r);
    const stageText = r.text("stage");
    const stage = stageText ? (course?.lists?.stages.resolve(stageText) ?? stageText) : "";
    const v = validate(r, "courseStage", {
      courseId: course?.id ?? randomUUID(),
      stage,
      date: dateOf(r, "date") ?? "",
    });
    if (course && v) {
      if (stage && !course.type?.stages.some((s) => s.key === stage))
        r.report(
          "stage",
          errorText("excelNoSuchStage", { type: course.type?.name ?? course.courseType, stage: stageText }),
        );
      courseChecks(r, course, v.date as string);
    }
    record(r, "courseStage", id, v, course?.activity);
  });
}

/** Opfølgninger: follow-ups of new or existing courses. */
export async function checkFollowUps(check: ImportCheck, { courseOf, courseChecks }: FileCourses) {
  const { dateOf, integerOf, newIds, validate, newRows, record } = check;
  const { oldOther } = check.old;
  const madeFollowUps = newIds();
  await newRows("followUps", oldOther.followUps ?? new Map(), madeFollowUps, (r, id) => {
    const course = courseOf(r);
    const statusText = r.text("status");
    const status = statusText ? (course?.lists?.followUps.resolve(statusText) ?? statusText) : "";
    const v = validate(r, "courseFollowUp", {
      courseId: course?.id ?? randomUUID(),
      offsetMonths: integerOf(r, "offsetMonths") ?? "",
      date: dateOf(r, "date") ?? "",
      status,
    });
    if (course && v) {
      if (!course.type?.followUpMonths.includes(v.offsetMonths as number))
        r.report("offsetMonths", errorText("followUpMonthsUnknown"));
      if (![...(course.type?.outcomes ?? []).map((o) => o.key), "ingen-kontakt"].includes(status))
        r.report("status", errorText("chooseStatusFromList"));
      courseChecks(r, course, v.date as string);
    }
    record(r, "courseFollowUp", id, v, course?.activity);
  });
}
