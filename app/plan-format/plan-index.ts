import { deepFreeze, keptIn } from "~/memo";
import type { Activity, CourseType } from "./activity";
import type { Criterion } from "./criterion";
import type { FocusArea, PlanFile } from "./plan";

/** A path into a plan file, e.g. ["focusAreas", 2, "activities", 0]. */
export type PlanPath = (string | number)[];

/** Formats a path the way problems are reported: `focusAreas[2].activities[0].criteria[1]`. */
export function formatPath(path: PlanPath): string {
  return path.reduce<string>(
    (out, part) => (typeof part === "number" ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    "",
  );
}

export interface IndexedActivity {
  activity: Activity;
  path: PlanPath;
  focusArea: FocusArea;
  parent?: Activity;
}

export interface IndexedCriterion {
  criterion: Criterion;
  path: PlanPath;
  /** The activity the criterion belongs to, if any. */
  activity?: Activity;
  focusArea?: FocusArea;
}

export interface PlanIndex {
  activities: IndexedActivity[];
  criteria: IndexedCriterion[];
  courseTypes: { courseType: CourseType; path: PlanPath; activity: Activity }[];
}

const indexes = new WeakMap<PlanFile, PlanIndex>();

/**
 * Walks a plan once and lists every activity, criterion and course type with its path. A frozen
 * plan (a stored plan as read-stored-plan hands it out) cannot change, so its index is made once
 * and handed out frozen too.
 */
export function indexPlan(plan: PlanFile): PlanIndex {
  if (!Object.isFrozen(plan)) return walkPlan(plan);
  return keptIn(indexes, plan, () => deepFreeze(walkPlan(plan)));
}

function walkPlan(plan: PlanFile): PlanIndex {
  const index: PlanIndex = { activities: [], criteria: [], courseTypes: [] };
  plan.criteria.forEach((criterion, i) => index.criteria.push({ criterion, path: ["criteria", i] }));
  const walk = (activity: Activity, path: PlanPath, focusArea: FocusArea, parent?: Activity) => {
    index.activities.push({ activity, path, focusArea, parent });
    activity.criteria.forEach((criterion, i) =>
      index.criteria.push({ criterion, path: [...path, "criteria", i], activity, focusArea }),
    );
    activity.courseTypes.forEach((courseType, i) =>
      index.courseTypes.push({ courseType, path: [...path, "courseTypes", i], activity }),
    );
    activity.activities.forEach((child, i) => walk(child, [...path, "activities", i], focusArea, activity));
  };
  plan.focusAreas.forEach((focusArea, f) => {
    focusArea.criteria.forEach((criterion, i) =>
      index.criteria.push({ criterion, path: ["focusAreas", f, "criteria", i], focusArea }),
    );
    focusArea.activities.forEach((activity, a) => walk(activity, ["focusAreas", f, "activities", a], focusArea));
  });
  return index;
}

/** Every activity below the given one (not including it), depth first. */
export function descendantsOf(activity: Activity): Activity[] {
  return activity.activities.flatMap((child) => [child, ...descendantsOf(child)]);
}
