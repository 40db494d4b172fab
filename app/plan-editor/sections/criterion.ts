import type { Criterion } from "~/plan-format/criterion";
import { addNewTypes, criterionFromProposal, proposeCriterion } from "~/plan-format/criterion-builder";
import { describeMeasure } from "~/plan-format/describe-measure";
import { type CriterionOwner, criteriaOf, freshKey, removeCriterion, upsertCriterion } from "~/plan-format/edit-plan";
import { type Measure, type MeasureKind, measureSchema } from "~/plan-format/measure";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import { type FormValues, prune } from "../fields";
import { criterionFields, measureKinds } from "./criterion-fields";
import { type EditorSection, SectionProblem } from "./section";

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
  fields: (plan, t) => criterionFields(plan, t),
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
