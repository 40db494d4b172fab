import { keptIn } from "~/memo";
import type { Measure } from "~/plan-format/measure";
import type { DateRange } from "~/plan-format/periods";
import { countingUnit } from "../counting-unit";
import { addMonths, minDate } from "../dates";
import { indexFacts } from "../fact-index";
import type { CourseFact, LogbookFacts } from "../facts";
import type { MeasurePeriod, MeasureResult } from "../measure-result";
import { filtersOf, inRange, type MeasureScope, type PersonTest, personTest } from "../scope";
import { distinct, keptForLists, newInPeriod, scopedCourses, scopeKey, steadyPersonTest } from "./common";

export type CourseMeasure = Extract<
  Measure,
  { kind: "coursesStarted" | "funnelStage" | "outcomes" | "outcomeRate" | "followUp" | "actionPlans" }
>;

/**
 * The measures read from courses (forløb): which courses qualify in the period, then counted in the
 * measure's unit — the courses, the distinct persons who have them, or their distinct households.
 */
export function courseMeasure(
  measure: CourseMeasure,
  facts: LogbookFacts,
  period: MeasurePeriod,
  scope: MeasureScope,
): MeasureResult {
  const f = filtersOf(measure);
  if (measure.kind === "outcomeRate")
    return outcomeRate(measure, facts, period, scope, personTest(facts, f, period, ["courses"]));
  // What counts whatever the period, kept for the request's periods: each course of the scope that
  // passes the person filters but "new", with the days on which it counts (none: it never does).
  const dated = keptForLists(facts.courses, facts.participants, courseKey(measure, scope), () => {
    const dates = qualifyingDates(measure, scope);
    if (dates === null) return null;
    const ok = courseTest(
      measure.kind === "actionPlans" ? undefined : measure.courseType,
      steadyPersonTest(facts, f, period, ["courses"]),
    );
    const kept: { course: CourseFact; dates: string[] }[] = [];
    const types = measure.kind === "actionPlans" ? dates.types : typesOf(measure.courseType);
    for (const c of scopedCourses(facts.courses, scope, types)) {
      const on = dates.of(c);
      if (on.length > 0 && ok(c)) kept.push({ course: c, dates: on });
    }
    return kept;
  });
  // No action-plan course type known: no figure.
  if (dated === null) return { value: null, counted: {} };
  const fresh = newInPeriod(facts, f, period, ["courses"]);
  const courses: CourseFact[] = [];
  for (const { course, dates } of dated)
    if (dates.some((d) => inRange(d, period)) && (fresh === null || fresh(course.participantId, course.startDate)))
      courses.push(course);
  return tally(courses, measure, facts);
}

/** Everything besides the two lists that the kept courses of a measure depend on. */
function courseKey(measure: CourseMeasure, scope: MeasureScope): string {
  return `${JSON.stringify(measure)}|${scopeKey(scope)}|${JSON.stringify([...(scope.courseTypes ?? [])])}`;
}

/**
 * The days on which a course counts for the measure, whatever the period (it counts in a period
 * holding one of them), and the course types to read; null for action plans when no type is known.
 * - coursesStarted: its start;
 * - funnelStage: the first day it reached the stage (logged as the stage, or, the plan's stage order
 *   known, as any later stage);
 * - outcomes: the day it got one of the outcomes;
 * - followUp: the days of its follow-ups at the offset (with one of the statuses, if given);
 * - actionPlans: created, its start; fulfilled, the day it reached the last stage of its type
 *   (logged as that stage, or ended with an outcome of the same key), or where the type's stages
 *   are not known, the day it ended with any outcome.
 */
