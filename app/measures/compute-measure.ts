import type { Measure } from "~/plan-format/measure";
import type { LogbookFacts } from "./facts";
import { assessmentMeasure } from "./families/assessments";
import { contactsOrReferrals } from "./families/contacts";
import { courseMeasure } from "./families/courses";
import { enteredMeasure } from "./families/entered";
import { eventMeasure } from "./families/events";
import { personsMeasure } from "./families/persons";
import { volunteerMeasure } from "./families/volunteers";
import type { MeasurePeriod, MeasureResult } from "./measure-result";
import { type MeasureScope, wholePlan } from "./scope";

export { eventAttendance } from "./families/events";
export type { Counted, MeasurePeriod, MeasureResult } from "./measure-result";

/** Measure kinds that read figures entered per period instead of the logbook. */
export const enteredKinds = new Set<Measure["kind"]>(["externalStatistic", "survey", "milestone", "areaList"]);

/**
 * Computes one measure over a period from the logbook facts (pure, no I/O), by its family in
 * `families/`. Every "distinct" count is distinct over the whole period. See each family for its rule.
 */
export function computeMeasure(
  measure: Measure,
  facts: LogbookFacts,
  period: MeasurePeriod,
  scope: MeasureScope = wholePlan,
): MeasureResult {
  switch (measure.kind) {
    case "participants":
    case "households":
      return personsMeasure(measure, facts, period, scope);
    case "events":
    case "attendance":
    case "averageAttendance":
      return eventMeasure(measure, facts, period, scope);
    case "coursesStarted":
    case "funnelStage":
    case "outcomes":
    case "outcomeRate":
    case "followUp":
    case "actionPlans":
      return courseMeasure(measure, facts, period, scope);
    case "contacts":
    case "referrals":
      return contactsOrReferrals(measure, facts, period, scope);
    case "assessments":
      return assessmentMeasure(measure, facts, period, scope);
    case "volunteers":
      return volunteerMeasure(measure, facts, period, scope);
    case "externalStatistic":
    case "survey":
    case "milestone":
    case "areaList":
      return enteredMeasure(measure, facts, period, scope);
  }
}
