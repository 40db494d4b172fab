import type { Measure } from "~/plan-format/measure";
import { countingUnit } from "./counting-unit";
import type { LogbookFacts } from "./facts";
import { filtersOf, hasPersonFilters } from "./scope";

/** The lists of the facts a measure reads (activities aside: a change there makes every figure new). */
export type FactList = Exclude<keyof LogbookFacts, "activities">;

/**
 * Which lists of the facts a measure's figure can depend on, so a figure is computed again only
 * when one of them changed: a registered event leaves a course criterion's figure as it was.
 * The participants list is read for person filters and for counting households.
 */
export function dependsOn(measure: Measure): ReadonlySet<FactList> {
  const lists = new Set<FactList>();
  const persons = hasPersonFilters(filtersOf(measure)) || countingUnit(measure) === "households";
  switch (measure.kind) {
    case "participants":
    case "households": {
      const source = measure.source ?? "all";
      if (source === "all" || source === "events") lists.add("events");
      if (source === "all" || source === "contacts") lists.add("contacts");
      if (source === "all" || source === "courses") lists.add("courses");
      lists.add("participants");
      break;
    }
    case "attendance":
    case "averageAttendance":
    case "events":
      lists.add("events");
      break;
    case "coursesStarted":
    case "funnelStage":
    case "outcomes":
    case "outcomeRate":
    case "followUp":
    case "actionPlans":
      lists.add("courses");
      break;
    case "contacts":
      lists.add("contacts");
      break;
    case "referrals":
      lists.add("referrals");
      break;
    case "assessments":
      lists.add("assessments");
      break;
    case "volunteers":
      lists.add("volunteerHours");
      break;
    case "externalStatistic":
    case "survey":
      lists.add("values").add("seriesValues");
      break;
    case "milestone":
      lists.add("values").add("milestones");
      break;
  }
  if (persons && measure.kind !== "events") lists.add("participants");
  return lists;
}
