import type { Measure, MeasureKind } from "~/plan-format/measure";

/**
 * What a criterion's figure counts, read from the measure: the unit a sekretariatsleder names when
 * defending the number ("20 beboere", "12 mentorforløb", "5 beboerblade").
 * - persons, households: each counted once in the period, whatever number of records they have;
 * - courses, events, contacts, referrals, actionPlans: records;
 * - attendances: every visit (one person at ten events is ten);
 * - hours: volunteer hours;
 * - figure: a number entered per period (a statistic or a survey result);
 * - done: a milestone, done or not.
 */
export type CountingUnit =
  | "persons"
  | "households"
  | "courses"
  | "events"
  | "attendances"
  | "contacts"
  | "referrals"
  | "hours"
  | "figure"
  | "done";

/**
 * How the figure is formed over a period, and so how a longer period's figure relates to its
 * parts: `distinct` (each person or household once over the whole period), `sum` (records add up),
 * `average` (attendances per event), `share` (a percentage of a cohort), `latest` (the figure of
 * the latest period entered) or `done` (a milestone).
 */
export type Aggregate = "distinct" | "sum" | "average" | "share" | "latest" | "done";

/** The default `count` of the course measures: what their criteria usually count. */
const courseDefault: Partial<Record<MeasureKind, "courses" | "persons">> = {
  coursesStarted: "courses",
  funnelStage: "persons",
  outcomes: "persons",
  outcomeRate: "persons",
  followUp: "persons",
  actionPlans: "courses",
};

/**
 * The counting unit of a measure, e.g. `outcomes` → persons unless `count: courses`;
 * `coursesStarted` → courses unless `count: persons`.
 */
export function countingUnit(measure: Measure): CountingUnit {
  switch (measure.kind) {
    case "participants":
    case "assessments":
      return "persons";
    case "households":
      return "households";
    case "attendance":
    case "averageAttendance":
      return "attendances";
    case "events":
      return "events";
    case "coursesStarted":
    case "funnelStage":
    case "outcomes":
    case "outcomeRate":
    case "followUp":
    case "actionPlans":
      return measure.count ?? courseDefault[measure.kind] ?? "courses";
    case "contacts":
    case "referrals":
      return measure.count === "persons" || measure.count === "households"
        ? measure.count
        : measure.kind === "contacts"
          ? "contacts"
          : "referrals";
    case "volunteers":
      return measure.count === "hours" ? "hours" : "persons";
    case "externalStatistic":
    case "survey":
      return "figure";
    case "milestone":
    case "areaList":
      return "done";
  }
}

/** How a measure's figure is formed over a period (see `Aggregate`). */
export function aggregateOf(measure: Measure): Aggregate {
  if (measure.kind === "averageAttendance") return "average";
  if (measure.kind === "outcomeRate") return "share";
  if (measure.kind === "externalStatistic" || measure.kind === "survey") return "latest";
  if (measure.kind === "milestone") return measure.milestone !== undefined ? "done" : "sum";
  if (measure.kind === "areaList") return "done";
  const unit = countingUnit(measure);
  return unit === "persons" || unit === "households" ? "distinct" : "sum";
}
