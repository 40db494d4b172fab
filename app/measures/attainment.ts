import { planListHistories } from "~/area-lists/list-figures";
import type { Measure, MeasureKind } from "~/plan-format/measure";
import { type DateRange, periodInPlan, periodRange } from "~/plan-format/periods";
import type { PlanFile } from "~/plan-format/plan";
import { type IndexedCriterion, indexPlan } from "~/plan-format/plan-index";
import { computeMeasure, enteredKinds } from "./compute-measure";
import { type Aggregate, aggregateOf, type CountingUnit, countingUnit } from "./counting-unit";
import { minDate } from "./dates";
import type { LogbookFacts } from "./facts";
import type { Counted, MeasurePeriod, MeasureResult } from "./measure-result";
import { type PeriodTarget, periodTarget, type TargetBasis, type TargetGrowth, type TargetPart } from "./period-target";
import { type CriterionOwner, courseTypesOf, coveredActivities, filtersOf, type MeasureScope } from "./scope";
import { type Growth, type RelativeTarget, type Status, status } from "./status";

/** One success criterion's målopfyldelse for a period. */
export interface AttainmentRow {
  key: string;
  text: string;
  owner: CriterionOwner;
  kind: MeasureKind;
  /** What the figure counts (persons, courses, events …) and how it is formed over a period. */
  unit: CountingUnit;
  aggregate: Aggregate;
  /** The period asked for: its id and its exact days inside the plan. */
  period: DateRange & { id: string };
  /** The number to reach in the period; null for a relative target or where the plan sets none. */
  target: number | null;
  relativeTarget?: RelativeTarget;
  /** How the target was found: stated for the period, summed, pro-rated, averaged … (null: no target). */
  targetBasis: TargetBasis | null;
  /** The stated targets behind it, each with the share of it that falls in the period. */
  targetParts: TargetPart[];
  /** The stated target's own period where the target is one stated target; null otherwise. */
  targetPeriod: string | null;
  /** The plan's targets cover only part of the period; the figure covers `range` only. */
  partial: boolean;
  /** The days the figure covers: the period, or the part with a target (logbook figures stop at today). */
  range: DateRange;
  actual: number | null;
  baseline: number | null;
  comparisonValue: number | null;
  direction: "up" | "down";
  status: Status;
  counted: Counted;
  /** outcomeRate only: members of the cohort too young to judge (left out of the rate). */
  immature?: number;
}

/** How the target of a measure relates to its periods, and how its status builds up during one. */
function growthOf(measure: Measure): { target: TargetGrowth; status: Growth } {
  const aggregate = aggregateOf(measure);
  if (aggregate === "done") return { target: "milestone", status: "milestone" };
  if (aggregate === "latest") return { target: "latest", status: "level" };
  if (aggregate === "average" || aggregate === "share") return { target: "level", status: "level" };
  return { target: "cumulative", status: measure.kind === "milestone" ? "milestone" : "cumulative" };
}

/**
 * Computes every success criterion of a plan for a period id (2016, 2016H1, 2016Q2, PY1, plan) as
 * of `today` (ISO date). The period is the calendar's (2016 is 1 January–31 December whatever the
 * plan year), cut only at the plan's first and last day. Its target is the one the plan states for
 * it, or one derived from the stated targets as `periodTarget` says (the sum of the yearly targets
 * for the whole plan, a pro-rated share for a quarter, the rate itself for a part of a rate's
 * period …). The figure covers the period (or only the part the targets cover), counts records up
 * to today, and is judged: a finished period is met or not met; a running one is on track or behind.
 * `reuse` may give a criterion's row as computed before from facts its measure reads the same way.
 */
export function attainment(
  plan: PlanFile,
  facts: LogbookFacts,
  periodId: string,
  today: string,
  reuse: Reuse = () => undefined,
): AttainmentRow[] {
  return [...attainmentRows(plan, facts, periodId, today, reuse)];
}

/**
 * The rows of `attainment`, one criterion at a time, so a caller computing in the background can
 * let other work run between criteria.
 */
export function* attainmentRows(
  plan: PlanFile,
  facts: LogbookFacts,
  periodId: string,
  today: string,
  reuse: Reuse = () => undefined,
): Generator<AttainmentRow> {
  const frame = frameOf(plan, facts, periodId, today);
  for (const placed of indexPlan(plan).criteria) {
    yield reuse(placed.criterion.key, placed.criterion.measure, placed) ?? criterionRow(frame, placed);
  }
}

