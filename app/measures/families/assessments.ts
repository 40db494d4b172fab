import type { Measure } from "~/plan-format/measure";
import type { DateRange } from "~/plan-format/periods";
import type { LogbookFacts } from "../facts";
import type { MeasureResult } from "../measure-result";
import type { MeasureScope } from "../scope";
import { distinct, recordsIn } from "./common";

/** assessments: distinct participants with the named assessment (selvvurdering, screening …) in the period. */
export function assessmentMeasure(
  measure: Extract<Measure, { kind: "assessments" }>,
  facts: LogbookFacts,
  period: DateRange,
  scope: MeasureScope,
): MeasureResult {
  const records = recordsIn(
    facts,
    facts.assessments,
    measure,
    scope,
    period,
    "assessments",
    (a) => a.assessment === measure.assessment,
  );
  const participants = distinct(records.map((a) => a.participantId));
  return { value: participants.length, counted: { participants, assessments: records.map((a) => a.id) } };
}