function qualifyingDates(
  measure: Exclude<CourseMeasure, { kind: "outcomeRate" }>,
  scope: MeasureScope,
): { of: (c: CourseFact) => string[]; types?: ReadonlySet<string> } | null {
  const one = (date: string | null) => (date === null ? [] : [date]);
  switch (measure.kind) {
    case "coursesStarted":
      return { of: (c) => [c.startDate] };
    case "funnelStage": {
      const order = scope.courseTypes?.get(measure.courseType)?.stages ?? [];
      const at = order.indexOf(measure.stage);
      const accepted = new Set(at >= 0 ? order.slice(at) : [measure.stage]);
      return { of: (c) => one(earliestStage(c, accepted)) };
    }
    case "outcomes": {
      const wanted = new Set(measure.outcomes);
      return { of: (c) => (c.outcome !== null && wanted.has(c.outcome) ? one(outcomeDate(c)) : []) };
    }
    case "followUp": {
      const statuses = measure.statuses ? new Set(measure.statuses) : null;
      return {
        of: (c) =>
          c.followUps
            .filter((u) => u.offsetMonths === measure.offsetMonths && (statuses === null || statuses.has(u.status)))
            .map((u) => u.date),
      };
    }
    case "actionPlans":
      return actionPlanDates(measure, scope);
  }
}

/** Counts qualifying courses in the measure's unit; the courses and persons behind it are kept for the drill-down. */
function tally(courses: CourseFact[], measure: CourseMeasure, facts: LogbookFacts): MeasureResult {
  const participants = distinct(courses.map((c) => c.participantId));
  const ids = courses.map((c) => c.id);
  const unit = countingUnit(measure);
  if (unit === "persons") return { value: participants.length, counted: { courses: ids, participants } };
  if (unit === "households") {
    const people = indexFacts(facts).participants;
    const households = distinct(
      participants.flatMap((p) => {
        const h = people.get(p)?.householdId ?? null;
        return h === null ? [] : [h];
      }),
    );
    return { value: households.length, counted: { courses: ids, participants, households } };
  }
  return { value: courses.length, counted: { courses: ids, participants } };
}

/** A course's end: its end date, or its outcome date when no end date was logged; null while it runs. */
export const courseEnd = (c: CourseFact) => c.endDate ?? c.outcomeDate;
/** When a course got its outcome: the outcome date, or the end date when the outcome is undated. */
const outcomeDate = (c: CourseFact) => c.outcomeDate ?? c.endDate;
/** Whether a course reached one of the outcomes on a day in the range. */
const reachedIn = (c: CourseFact, wanted: ReadonlySet<string>, range: DateRange) => {
  const date = outcomeDate(c);
  return c.outcome !== null && wanted.has(c.outcome) && date !== null && inRange(date, range);
};
/** A course still running: neither ended nor given an outcome. */
const running = (c: CourseFact) => c.endDate === null && c.outcome === null;

function earliestStage(c: CourseFact, accepted: ReadonlySet<string>): string | null {
  let first: string | null = null;
  for (const s of c.stages) if (accepted.has(s.stage) && (first === null || s.date < first)) first = s.date;
  return first;
}

/**
 * Courses of the type (if given) whose person passes the filters at the start of the course; the
 * callers read only the scope's courses (`scopedCourses`).
 */
function courseTest(courseType: string | undefined, test: PersonTest) {
  return (c: CourseFact) =>
    (courseType === undefined || c.courseType === courseType) && test(c.participantId, c.startDate);
}

/**
 * outcomeRate. The cohort is the courses started in the period (`count: courses`) or the persons
 * with a start in the period (default), each from their first start there. Success: an outcome
 * within N months of that start — for a person by any of their courses, so a drop-out who starts
 * again and gets a job is one success, not a failure and a success. Judged only when it can be:
 * - with N months: a success, or the window closed by `asOf` (a course: also when it ended, since
 *   it cannot reach the outcome any more; a person can still start again);
 * - without N months: a success, or nothing left running.
 * The rest are too young to judge (`immature`) and left out of the share.
 */
