import type { TFunction } from "i18next";
import type { CriterionView } from "~/components/criteria-table";
import type { Activity } from "~/plan-format/activity";
import type { Criterion } from "~/plan-format/criterion";
import { type CriterionOwner, describeMeasure } from "~/plan-format/describe-measure";
import type { FocusArea, PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";

/** Criteria with the one-sentence rule each is computed by. */
export function criterionViews(
  plan: PlanFile,
  criteria: Criterion[],
  owner: CriterionOwner = {},
  t?: TFunction,
): CriterionView[] {
  return criteria.map((c) => ({
    key: c.key,
    text: c.text,
    rule: describeMeasure(plan, c, owner, t),
    direction: c.direction,
    targets: c.targets,
    baseline: c.baseline,
    note: c.note,
  }));
}

/** A focus area or activity in a navigation tree: key, title and children. */
export interface ActivityLink {
  key: string;
  number?: string;
  title: string;
  criteria: number;
  activities: ActivityLink[];
}

/** The activity tree as links (without the details). */
export function activityLinks(activities: Activity[]): ActivityLink[] {
  return activities.map((a) => ({
    key: a.key,
    number: a.number,
    title: a.title,
    criteria: a.criteria.length,
    activities: activityLinks(a.activities),
  }));
}

/** Finds an activity with its focus area and the chain of parents above it. */
export function findActivity(
  plan: PlanFile,
  key: string,
): { activity: Activity; focusArea: FocusArea; parents: Activity[] } | undefined {
  const found = indexPlan(plan).activities.find((a) => a.activity.key === key);
  if (!found) return undefined;
  const parents: Activity[] = [];
  const byKey = new Map(indexPlan(plan).activities.map((a) => [a.activity.key, a]));
  let parent = found.parent;
  while (parent) {
    parents.unshift(parent);
    parent = byKey.get(parent.key)?.parent;
  }
  return { activity: found.activity, focusArea: found.focusArea, parents };
}
