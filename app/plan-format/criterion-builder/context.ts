import type { Activity, CourseType } from "../activity";
import type { CriterionOwner } from "../describe-measure";
import type { FocusArea, PlanFile } from "../plan";
import { descendantsOf, indexPlan, type PlanIndex } from "../plan-index";
import type { Milestone } from "../structure";

export type Vocabulary = keyof NonNullable<PlanFile["logbook"]>;
export interface Word {
  key: string;
  name: string;
}

/** What a criterion can refer to, seen from where it sits in the plan. */
export interface Scope {
  plan: PlanFile;
  index: PlanIndex;
  level: "activity" | "focusArea" | "plan";
  activity?: Activity;
  /** The owning activity and the ones above it, nearest first. */
  ancestors: Activity[];
  focusArea?: FocusArea;
  /** The activities the criterion counts in: the owner and everything below it. */
  activities: Activity[];
  /** Course types defined in those activities (or in the whole plan if they define none). */
  courseTypes: CourseType[];
  /** Course types defined in those activities only. */
  ownCourseTypes: CourseType[];
  /** Milestones of those activities (and, above activity level, milestones of no activity). */
  milestones: Milestone[];
  /** How attendance is logged in those activities. */
  attendanceModes: string[];
  words: (vocabulary: Vocabulary) => Word[];
}

/** Works out the scope of a criterion from its owner. */
export function scopeOf(plan: PlanFile, owner: CriterionOwner): Scope {
  const index = indexPlan(plan);
  const found = owner.activityKey ? index.activities.find((a) => a.activity.key === owner.activityKey) : undefined;
  const focusArea = found?.focusArea ?? plan.focusAreas.find((f) => f.key === owner.focusAreaKey);
  const level = found ? "activity" : focusArea ? "focusArea" : "plan";
  const activities = found
    ? [found.activity, ...descendantsOf(found.activity)]
    : focusArea
      ? focusArea.activities.flatMap((a) => [a, ...descendantsOf(a)])
      : index.activities.map((a) => a.activity);
  const ancestors: Activity[] = [];
  for (let cur = found; cur; ) {
    ancestors.push(cur.activity);
    const parent = cur.parent;
    cur = parent ? index.activities.find((a) => a.activity === parent) : undefined;
  }
  const keys = new Set(activities.map((a) => a.key));
  const ownCourseTypes = activities.flatMap((a) => a.courseTypes);
  return {
    plan,
    index,
    level,
    activity: found?.activity,
    ancestors,
    focusArea,
    activities,
    ownCourseTypes,
    courseTypes: ownCourseTypes.length > 0 ? ownCourseTypes : index.courseTypes.map((c) => c.courseType),
    milestones: plan.milestones.filter((m) => (m.activity ? keys.has(m.activity) : level !== "activity")),
    attendanceModes: activities.flatMap((a) => (a.attendance ? [a.attendance.mode] : [])),
    words: (vocabulary) => plan.logbook?.[vocabulary] ?? [],
  };
}