function outcomeRate(
  measure: Extract<Measure, { kind: "outcomeRate" }>,
  facts: LogbookFacts,
  period: MeasurePeriod,
  scope: MeasureScope,
  test: PersonTest,
): MeasureResult {
  const ok = courseTest(measure.courseType, test);
  const mine = scopedCourses(facts.courses, scope, typesOf(measure.courseType));
  const wanted = new Set(measure.outcomes);
  const within = measure.withinMonths;
  const asOf = period.asOf ?? period.end;
  const windowOf = (start: string): DateRange => ({
    start,
    end: within === undefined ? "9999-12-31" : addMonths(start, within),
  });
  const closed = (start: string) => within !== undefined && addMonths(start, within) <= asOf;
  const judged: string[] = [];
  const reached: string[] = [];
  const immature: string[] = [];
  const successCourses: string[] = [];
  const successPeople: string[] = [];
  const judge = (id: string, success: CourseFact | undefined, mature: boolean) => {
    if (success) {
      reached.push(id);
      successCourses.push(success.id);
      successPeople.push(success.participantId);
    } else if (!mature) {
      immature.push(id);
      return;
    }
    judged.push(id);
  };
  if (countingUnit(measure) === "courses") {
    for (const c of mine) {
      if (!inRange(c.startDate, period) || !ok(c)) continue;
      const success = reachedIn(c, wanted, windowOf(c.startDate)) ? c : undefined;
      judge(c.id, success, closed(c.startDate) || !running(c));
    }
  } else {
    const byPerson = new Map<string, CourseFact[]>();
    for (const c of mine) {
      if (!ok(c)) continue;
      const list = byPerson.get(c.participantId);
      if (list) list.push(c);
      else byPerson.set(c.participantId, [c]);
    }
    for (const [person, list] of byPerson) {
      const starts = list.filter((c) => inRange(c.startDate, period)).map((c) => c.startDate);
      if (starts.length === 0) continue;
      const first = starts.reduce((a, b) => minDate(a, b));
      const success = list.find((c) => reachedIn(c, wanted, windowOf(first)));
      const mature = within !== undefined ? closed(first) : !list.some((c) => c.startDate <= asOf && running(c));
      judge(person, success, mature);
    }
  }
  return {
    value: judged.length === 0 ? null : (100 * reached.length) / judged.length,
    counted: {
      courses: successCourses,
      participants: distinct(successPeople),
      cohort: judged,
      immature,
    },
    immature: immature.length,
  };
}

/**
 * actionPlans: a personal action plan is a course of the measure's course type, or else of a type
 * the plan declares with category actionPlan (none known: null, no figure). Its days: see qualifyingDates.
 */
function actionPlanDates(measure: Extract<Measure, { kind: "actionPlans" }>, scope: MeasureScope) {
  const types = scope.courseTypes;
  const actionPlanTypes =
    measure.courseType !== undefined
      ? new Set([measure.courseType])
      : new Set([...(types ?? [])].filter(([, t]) => t.category === "actionPlan").map(([key]) => key));
  if (actionPlanTypes.size === 0) return null;
  const lastStages = new Map<string, ReadonlySet<string>>();
  const of = (c: CourseFact): string[] => {
    if (!actionPlanTypes.has(c.courseType)) return [];
    if (measure.stage === "created") return [c.startDate];
    const last = types?.get(c.courseType)?.stages.at(-1);
    const ended = outcomeDate(c);
    if (last === undefined) return c.outcome !== null && ended !== null ? [ended] : [];
    const days: string[] = [];
    const byStage = earliestStage(
      c,
      keptIn(lastStages, last, () => new Set([last])),
    );
    if (byStage !== null) days.push(byStage);
    if (c.outcome === last && ended !== null) days.push(ended);
    return days;
  };
  return { of, types: actionPlanTypes };
}

/** A measure's one course type as a set (undefined: every type). */
const typesOf = (courseType: string | undefined) => (courseType === undefined ? undefined : new Set([courseType]));
