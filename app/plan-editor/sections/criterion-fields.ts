import type { TFunction } from "i18next";
import { type MeasureKind, measureSchema } from "~/plan-format/measure";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import type { FieldSpec } from "../fields";
import { activityOptions, enumOptions, focusAreaOptions, none, wordOptions } from "./options";

/** Every measure kind, in the order the editor offers them. */
export const measureKinds = measureSchema.options.map((o) => o.shape.kind.value) as MeasureKind[];

/** The kinds counted from the logbook, which take the common filters. */
const logbookKinds = measureKinds.filter((k) => "filters" in measureSchema.options[measureKinds.indexOf(k)].shape);

/** The kinds whose measure has the key. */
const kindsWith = (key: string) =>
  measureKinds.filter((k) => key in measureSchema.options[measureKinds.indexOf(k)].shape) as string[];

/** The editor's fields of a criterion: the criterion, its measure (by kind), filters and targets. */
export function criterionFields(plan: PlanFile, t: TFunction): FieldSpec[] {
  return [
    ...criterionHead(plan, t),
    ...courseMeasureFields(plan, t),
    ...wordMeasureFields(plan, t),
    ...figureMeasureFields(plan, t),
    ...filterFields(plan, t),
    ...targetFields(t),
  ];
}

/** Shown for the kinds whose measure has the key. */
const when = (key: string) => ({ field: "measure.kind", values: kindsWith(key) });
/** Shown for the given kinds. */
const only = (...kinds: MeasureKind[]) => ({ field: "measure.kind", values: kinds as string[] });
/** Shown for the kinds counted from the logbook. */
const filterWhen = { field: "measure.kind", values: logbookKinds as string[] };

/** The criterion itself: where it sits, its text and key, the kind of measure. */
function criterionHead(plan: PlanFile, t: TFunction): FieldSpec[] {
  return [
    { name: "owner", label: t("editor.criterion.owner"), kind: "select", options: ownerOptions(plan, t) },
    {
      name: "text",
      label: t("editor.criterion.text"),
      kind: "textarea",
      required: true,
      hint: t("editor.criterion.textHint"),
    },
    { name: "key", label: t("editor.f.key"), kind: "text", width: "m", hint: t("editor.hints.key") },
    {
      name: "measure.kind",
      label: t("editor.criterion.kind"),
      kind: "select",
      options: enumOptions(t, "editor.measureKinds", measureKinds),
    },
  ];
}

/** What a measure counts of participants and courses: source, course type, stage, outcomes, months, statuses. */
function courseMeasureFields(plan: PlanFile, t: TFunction): FieldSpec[] {
  const index = indexPlan(plan);
  const courseTypes = index.courseTypes.map((c) => ({ value: c.courseType.key, label: c.courseType.name }));
  const stages = index.courseTypes.flatMap((c) =>
    c.courseType.stages.map((s) => ({ value: s.key, label: s.name, group: c.courseType.name })),
  );
  const outcomes = [
    ...new Map(
      index.courseTypes.flatMap((c) => c.courseType.outcomes.map((o) => [o.key, { value: o.key, label: o.name }])),
    ).values(),
  ];
  return [
    {
      name: "measure.source",
      label: t("editor.criterion.source"),
      kind: "select",
      options: [none(t), ...enumOptions(t, "editor.sources", ["events", "contacts", "courses", "all"])],
      when: only("participants", "households"),
    },
    {
      name: "measure.courseType",
      label: t("editor.criterion.courseType"),
      kind: "select",
      options: [none(t), ...courseTypes],
      when: when("courseType"),
    },
    {
      name: "measure.stage",
      label: t("editor.criterion.stage"),
      kind: "select",
      options: stages,
      when: only("funnelStage"),
    },
    {
      name: "measure.actionPlanStage",
      label: t("editor.criterion.stage"),
      kind: "select",
      options: enumOptions(t, "editor.actionPlanStages", ["created", "fulfilled"]),
      when: only("actionPlans"),
    },
    {
      name: "measure.outcomes",
      label: t("editor.criterion.outcomes"),
      kind: "checkboxes",
      options: outcomes,
      when: when("outcomes"),
    },
    {
      name: "measure.withinMonths",
      label: t("editor.criterion.withinMonths"),
      kind: "number",
      width: "xs",
      when: when("withinMonths"),
    },
    {
      name: "measure.offsetMonths",
      label: t("editor.criterion.offsetMonths"),
      kind: "number",
      width: "xs",
      when: when("offsetMonths"),
    },
    {
      name: "measure.statuses",
      label: t("editor.criterion.statuses"),
      kind: "lines",
      hint: t("editor.hints.lines"),
      when: when("statuses"),
    },
  ];
}

