import type { Criterion } from "~/plan-format/criterion";
import type { MeasureKind } from "~/plan-format/measure";
import { type DateRange, periodRange } from "~/plan-format/periods";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import { type Counted, computeMeasure, enteredKinds, type MeasurePeriod, type MeasureResult } from "./compute-measure";
import { daysBetween, maxDate, minDate } from "./dates";
import type { LogbookFacts } from "./facts";
import { type CriterionOwner, courseTypesOf, coveredActivities, filtersOf, type MeasureScope } from "./scope";
import { type Growth, type RelativeTarget, type Status, status } from "./status";

/** One success criterion's målopfyldelse for a period. */
export interface AttainmentRow {
  key: string;
  text: string;
  owner: CriterionOwner;
  kind: MeasureKind;
  /** The number to reach; null for a relative target or where the period has no target. */
  target: number | null;
  relativeTarget?: RelativeTarget;
  /** The period of the target used (see attainment for the rules); null where none applies. */
  targetPeriod: string | null;
  /**
   * The days the actual figure covers: the asked period, or the target period's start to the asked
   * period's end when the target belongs to a longer period (logbook figures stop at today).
   */
  range: DateRange;
  actual: number | null;
  baseline: number | null;
  comparisonValue: number | null;
  direction: "up" | "down";
  status: Status;
  counted: Counted;
  /**
   * outcomeRate only: courses of the cohort too young to judge (left out of the rate). With
   * `actual` null and `immature` > 0 the cohort exists but cannot be judged yet ("ingen-data").
   */
  immature?: number;
}

const growthOf = (kind: MeasureKind): Growth =>
  kind === "milestone"
    ? "milestone"
    : kind === "averageAttendance" || kind === "outcomeRate" || kind === "externalStatistic" || kind === "survey"
      ? "level"
      : "cumulative";

/**
 * Computes every success criterion of a plan for a period id (2016, 2016H1, 2016Q2, PY1, plan)
 * as of `today` (ISO date). Which target, and so which days the figure covers (`range`):
 * 1. the target for exactly that period (or the same days): the asked period;
 * 2. for level figures (averages, rates, entered figures): the latest target inside the asked
 *    period (a 2018H1 target asked for 2018), over that target's own days;
 * 3. the shortest target period running at the end of the asked period (or today, if earlier):
 *    from that target period's start to the end of the asked period, judged as of that end — so a
 *    quarter or a calendar year shows progress so far towards its plan year's (or the plan's) target;
 * 4. none: no target, status "ingen-data", the figure over the asked period.
 * Figures from the logbook count records up to today; entered figures are read by period. A rate
 * within N months of a course's start is judged as of today: courses too young to judge are left
 * out of it (`immature`), and if every course is, the figure is null ("ingen-data").
 */
export function attainment(plan: PlanFile, facts: LogbookFacts, periodId: string, today: string): AttainmentRow[] {
  const planRange = plan.period;
  const asked = periodRange(periodId, planRange);
  const courseTypes = courseTypesOf(plan);
  return indexPlan(plan).criteria.map(({ criterion, activity, focusArea }) => {
    const owner: CriterionOwner = { activityKey: activity?.key, focusAreaKey: focusArea?.key };
    const m = criterion.measure;
    const growth = growthOf(m.kind);
    const scope: MeasureScope = {
      activityIds: coveredActivities(facts, filtersOf(m), owner),
      criterionKey: criterion.key,
      planRange,
      courseTypes,
    };
    const entered = enteredKinds.has(m.kind);
    const measure = (period: MeasurePeriod): MeasureResult => {
      if (entered) return computeMeasure(m, facts, period, scope);
      if (today < period.start) return { value: null, counted: {} };
      return computeMeasure(m, facts, { start: period.start, end: minDate(period.end, today), asOf: today }, scope);
    };

    const chosen = chooseTarget(criterion, periodId, asked, planRange, growth, today);
    const window: MeasurePeriod = chosen?.window ?? { ...asked, id: periodId };
    const result = measure(window);
    const b = criterion.baseline;
    const baseline =
      b?.value ??
      (b?.period !== undefined ? measure({ ...periodRange(b.period, planRange), id: b.period }).value : null);
    const comparisonValue = b?.comparisonValue ?? null;
    const target = chosen?.target;
    return {
      key: criterion.key,
      text: criterion.text,
      owner,
      kind: m.kind,
      target: target?.value ?? null,
      ...(target?.relative ? { relativeTarget: target.relative } : {}),
      targetPeriod: target?.period ?? null,
      range: entered
        ? { start: window.start, end: window.end }
        : { start: window.start, end: minDate(window.end, today) },
      actual: result.value,
      baseline,
      comparisonValue,
      direction: criterion.direction,
      status: status({
        actual: result.value,
        target: !target ? null : target.relative ? { relative: target.relative } : (target.value ?? null),
        baseline: { value: baseline, comparisonValue },
        direction: criterion.direction,
        range: chosen?.judged ?? asked,
        today: chosen?.judgedOn ? minDate(today, chosen.judgedOn) : today,
        profile: criterion.profile ?? "linear",
        growth,
      }),
      counted: result.counted,
      ...(result.immature !== undefined ? { immature: result.immature } : {}),
    };
  });
}

type Target = Criterion["targets"][number];

interface ChosenTarget {
  target: Target;
  /** The days (and period id) the figure is computed over. */
  window: MeasurePeriod;
  /** The period the status is judged against, and the day it is judged on (if not today). */
  judged: DateRange;
  judgedOn?: string;
}

function chooseTarget(
  criterion: Criterion,
  periodId: string,
  asked: DateRange,
  planRange: DateRange,
  growth: Growth,
  today: string,
): ChosenTarget | null {
  const placed = criterion.targets.map((target) => ({ target, range: periodRange(target.period, planRange) }));
  const same =
    placed.find((p) => p.target.period === periodId) ??
    placed.find((p) => p.range.start === asked.start && p.range.end === asked.end);
  if (same) return { target: same.target, window: { ...asked, id: periodId }, judged: asked };
  if (growth !== "cumulative") {
    const inside = placed
      .filter((p) => p.range.start >= asked.start && p.range.end <= asked.end)
      .sort((a, b) => (a.range.end < b.range.end ? 1 : a.range.end > b.range.end ? -1 : 0))[0];
    if (inside)
      return { target: inside.target, window: { ...inside.range, id: inside.target.period }, judged: inside.range };
  }
  // The target running at the end of the asked period (or today, if earlier): progress towards it so far.
  const pivot = maxDate(asked.start, minDate(asked.end, today));
  const length = (r: DateRange) => daysBetween(r.start, r.end);
  const running = placed
    .filter((p) => p.range.start <= pivot && p.range.end >= pivot)
    .sort((a, b) => length(a.range) - length(b.range))[0];
  if (!running) return null;
  return {
    target: running.target,
    window: { start: running.range.start, end: asked.end },
    judged: running.range,
    judgedOn: asked.end,
  };
}
