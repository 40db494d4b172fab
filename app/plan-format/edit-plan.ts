import type { Activity } from "./activity";
import type { Criterion } from "./criterion";
import type { FocusArea, PlanFile } from "./plan";
import { slugify } from "./slug";

/**
 * Pure edits of a plan document, used by the plan editor on a draft. Each returns the changed
 * plan (the input is a copy the caller may change); validation happens afterwards on the whole plan.
 */

/** Where a criterion belongs: the plan, a focus area or an activity. */
export type CriterionOwner = { kind: "plan" } | { kind: "focusArea"; key: string } | { kind: "activity"; key: string };

/** Finds an activity anywhere in the plan with the list that holds it. */
export function locateActivity(
  plan: PlanFile,
  key: string,
): { activity: Activity; siblings: Activity[]; focusArea: FocusArea } | undefined {
  for (const focusArea of plan.focusAreas) {
    const walk = (list: Activity[]): ReturnType<typeof locateActivity> => {
      for (const activity of list) {
        if (activity.key === key) return { activity, siblings: list, focusArea };
        const found = walk(activity.activities);
        if (found) return found;
      }
      return undefined;
    };
    const found = walk(focusArea.activities);
    if (found) return found;
  }
  return undefined;
}

/** Moves an item one place up or down in its list. */
export function shift<T>(list: T[], index: number, direction: "up" | "down") {
  const to = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || to < 0 || to >= list.length) return;
  [list[index], list[to]] = [list[to], list[index]];
}

/** Adds a focus area or changes one (by key). */
export function upsertFocusArea(
  plan: PlanFile,
  key: string | undefined,
  fields: Partial<FocusArea> & { key: string; title: string },
): PlanFile {
  const existing = key ? plan.focusAreas.find((f) => f.key === key) : undefined;
  if (existing) Object.assign(existing, fields);
  else plan.focusAreas.push({ purposes: [], goals: [], criteria: [], activities: [], ...fields });
  return plan;
}

/** Adds an activity to a focus area or under a parent activity, or changes one (by key). */
export function upsertActivity(
  plan: PlanFile,
  place: { focusAreaKey: string; parentKey?: string },
  key: string | undefined,
  fields: Partial<Activity> & { key: string; title: string },
): PlanFile {
  const found = key ? locateActivity(plan, key) : undefined;
  if (found) {
    Object.assign(found.activity, fields);
    return plan;
  }
  const blank = blankActivity(fields);
  const parent = place.parentKey ? locateActivity(plan, place.parentKey)?.activity : undefined;
  const list = parent ? parent.activities : plan.focusAreas.find((f) => f.key === place.focusAreaKey)?.activities;
  list?.push(blank);
  return plan;
}

/** Moves an activity (with everything below it) to another focus area or under another activity. */
export function moveActivity(plan: PlanFile, key: string, to: { focusAreaKey: string; parentKey?: string }): PlanFile {
  const found = locateActivity(plan, key);
  // An activity cannot move under itself or under one of its own sub-activities.
  const inside = (a: Activity): boolean => a.key === to.parentKey || a.activities.some(inside);
  if (!found || (to.parentKey && inside(found.activity))) return plan;
  found.siblings.splice(found.siblings.indexOf(found.activity), 1);
  const parent = to.parentKey ? locateActivity(plan, to.parentKey)?.activity : undefined;
  (parent ? parent.activities : plan.focusAreas.find((f) => f.key === to.focusAreaKey)?.activities)?.push(
    found.activity,
  );
  return plan;
}

/** Moves an activity up or down among its siblings. */
export function reorderActivity(plan: PlanFile, key: string, direction: "up" | "down"): PlanFile {
  const found = locateActivity(plan, key);
  if (found) shift(found.siblings, found.siblings.indexOf(found.activity), direction);
  return plan;
}

/** Removes an activity and everything below it (budget lines and milestones lose their link). */
export function removeActivity(plan: PlanFile, key: string): PlanFile {
  const found = locateActivity(plan, key);
  if (!found) return plan;
  found.siblings.splice(found.siblings.indexOf(found.activity), 1);
  const gone = new Set<string>();
  const collect = (a: Activity) => {
    gone.add(a.key);
    a.activities.forEach(collect);
  };
  collect(found.activity);
  for (const line of plan.budget?.lines ?? []) if (line.activity && gone.has(line.activity)) line.activity = undefined;
  for (const m of plan.milestones) if (m.activity && gone.has(m.activity)) m.activity = undefined;
  for (const n of plan.theoryOfChange?.nodes ?? [])
    if (n.level === "activity" && n.ref && gone.has(n.ref)) n.ref = undefined;
  return plan;
}

/** The list of criteria an owner holds. */
export function criteriaOf(plan: PlanFile, owner: CriterionOwner): Criterion[] | undefined {
  if (owner.kind === "plan") return plan.criteria;
  if (owner.kind === "focusArea") return plan.focusAreas.find((f) => f.key === owner.key)?.criteria;
  return locateActivity(plan, owner.key)?.activity.criteria;
}

/** Adds a criterion to its owner, or replaces the one with the given key. */
export function upsertCriterion(
  plan: PlanFile,
  owner: CriterionOwner,
  key: string | undefined,
  criterion: Criterion,
): PlanFile {
  const list = criteriaOf(plan, owner);
  if (!list) return plan;
  const i = key ? list.findIndex((c) => c.key === key) : -1;
  if (i >= 0) list[i] = criterion;
  else list.push(criterion);
  return plan;
}

/** Removes a criterion wherever it is. */
export function removeCriterion(plan: PlanFile, key: string): PlanFile {
  const lists = [plan.criteria, ...plan.focusAreas.map((f) => f.criteria)];
  const walk = (a: Activity) => {
    lists.push(a.criteria);
    a.activities.forEach(walk);
  };
  plan.focusAreas.forEach((f) => f.activities.forEach(walk));
  for (const list of lists) {
    const i = list.findIndex((c) => c.key === key);
    if (i >= 0) list.splice(i, 1);
  }
  return plan;
}

/** A new activity with empty lists and the given fields. */
export function blankActivity(fields: Partial<Activity> & { key: string; title: string }): Activity {
  return {
    purposes: [],
    goals: [],
    deliverables: [],
    staffing: [],
    partners: [],
    courseTypes: [],
    criteria: [],
    activities: [],
    ...fields,
  } as Activity;
}

/** A key not yet used in the plan, made from a title ("Lektiecafé" → "lektiecafe", "lektiecafe-2" …). */
export function freshKey(title: string, used: Iterable<string>): string {
  const base = slugify(title).slice(0, 40).replace(/-$/, "") || "nyt";
  const taken = new Set(used);
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}