/** What a measure counts of the logbook's words: contact topics, receiving bodies, assessments, volunteer roles. */
function wordMeasureFields(plan: PlanFile, t: TFunction): FieldSpec[] {
  return [
    {
      name: "measure.count",
      label: t("editor.criterion.count"),
      kind: "select",
      options: [none(t), ...enumOptions(t, "editor.countOf", ["persons", "households", "courses", "records", "hours"])],
      hint: t("editor.criterion.countHint"),
      when: when("count"),
    },
    {
      name: "measure.topics",
      label: t("editor.criterion.topics"),
      kind: "checkboxes",
      options: wordOptions(plan, "contactTopics"),
      when: when("topics"),
    },
    {
      name: "measure.receivingBodies",
      label: t("editor.criterion.receivingBodies"),
      kind: "checkboxes",
      options: wordOptions(plan, "receivingBodies"),
      when: when("receivingBodies"),
    },
    {
      name: "measure.assessment",
      label: t("editor.criterion.assessment"),
      kind: "select",
      options: wordOptions(plan, "assessmentTypes"),
      when: when("assessment"),
    },
    {
      name: "measure.roles",
      label: t("editor.criterion.roles"),
      kind: "checkboxes",
      options: wordOptions(plan, "volunteerRoles"),
      when: when("roles"),
    },
  ];
}

/** Figures from outside the logbook: named series, statistics, surveys, area lists, milestones. */
function figureMeasureFields(plan: PlanFile, t: TFunction): FieldSpec[] {
  return [
    {
      name: "measure.series",
      label: t("editor.criterion.series"),
      kind: "select",
      options: [none(t), ...plan.series.map((s) => ({ value: s.key, label: s.label }))],
      hint: t("editor.criterion.seriesHint"),
      when: when("series"),
    },
    {
      name: "measure.statistic",
      label: t("editor.criterion.statistic"),
      kind: "text",
      width: "xl",
      when: when("statistic"),
    },
    {
      name: "measure.unit",
      label: t("editor.f.unit"),
      kind: "select",
      options: enumOptions(t, "editor.units", ["percent", "count", "per10000", "dkk"]),
      when: only("externalStatistic"),
    },
    { name: "measure.comparisonArea", label: t("editor.f.comparisonArea"), kind: "text", when: when("comparisonArea") },
    {
      name: "measure.question",
      label: t("editor.criterion.question"),
      kind: "text",
      width: "xl",
      when: when("question"),
    },
    {
      name: "measure.surveyUnit",
      label: t("editor.f.unit"),
      kind: "select",
      options: enumOptions(t, "editor.surveyUnits", ["percent", "score", "count"]),
      when: only("survey"),
    },
    {
      name: "measure.sourceText",
      label: t("editor.f.source"),
      kind: "text",
      when: only("externalStatistic", "survey"),
    },
    {
      name: "measure.listArea",
      label: t("editor.criterion.listArea"),
      hint: t("editor.criterion.listAreaHint"),
      kind: "text",
      when: when("listArea"),
    },
    {
      name: "measure.milestone",
      label: t("editor.criterion.milestone"),
      kind: "select",
      options: [none(t), ...plan.milestones.map((m) => ({ value: m.key, label: m.title }))],
      when: when("milestone"),
    },
  ];
}

