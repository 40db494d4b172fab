import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import type { ActivityProfile, CourseTypeProfile } from "../demo-logbook-profiles";
import { agesFromText } from "./ages";
import { activityWords } from "./words";

/** What the steps building a plan's profiles share: the profiles so far, and how to pick and fill them. */
export type ProfileContext = ReturnType<typeof profileContext>;

/**
 * Starts the profiles of a plan (one per activity, in plan order, parents first) with the helpers the
 * steps use: how well an activity fits (scores), the best one in a scope, and adding needs to one.
 */
export function profileContext(plan: PlanFile) {
  const index = indexPlan(plan);
  const start = Date.parse(plan.period.start);
  const years = Math.max(1, Math.ceil((Date.parse(plan.period.end) - start + 86_400_000) / (365.25 * 86_400_000)));
  const vocab = plan.logbook;
  const words = new Map<string, Map<string, number>>();
  const activities: ActivityProfile[] = [];
  const byKey = new Map<string, ActivityProfile>();
  const courseTypes: CourseTypeProfile[] = [];
  for (const { activity, focusArea, parent } of index.activities) {
    const profile = newProfile(
      activity,
      focusArea.key,
      parent?.key ?? null,
      parent ? byKey.get(parent.key) : undefined,
    );
    courseTypes.push(...profile.courseTypes);
    words.set(activity.key, activityWords(activity));
    activities.push(profile);
    byKey.set(activity.key, profile);
  }
  const wordsOf = (p: ActivityProfile) => words.get(p.key) as Map<string, number>;
  const subtree = (key: string): ActivityProfile[] => {
    const out: ActivityProfile[] = [];
    const walk = (k: string) => {
      const p = byKey.get(k);
      if (!p) return;
      out.push(p);
      for (const child of activities.filter((a) => a.parentKey === k)) walk(child.key);
    };
    walk(key);
    return out;
  };
  const typeName = (key: string) => vocab?.eventTypes.find((t) => t.key === key)?.name ?? "";
  return {
    plan,
    index,
    years,
    vocab,
    activities,
    byKey,
    courseTypes,
    wordsOf,
    subtree,
    typeName,
  };
}

/** An activity's profile before any criterion is read: its own settings, or its parent's. */
function newProfile(
  activity: ActivityProfile["activity"],
  focusAreaKey: string,
  parentKey: string | null,
  parentProfile: ActivityProfile | undefined,
): ActivityProfile {
  const ages = agesFromText(activity);
  const own = activity.attendance;
  const profile: ActivityProfile = {
    key: activity.key,
    activity,
    focusAreaKey,
    parentKey,
    mode: own?.mode ?? parentProfile?.mode ?? null,
    breakdowns: own?.breakdowns ?? parentProfile?.breakdowns ?? [],
    forceNamed: false,
    family: ages.family || (parentProfile?.family ?? false),
    ages: { min: ages.min, max: ages.max },
    residentShare: 0.88,
    tags: [],
    eventTypes: new Map(),
    contacts: null,
    referrals: null,
    assessments: new Map(),
    volunteers: new Map(),
    courseTypes: [],
  };
  // A sub-activity without words of its own for ages takes its parent's.
  if (parentProfile && ages.min === 20 && ages.max === 75 && !ages.family) profile.ages = { ...parentProfile.ages };
  for (const courseType of activity.courseTypes) {
    profile.courseTypes.push({
      courseType,
      activityKey: activity.key,
      stageRatios: courseType.stages.map((_, i) => (i === 0 ? 1 : courseType.category === "jobPathway" ? 0.75 : 0.8)),
      wanted: new Set(),
    });
  }
  return profile;
}
