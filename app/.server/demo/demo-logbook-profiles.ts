import type { Activity, CourseType } from "~/plan-format/activity";
import type { PlanFile } from "~/plan-format/plan";
import { profileContext } from "./profiles/context";
import { defaultCourseStarts } from "./profiles/courses";
import { placeCriteria } from "./profiles/criteria";
import { counsellingContacts, placeVocabulary, tagsNamedAfterActivities } from "./profiles/vocabulary";

/**
 * What the demo logbook generator does for one activity, worked out (pure) from the plan: the
 * activity's attendance settings and wording, the logbook vocabulary, and every success criterion
 * that reads the activity — so each criterion's filters (event types, age bands, residents, tags,
 * course types and stages, topics, receiving bodies, assessments, volunteer roles) meet data.
 * Yearly figures (`perYear`) are the criteria's targets per year where they have one.
 */
export interface ActivityProfile {
  key: string;
  activity: Activity;
  focusAreaKey: string;
  parentKey: string | null;
  /** How attendance is logged, inherited from the nearest activity above that says so. */
  mode: "named" | "headcount" | "both" | null;
  breakdowns: string[];
  /** A criterion counts named persons here although the plan logs headcounts: name them too. */
  forceNamed: boolean;
  /** Families come together (parents with their children); households are counted. */
  family: boolean;
  /** Ages of the people the activity is for; `band` is where most of them are (a criterion's age band). */
  ages: { min: number; max: number; band?: { min: number; max: number } };
  /** Share of participants living in the plan's departments. */
  residentShare: number;
  /** Target-group tags a criterion filters on: most participants here carry one of them. */
  tags: string[];
  /** Distinct persons a year (events, contacts or courses), where a criterion asks. */
  personsPerYear?: number;
  eventTypes: Map<string, EventNeed>;
  contacts: ContactNeed | null;
  referrals: ReferralNeed | null;
  assessments: Map<string, number | undefined>;
  volunteers: Map<string, VolunteerNeed>;
  courseTypes: CourseTypeProfile[];
}

export interface EventNeed {
  perYear?: number;
  /** Average attendance the plan aims at. */
  averageHeadcount?: number;
  named?: boolean;
}

export interface ContactNeed {
  perYear?: number;
  unit: "records" | "persons" | "households";
  topics: string[];
}

export interface ReferralNeed {
  perYear?: number;
  unit: "records" | "persons" | "households";
  bodies: string[];
}

export interface VolunteerNeed {
  perYear?: number;
  /** New volunteers a year (criteria with newOnly). */
  newPerYear?: number;
  tags: string[];
  residentsOnly: boolean;
}

export interface CourseTypeProfile {
  courseType: CourseType;
  activityKey: string;
  startsPerYear?: number;
  /** Chance of going on from stage i-1 to stage i (index 0 unused). */
  stageRatios: number[];
  /** Share of started courses reaching one of `rateOutcomes` (outcomeRate criteria). */
  positiveRate?: number;
  wanted: Set<string>;
  /** Funnel targets by stage index (yearly), while profiles are built. */
  funnel?: Map<number, number>;
}

/** A whole plan's generation profiles, in plan order (parents before their sub-activities). */
export interface PlanProfiles {
  activities: ActivityProfile[];
  byKey: Map<string, ActivityProfile>;
  courseTypes: CourseTypeProfile[];
  /** Plan years (started ones count), for turning targets into yearly figures. */
  years: number;
}

/**
 * Works out, for every activity of the plan, what the demo logbook should hold: every criterion's
 * data where it looks (1), counselling contacts (2), every word of the vocabulary used somewhere it
 * fits (3), and a usual number of courses where no figure says otherwise (4).
 */
export function planProfiles(plan: PlanFile): PlanProfiles {
  const ctx = profileContext(plan);
  placeCriteria(ctx);
  tagsNamedAfterActivities(ctx);
  counsellingContacts(ctx);
  placeVocabulary(ctx);
  defaultCourseStarts(ctx.courseTypes);
  return { activities: ctx.activities, byKey: ctx.byKey, courseTypes: ctx.courseTypes, years: ctx.years };
}