/** The common filters of the kinds counted from the logbook. */
function filterFields(plan: PlanFile, t: TFunction): FieldSpec[] {
  return [
    {
      name: "measure.filters.activity",
      label: t("editor.criterion.filterActivity"),
      kind: "select",
      options: [{ value: "", label: t("editor.criterion.ownActivity") }, ...activityOptions(plan)],
      when: filterWhen,
    },
    {
      name: "measure.filters.focusArea",
      label: t("editor.criterion.filterFocusArea"),
      kind: "select",
      options: [none(t), ...focusAreaOptions(plan)],
      when: filterWhen,
    },
    {
      name: "measure.filters.includeSubActivities",
      label: t("editor.criterion.includeSubActivities"),
      kind: "checkbox",
      when: filterWhen,
    },
    {
      name: "measure.filters.eventTypes",
      label: t("editor.criterion.eventTypes"),
      kind: "checkboxes",
      options: wordOptions(plan, "eventTypes"),
      when: filterWhen,
    },
    {
      name: "measure.filters.targetGroupTags",
      label: t("editor.criterion.targetGroupTags"),
      kind: "checkboxes",
      options: wordOptions(plan, "targetGroupTags"),
      when: filterWhen,
    },
    {
      name: "measure.filters.ageBand.min",
      label: t("editor.criterion.ageMin"),
      kind: "number",
      width: "xs",
      when: filterWhen,
    },
    {
      name: "measure.filters.ageBand.max",
      label: t("editor.criterion.ageMax"),
      kind: "number",
      width: "xs",
      when: filterWhen,
    },
    { name: "measure.filters.newOnly", label: t("editor.criterion.newOnly"), kind: "checkbox", when: filterWhen },
    {
      name: "measure.filters.residentsOnly",
      label: t("editor.criterion.residentsOnly"),
      kind: "checkbox",
      when: filterWhen,
    },
  ];
}

/** Targets, baseline, direction, profile and note. */
function targetFields(t: TFunction): FieldSpec[] {
  return [
    {
      name: "targets",
      label: t("editor.criterion.targets"),
      kind: "rows",
      hint: t("editor.criterion.targetsHint"),
      columns: [
        { name: "period", label: t("editor.f.period"), kind: "text", width: "s" },
        { name: "value", label: t("editor.f.value"), kind: "number", width: "xs" },
        {
          name: "relative",
          label: t("editor.criterion.relative"),
          kind: "select",
          options: [
            none(t),
            ...enumOptions(t, "editor.relative", ["better-than-baseline", "comparable-to-comparison-area"]),
          ],
        },
        { name: "note", label: t("editor.f.note"), kind: "text", width: "l" },
      ],
    },
    { name: "baseline.value", label: t("editor.criterion.baseline"), kind: "number", width: "xs" },
    { name: "baseline.period", label: t("editor.criterion.baselinePeriod"), kind: "text", width: "s" },
    { name: "baseline.date", label: t("editor.criterion.baselineDate"), kind: "date", width: "s" },
    { name: "baseline.comparisonValue", label: t("editor.f.comparisonValue"), kind: "number", width: "xs" },
    { name: "baseline.note", label: t("editor.criterion.baselineNote"), kind: "text", width: "xl" },
    {
      name: "direction",
      label: t("editor.criterion.direction"),
      kind: "select",
      options: enumOptions(t, "editor.directions", ["up", "down"]),
    },
    {
      name: "profile",
      label: t("editor.criterion.profile"),
      kind: "text",
      width: "xl",
      hint: t("editor.criterion.profileHint"),
    },
    { name: "note", label: t("editor.f.note"), kind: "textarea" },
  ];
}

/** Where a criterion can sit: the whole plan, a focus area or an activity. */
function ownerOptions(plan: PlanFile, t: TFunction) {
  return [
    { value: "plan", label: t("editor.criterion.wholePlan") },
    ...plan.focusAreas.map((f) => ({
      value: `fa:${f.key}`,
      label: f.number ? `${f.number} ${f.title}` : f.title,
      group: t("editor.focusAreas"),
    })),
    ...activityOptions(plan).map((o) => ({ ...o, value: `activity:${o.value}` })),
  ];
}
