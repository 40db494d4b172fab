import type { Measure } from "~/plan-format/measure";
import type { DateRange } from "~/plan-format/periods";
import type { LogbookFacts } from "../facts";
import type { MeasureResult } from "../measure-result";
import type { MeasureScope } from "../scope";
import { distinct, recordsIn } from "./common";

/** volunteers: distinct volunteers (in the given roles) in the period, or their hours summed. */
export function volunteerMeasure(
  measure: Extract<Measure, { kind: "volunteers" }>,
  facts: LogbookFacts,
  period: DateRange,
  scope: MeasureScope,
): MeasureResult {
  const roles = measure.roles && measure.roles.length > 0 ? new Set(measure.roles) : null;
  const records = recordsIn(
    facts,
    facts.volunteerHours,
    measure,
    scope,
    period,
    "volunteers",
    (v) => roles === null || (v.role !== null && roles.has(v.role)),
  );
  const participants = distinct(records.map((v) => v.participantId));
  const counted = { participants, volunteerHours: records.map((v) => v.id) };
  if (measure.count === "hours") return { value: records.reduce((sum, v) => sum + v.hours, 0), counted };
  return { value: participants.length, counted };
}