/** A criterion's row as computed before, where nothing it reads has changed since (see live-logbook). */
export type Reuse = (criterionKey: string, measure: Measure, placed: IndexedCriterion) => AttainmentRow | undefined;

/** What every criterion of the plan is computed within: the period asked and what the plan declares. */
interface Frame {
  facts: LogbookFacts;
  today: string;
  planRange: DateRange;
  asked: DateRange & { id: string };
  courseTypes: MeasureScope["courseTypes"];
  /** Each milestone's due day. */
  dueOf: Map<string, string>;
  areaLists: MeasureScope["areaLists"];
}

function frameOf(plan: PlanFile, facts: LogbookFacts, periodId: string, today: string): Frame {
  const planRange = plan.period;
  return {
    facts,
    today,
    planRange,
    asked: { ...periodInPlan(periodId, planRange), id: periodId },
    courseTypes: courseTypesOf(plan),
    dueOf: new Map(
      plan.milestones.map((m) => [
        m.key,
        /^\d{4}-\d{2}-\d{2}$/.test(m.due) ? m.due : periodRange(m.due, planRange).end,
      ]),
    ),
    areaLists: planListHistories(plan, facts.seriesValues ?? []),
  };
}

/** One criterion's row: its target for the period, its figure, its baseline and its status. */
function criterionRow(frame: Frame, { criterion, activity, focusArea }: IndexedCriterion): AttainmentRow {
  const { facts, today, planRange, asked } = frame;
  const owner: CriterionOwner = { activityKey: activity?.key, focusAreaKey: focusArea?.key };
  const m = criterion.measure;
  const growth = growthOf(m);
  const scope: MeasureScope = {
    activityIds: coveredActivities(facts, filtersOf(m), owner),
    criterionKey: criterion.key,
    planRange,
    courseTypes: frame.courseTypes,
    areaLists: frame.areaLists,
  };
  const entered = enteredKinds.has(m.kind);
  const measure = (period: MeasurePeriod): MeasureResult => {
    if (entered) return computeMeasure(m, facts, period, scope);
    if (today < period.start) return { value: null, counted: {} };
    return computeMeasure(m, facts, { ...period, end: minDate(period.end, today), asOf: today }, scope);
  };
  const due = m.kind === "milestone" && m.milestone !== undefined ? frame.dueOf.get(m.milestone) : undefined;
  const target = periodTarget(criterion, asked, planRange, growth.target, due);
  const window: MeasurePeriod = target?.window ?? asked;
  const result = measure(window);
  const b = criterion.baseline;
  const baseline =
    b?.value ?? (b?.period !== undefined ? measure({ ...periodRange(b.period, planRange), id: b.period }).value : null);
  const comparisonValue = b?.comparisonValue ?? null;
  return {
    key: criterion.key,
    text: criterion.text,
    owner,
    kind: m.kind,
    unit: countingUnit(m),
    aggregate: aggregateOf(m),
    period: asked,
    target: target?.value ?? null,
    ...(target?.relative ? { relativeTarget: target.relative } : {}),
    targetBasis: target?.basis ?? null,
    targetParts: target?.parts ?? [],
    targetPeriod: target?.stated ?? null,
    partial: target?.partial ?? false,
    range: entered
      ? { start: window.start, end: window.end }
      : { start: window.start, end: minDate(window.end, today) },
    actual: result.value,
    baseline,
    comparisonValue,
    direction: criterion.direction,
    status: status({
      actual: result.value,
      target: statusTarget(target),
      baseline: { value: baseline, comparisonValue },
      direction: criterion.direction,
      range: window,
      today,
      profile: criterion.profile ?? "linear",
      growth: growth.status,
      settled: !result.immature,
    }),
    counted: result.counted,
    ...(result.immature !== undefined ? { immature: result.immature } : {}),
  };
}

/** The target as the status reads it: a number, a relative target, or none. */
function statusTarget(target: PeriodTarget | null) {
  if (!target) return null;
  if (target.relative) return { relative: target.relative };
  return target.value === undefined ? null : target.value;
}
