import { type ErrorKey, errorText } from "~/i18n/error-text";
import type { CourseType } from "./activity";
import type { ProblemList } from "./check-plan";
import type { Measure } from "./measure";
import type { PlanFile } from "./plan";
import type { PlanIndex, PlanPath } from "./plan-index";

type Vocabulary = keyof NonNullable<PlanFile["logbook"]>;

const vocabularyName: Record<Vocabulary, ErrorKey> = {
  eventTypes: "planWord_eventTypes",
  targetGroupTags: "planWord_targetGroupTags",
  contactTopics: "planWord_contactTopics",
  receivingBodies: "planWord_receivingBodies",
  assessmentTypes: "planWord_assessmentTypes",
  volunteerRoles: "planWord_volunteerRoles",
};

/** What the plan defines that a measure may name, and where the problems go. */
interface Known {
  plan: PlanFile;
  problems: ProblemList;
  activities: Set<string>;
  focusAreas: Set<string>;
  courseTypes: Map<string, CourseType>;
  milestones: Set<string>;
  allOutcomes: Set<string>;
  series: Map<string, PlanFile["series"][number]>;
}

/** Checks that every measure names activities, course types, stages and words the plan defines. */
export function checkMeasureReferences(plan: PlanFile, index: PlanIndex, problems: ProblemList) {
  const known: Known = {
    plan,
    problems,
    activities: new Set(index.activities.map((a) => a.activity.key)),
    focusAreas: new Set(plan.focusAreas.map((f) => f.key)),
    courseTypes: new Map(index.courseTypes.map((c) => [c.courseType.key, c.courseType])),
    milestones: new Set(plan.milestones.map((m) => m.key)),
    allOutcomes: new Set(index.courseTypes.flatMap((c) => c.courseType.outcomes.map((o) => o.key))),
    series: new Map(plan.series.map((s) => [s.key, s])),
  };
  for (const { criterion, path } of index.criteria) {
    const m = criterion.measure;
    const mp: PlanPath = [...path, "measure"];
    checkFilters(known, m, mp);
    if (!checkCourseReferences(known, m, mp)) checkWordAndFigureReferences(known, m, mp);
  }
}

/** Reports the keys of a vocabulary the plan's logbook section does not define. */
function checkWords(known: Known, vocabulary: Vocabulary, keys: string[] | undefined, path: PlanPath) {
  const defined = new Set((known.plan.logbook?.[vocabulary] ?? []).map((w) => w.key));
  keys?.forEach((key, i) => {
    if (!defined.has(key))
      known.problems.add(
        [...path, i],
        errorText("planWordUnknown", { what: errorText(vocabularyName[vocabulary]), key, vocabulary }),
      );
  });
}

/** The measure's filters: activity, focus area, event types, target group tags and age band. */
function checkFilters(known: Known, m: Measure, mp: PlanPath) {
  if (!("filters" in m && m.filters)) return;
  const { problems } = known;
  const f = m.filters;
  const fp = [...mp, "filters"];
  if (f.activity !== undefined && !known.activities.has(f.activity))
    problems.add([...fp, "activity"], errorText("planActivityUnknown", { key: f.activity }));
  if (f.focusArea !== undefined && !known.focusAreas.has(f.focusArea))
    problems.add([...fp, "focusArea"], errorText("planFocusAreaUnknown", { key: f.focusArea }));
  checkWords(known, "eventTypes", f.eventTypes, [...fp, "eventTypes"]);
  checkWords(known, "targetGroupTags", f.targetGroupTags, [...fp, "targetGroupTags"]);
  if (f.ageBand?.min !== undefined && f.ageBand.max !== undefined && f.ageBand.min > f.ageBand.max)
    problems.add([...fp, "ageBand"], errorText("planAgeBandReversed"));
}

/** The course type and what the measure names of it (stage, outcomes, follow-up); false when the kind reads no course. */
function checkCourseReferences(known: Known, m: Measure, mp: PlanPath): boolean {
  const { problems } = known;
  const courseType = "courseType" in m && m.courseType !== undefined ? known.courseTypes.get(m.courseType) : undefined;
  if ("courseType" in m && m.courseType !== undefined && !courseType)
    problems.add([...mp, "courseType"], errorText("planCourseTypeUnknown", { key: m.courseType }));
  const outcomeKeys = courseType ? new Set(courseType.outcomes.map((o) => o.key)) : known.allOutcomes;
  switch (m.kind) {
    case "funnelStage":
      if (courseType && !courseType.stages.some((s) => s.key === m.stage))
        problems.add([...mp, "stage"], errorText("planStageUnknown", { key: courseType.key, stage: m.stage }));
      return true;
    case "outcomes":
    case "outcomeRate":
      m.outcomes.forEach((o, i) => {
        if (!outcomeKeys.has(o)) problems.add([...mp, "outcomes", i], errorText("planOutcomeUnknown", { key: o }));
      });
      return true;
    case "followUp":
      if (courseType && !courseType.followUpMonths.includes(m.offsetMonths))
        problems.add(
          [...mp, "offsetMonths"],
          errorText("planFollowUpUnknown", { key: courseType.key, months: m.offsetMonths }),
        );
      return true;
    default:
      return false;
  }
}

/** The words, series and milestones the other kinds name. */
function checkWordAndFigureReferences(known: Known, m: Measure, mp: PlanPath) {
  const { problems } = known;
  switch (m.kind) {
    case "contacts":
      checkWords(known, "contactTopics", m.topics, [...mp, "topics"]);
      break;
    case "referrals":
      checkWords(known, "receivingBodies", m.receivingBodies, [...mp, "receivingBodies"]);
      break;
    case "assessments":
      if (!(known.plan.logbook?.assessmentTypes ?? []).some((w) => w.key === m.assessment))
        problems.add([...mp, "assessment"], errorText("planAssessmentUnknown", { key: m.assessment }));
      break;
    case "volunteers":
      checkWords(known, "volunteerRoles", m.roles, [...mp, "roles"]);
      break;
    case "externalStatistic":
    case "survey":
      checkSeries(known, m, mp);
      break;
    case "milestone":
      if (m.milestone !== undefined && !known.milestones.has(m.milestone))
        problems.add([...mp, "milestone"], errorText("planMilestoneUnknown", { key: m.milestone }));
      break;
  }
}

/** An entered figure's named series: it exists and is of the measure's kind (statistic or survey). */
function checkSeries(known: Known, m: Extract<Measure, { kind: "externalStatistic" | "survey" }>, mp: PlanPath) {
  const named = m.series === undefined ? undefined : known.series.get(m.series);
  if (m.series !== undefined && !named)
    known.problems.add([...mp, "series"], errorText("planSeriesUnknown", { key: m.series }));
  else if (named && named.kind !== (m.kind === "survey" ? "survey" : "statistic"))
    known.problems.add(
      [...mp, "series"],
      m.kind === "survey"
        ? errorText("planSeriesIsStatistic", { key: named.key })
        : errorText("planSeriesIsSurvey", { key: named.key }),
    );
}
