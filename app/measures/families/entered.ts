import { lastListYear, offListAtEnd } from "~/area-lists/list-history";
import type { Measure } from "~/plan-format/measure";
import { enteredValuesFor } from "../entered-values";
import type { LogbookFacts } from "../facts";
import type { MeasurePeriod, MeasureResult } from "../measure-result";
import type { MeasureScope } from "../scope";

type EnteredMeasure = Extract<Measure, { kind: "externalStatistic" | "survey" | "milestone" | "areaList" }>;

/** The measures read from figures entered per period (or the plan's milestones, the government's lists), not the logbook. */
export function enteredMeasure(
  measure: EnteredMeasure,
  facts: LogbookFacts,
  period: MeasurePeriod,
  scope: MeasureScope,
): MeasureResult {
  switch (measure.kind) {
    case "externalStatistic":
    case "survey": {
      // The figure entered for the period; for a longer period, the latest figure entered inside it.
      const values = enteredValuesFor(facts, enteredKey(measure, scope), period, scope.planRange);
      const last = values.at(-1);
      return { value: last ? last.value : null, counted: { values: last ? [last.period] : [] } };
    }
    case "milestone":
      return milestoneMeasure(measure, facts, period, scope);
    case "areaList": {
      // 1 when the area is on no list of the period's last 1 December, 0 when it is on one.
      const history = scope.areaLists?.get(measure.listArea) ?? [];
      const value = offListAtEnd(history, period);
      return { value, counted: { values: value === null ? [] : [String(lastListYear(period))] } };
    }
  }
}

/** milestone: a plan milestone done by the period's end (1/0), or yes/no entered per period. */
function milestoneMeasure(
  measure: Extract<Measure, { kind: "milestone" }>,
  facts: LogbookFacts,
  period: MeasurePeriod,
  scope: MeasureScope,
): MeasureResult {
  if (measure.milestone !== undefined) {
    // 1 when the milestone is done by the end of the period, else 0.
    const milestone = facts.milestones.find((x) => x.key === measure.milestone);
    if (!milestone) return { value: null, counted: {} };
    const done = milestone.status === "done" && (milestone.doneDate === null || milestone.doneDate <= period.end);
    return { value: done ? 1 : 0, counted: { milestones: done ? [milestone.key] : [] } };
  }
  // Yes/no entered per period as 1/0; over a longer period, the number of periods entered as done.
  const values = enteredValuesFor(facts, enteredKey(measure, scope), period, scope.planRange);
  return {
    value: values.length === 0 ? null : values.reduce((sum, v) => sum + v.value, 0),
    counted: { values: values.map((v) => v.period) },
  };
}

/** Where an entered figure is read: the measure's named series, else the criterion's own figures. */
function enteredKey(measure: Measure, scope: MeasureScope) {
  if ((measure.kind === "externalStatistic" || measure.kind === "survey") && measure.series !== undefined)
    return { series: measure.series };
  return scope.criterionKey === undefined ? undefined : { criterion: scope.criterionKey };
}
