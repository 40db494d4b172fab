import type { Measure } from "~/plan-format/measure";
import type { DateRange } from "~/plan-format/periods";
import type { LogbookFacts } from "../facts";
import type { MeasureResult } from "../measure-result";
import { filtersOf, inRange, type MeasureScope, personTest } from "../scope";
import { distinct, scoped } from "./common";

/** assessments: distinct participants with the named assessment (selvvurdering, screening …) in the period. */
export function assessmentMeasure(
  measure: Extract<Measure, { kind: "assessments" }>,
  facts: LogbookFacts,
  period: DateRange,
  scope: MeasureScope,
): MeasureResult {
  const test = personTest(facts, filtersOf(measure), period, ["assessments"]);
  const records = scoped(facts.assessments, scope).filter(
    (a) => a.assessment === measure.assessment && inRange(a.date, period) && test(a.participantId, a.date),
  );
  return {
    value: distinct(records.map((a) => a.participantId)).length,
    counted: { participants: distinct(records.map((a) => a.participantId)), assessments: records.map((a) => a.id) },
  };
}
