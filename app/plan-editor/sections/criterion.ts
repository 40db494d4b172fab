import type { TFunction } from "i18next";
import type { Criterion } from "~/plan-format/criterion";
import { addNewTypes, criterionFromProposal, proposeCriterion } from "~/plan-format/criterion-builder";
import { describeMeasure } from "~/plan-format/describe-measure";
import { type CriterionOwner, criteriaOf, freshKey, removeCriterion, upsertCriterion } from "~/plan-format/edit-plan";
import { type Measure, type MeasureKind, measureSchema } from "~/plan-format/measure";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import { type FieldSpec, type FormValues, prune } from "../fields";
import { activityOptions, enumOptions, focusAreaOptions, none, wordOptions } from "./options";
import { type EditorSection, SectionProblem } from "./section";

/** Every measure kind, in the order the editor offers them. */
export const measureKinds = measureSchema.options.map((o) => o.shape.kind.value) as MeasureKind[];

/** The kinds counted from the logbook, which take the common filters. */
const logbookKinds = measureKinds.filter((k) => "filters" in measureSchema.options[measureKinds.indexOf(k)].shape);

const kindsWith = (key: string) =>
  measureKinds.filter((k) => key in measureSchema.options[measureKinds.indexOf(k)].shape) as string[];

/**
 * Form names that differ from the measure's own keys, where two kinds use one key for different
 * things (a participant source is a choice, a statistic's source is a text).
 */
const renamed: Record<string, Partial<Record<MeasureKind, string>>> = {
  sourceText: { externalStatistic: "source", survey: "source" },
  surveyUnit: { survey: "unit" },
  actionPlanStage: { actionPlans: "stage" },
};

/** The owner of a criterion as the form's "owner" select says it: "plan", "fa:KEY" or "activity:KEY". */
export function parseOwner(value: string | null | undefined): CriterionOwner {
  const [kind, key] = String(value ?? "").split(":");
  if (kind === "fa" && key) return { kind: "focusArea", key };
  if (kind === "activity" && key) return { kind: "activity", key };
  return { kind: "plan" };
}

const ownerValue = (o: CriterionOwner) =>
  o.kind === "plan" ? "plan" : o.kind === "focusArea" ? `fa:${o.key}` : `activity:${o.key}`;

/** Where a criterion sits in the plan, found by its key. */
export function ownerOf(plan: PlanFile, key: string): CriterionOwner | undefined {
  const found = indexPlan(plan).criteria.find((c) => c.criterion.key === key);
  if (!found) return undefined;
  if (found.activity) return { kind: "activity", key: found.activity.key };
  if (found.focusArea) return { kind: "focusArea", key: found.focusArea.key };
  return { kind: "plan" };
}

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

function fields(plan: PlanFile, t: TFunction): FieldSpec[] {
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
  const when = (key: string) => ({ field: "measure.kind", values: kindsWith(key) });
  const only = (...kinds: MeasureKind[]) => ({ field: "measure.kind", values: kinds as string[] });
  const filterWhen = { field: "measure.kind", values: logbookKinds as string[] };
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
      name: "measure.milestone",
      label: t("editor.criterion.milestone"),
      kind: "select",
      options: [none(t), ...plan.milestones.map((m) => ({ value: m.key, label: m.title }))],
      when: when("milestone"),
    },
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

