import type { ProblemList } from "./check-plan";
import type { PlanFile } from "./plan";
import type { PlanIndex, PlanPath } from "./plan-index";

type Vocabulary = keyof NonNullable<PlanFile["logbook"]>;

const vocabularyName: Record<Vocabulary, string> = {
  eventTypes: "arrangementstypen",
  targetGroupTags: "målgruppemærket",
  contactTopics: "henvendelsesemnet",
  receivingBodies: "modtageren",
  assessmentTypes: "vurderingen",
  volunteerRoles: "frivilligrollen",
};

/** Checks that every measure names activities, course types, stages and words the plan defines. */
export function checkMeasureReferences(plan: PlanFile, index: PlanIndex, problems: ProblemList) {
  const activities = new Set(index.activities.map((a) => a.activity.key));
  const focusAreas = new Set(plan.focusAreas.map((f) => f.key));
  const courseTypes = new Map(index.courseTypes.map((c) => [c.courseType.key, c.courseType]));
  const milestones = new Set(plan.milestones.map((m) => m.key));
  const allOutcomes = new Set(index.courseTypes.flatMap((c) => c.courseType.outcomes.map((o) => o.key)));
  const series = new Map(plan.series.map((s) => [s.key, s]));

  const words = (vocabulary: Vocabulary, keys: string[] | undefined, path: PlanPath) => {
    const known = new Set((plan.logbook?.[vocabulary] ?? []).map((w) => w.key));
    keys?.forEach((key, i) => {
      if (!known.has(key))
        problems.add(
          [...path, i],
          `${vocabularyName[vocabulary]} "${key}" findes ikke under logbook.${vocabulary}. Tilføj den eller ret nøglen.`,
        );
    });
  };

  for (const { criterion, path } of index.criteria) {
    const m = criterion.measure;
    const mp: PlanPath = [...path, "measure"];
    if ("filters" in m && m.filters) {
      const f = m.filters;
      const fp = [...mp, "filters"];
      if (f.activity !== undefined && !activities.has(f.activity))
        problems.add([...fp, "activity"], `Aktiviteten "${f.activity}" findes ikke i planen.`);
      if (f.focusArea !== undefined && !focusAreas.has(f.focusArea))
        problems.add([...fp, "focusArea"], `Indsatsområdet "${f.focusArea}" findes ikke i planen.`);
      words("eventTypes", f.eventTypes, [...fp, "eventTypes"]);
      words("targetGroupTags", f.targetGroupTags, [...fp, "targetGroupTags"]);
      if (f.ageBand?.min !== undefined && f.ageBand.max !== undefined && f.ageBand.min > f.ageBand.max)
        problems.add([...fp, "ageBand"], "Aldersgruppens min må ikke være større end max.");
    }
    const courseType = "courseType" in m && m.courseType !== undefined ? courseTypes.get(m.courseType) : undefined;
    if ("courseType" in m && m.courseType !== undefined && !courseType)
      problems.add(
        [...mp, "courseType"],
        `Forløbstypen "${m.courseType}" findes ikke. Definer den under en aktivitets courseTypes.`,
      );
    const outcomeKeys = courseType ? new Set(courseType.outcomes.map((o) => o.key)) : allOutcomes;
    switch (m.kind) {
      case "funnelStage":
        if (courseType && !courseType.stages.some((s) => s.key === m.stage))
          problems.add([...mp, "stage"], `Forløbstypen "${courseType.key}" har ikke trinnet "${m.stage}".`);
        break;
      case "outcomes":
      case "outcomeRate":
        m.outcomes.forEach((o, i) => {
          if (!outcomeKeys.has(o))
            problems.add([...mp, "outcomes", i], `Udfaldet "${o}" findes ikke for forløbstypen.`);
        });
        break;
      case "followUp":
        if (courseType && !courseType.followUpMonths.includes(m.offsetMonths))
          problems.add(
            [...mp, "offsetMonths"],
            `Forløbstypen "${courseType.key}" følger ikke op efter ${m.offsetMonths} måneder.`,
          );
        break;
      case "contacts":
        words("contactTopics", m.topics, [...mp, "topics"]);
        break;
      case "referrals":
        words("receivingBodies", m.receivingBodies, [...mp, "receivingBodies"]);
        break;
      case "assessments":
        if (!(plan.logbook?.assessmentTypes ?? []).some((w) => w.key === m.assessment))
          problems.add(
            [...mp, "assessment"],
            `Vurderingen "${m.assessment}" findes ikke under logbook.assessmentTypes.`,
          );
        break;
      case "volunteers":
        words("volunteerRoles", m.roles, [...mp, "roles"]);
        break;
      case "externalStatistic":
      case "survey": {
        const named = m.series === undefined ? undefined : series.get(m.series);
        if (m.series !== undefined && !named)
          problems.add(
            [...mp, "series"],
            `Serien "${m.series}" findes ikke under series. Tilføj den eller ret nøglen.`,
          );
        else if (named && named.kind !== (m.kind === "survey" ? "survey" : "statistic"))
          problems.add(
            [...mp, "series"],
            m.kind === "survey"
              ? `Serien "${named.key}" er en statistik, ikke en undersøgelse. Brug kind: externalStatistic.`
              : `Serien "${named.key}" er en undersøgelse. Brug kind: survey.`,
          );
        break;
      }
      case "milestone":
        if (m.milestone !== undefined && !milestones.has(m.milestone))
          problems.add([...mp, "milestone"], `Milepælen "${m.milestone}" findes ikke under milestones.`);
        break;
    }
  }
}