/** The measure a criterion's form values describe: only the keys its kind has are kept. */
export function measureFromValues(values: FormValues): Measure {
  const m = { ...((values.measure as Record<string, unknown>) ?? {}) };
  const kind = (m.kind as MeasureKind) ?? "participants";
  const shape = measureSchema.options[measureKinds.indexOf(kind)]?.shape ?? {};
  for (const [formName, byKind] of Object.entries(renamed)) {
    const real = byKind[kind];
    if (real) m[real] = m[formName];
    delete m[formName];
  }
  const out: Record<string, unknown> = { kind };
  for (const [k, v] of Object.entries(m))
    if (k !== "kind" && k in shape && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  const filters = out.filters as Record<string, unknown> | undefined;
  if (filters)
    for (const k of ["eventTypes", "targetGroupTags"])
      if (Array.isArray(filters[k]) && filters[k].length === 0) delete filters[k];
  return prune(out) as Measure;
}

/** The form values of a measure (the inverse of measureFromValues). */
function measureToValues(measure: Measure): Record<string, unknown> {
  const m: Record<string, unknown> = { ...measure };
  for (const [formName, byKind] of Object.entries(renamed)) {
    const real = byKind[measure.kind];
    if (real && real in m) {
      m[formName] = m[real];
      delete m[real];
    }
  }
  return m;
}

/** "linear", empty, or twelve monthly weights ("1 1 2 …") as the form field holds them. */
function parseProfile(value: unknown): Criterion["profile"] | string {
  const text = String(value ?? "").trim();
  if (text === "" || text.toLowerCase() === "lineær" || text.toLowerCase() === "linear") return undefined;
  const weights = text.split(/[\s;]+/).map((w) => Number(w.replace(",", ".")));
  return { seasonal: weights };
}

/** The criterion the form values describe. */
export function criterionFromValues(plan: PlanFile, values: FormValues, key: string | undefined): Criterion {
  const used = indexPlan(plan).criteria.map((c) => c.criterion.key);
  const targets = ((values.targets as Record<string, unknown>[]) ?? []).map((t) =>
    prune({ period: t.period, value: t.value, relative: t.relative, note: t.note }),
  );
  const baseline = prune(values.baseline as Record<string, unknown> | undefined);
  return prune({
    key: key ?? ((values.key as string | undefined) || freshKey(String(values.text ?? "kriterium").slice(0, 40), used)),
    text: values.text,
    measure: measureFromValues(values),
    targets,
    baseline: baseline && Object.keys(baseline).length > 0 ? baseline : undefined,
    direction: values.direction ?? "up",
    profile: parseProfile(values.profile),
    note: values.note,
  }) as Criterion;
}

/** The form values of a criterion. */
export function criterionToValues(criterion: Criterion, owner: CriterionOwner): FormValues {
  const profile = criterion.profile;
  return {
    ...criterion,
    owner: ownerValue(owner),
    measure: measureToValues(criterion.measure),
    profile: profile && typeof profile === "object" ? profile.seasonal.join(" ") : undefined,
  };
}

/** Whether the owner exists in the plan (a criterion cannot be added to a missing activity). */
const ownerExists = (plan: PlanFile, owner: CriterionOwner) => criteriaOf(plan, owner) !== undefined;

/** Succeskriterier: text, measure binding, targets per period, baseline and direction. */
export const criterionSection: EditorSection = {
  id: "kriterium",
  titleKey: "editor.sections.criterion",
  list: (plan) => indexPlan(plan).criteria.map((c) => ({ key: c.criterion.key, label: c.criterion.text })),
  fields: (plan, t) => fields(plan, t),
  read(plan, key, query) {
    if (!key) {
      const owner = parseOwner(query?.get("ejer"));
      return { owner: ownerValue(owner), measure: { kind: "participants" }, targets: [], direction: "up" };
    }
    const found = indexPlan(plan).criteria.find((c) => c.criterion.key === key);
    const owner = ownerOf(plan, key);
    return found && owner ? criterionToValues(found.criterion, owner) : undefined;
  },
  write(plan, values, key) {
    const owner = parseOwner(values.owner as string);
    if (!ownerExists(plan, owner)) throw new SectionProblem("owner", "Vælg hvor i planen kriteriet hører til.");
    const criterion = criterionFromValues(plan, values, key);
    const before = key ? ownerOf(plan, key) : undefined;
    if (key && before && ownerValue(before) !== ownerValue(owner)) removeCriterion(plan, key);
    upsertCriterion(
      plan,
      owner,
      key && before && ownerValue(before) === ownerValue(owner) ? key : undefined,
      criterion,
    );
    const found = indexPlan(plan).criteria.find((c) => c.criterion.key === criterion.key);
    return { path: found?.path ?? [], key: criterion.key };
  },
  remove: (plan, key) => {
    removeCriterion(plan, key);
  },
  propose(plan, values) {
    const text = String(values.text ?? "").trim();
    if (!text)
      return { values, notes: ['Skriv kriteriet i feltet Succeskriterium først, fx "12 mentorforløb om året".'] };
    const owner = parseOwner(values.owner as string);
    const proposal = proposeCriterion(text, {
      plan,
      owner: {
        activityKey: owner.kind === "activity" ? owner.key : undefined,
        focusAreaKey: owner.kind === "focusArea" ? owner.key : undefined,
      },
    });
    const criterion = criterionFromProposal(proposal, String(values.key ?? ""), text);
    return {
      values: { ...criterionToValues(criterion, owner), key: values.key, note: values.note, profile: values.profile },
      notes: proposal.notes,
      ...(proposal.creates ? { creates: proposal.creates } : {}),
    };
  },
  createTypes(plan, values, creates) {
    const owner = parseOwner(values.owner as string);
    return addNewTypes(
      plan,
      {
        activityKey: owner.kind === "activity" ? owner.key : undefined,
        focusAreaKey: owner.kind === "focusArea" ? owner.key : undefined,
      },
      creates,
    );
  },
  summary(plan, values) {
    const owner = parseOwner(values.owner as string);
    const measure = measureSchema.safeParse(measureFromValues(values));
    if (!measure.success) return undefined;
    return describeMeasure(
      plan,
      { measure: measure.data },
      {
        activityKey: owner.kind === "activity" ? owner.key : undefined,
        focusAreaKey: owner.kind === "focusArea" ? owner.key : undefined,
      },
    );
  },
};
