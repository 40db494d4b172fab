import type { ListYear } from "~/area-lists/list-history";
import { keptIn } from "~/memo";
import type { Measure, MeasureFilters } from "~/plan-format/measure";
import type { DateRange } from "~/plan-format/periods";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import { type FactIndex, indexFacts, type RecordKind } from "./fact-index";
import type { LogbookFacts, ParticipantFact } from "./facts";

/** Where a criterion sits in the plan: its activity or focus area (neither: a plan-level criterion). */
export interface CriterionOwner {
  activityKey?: string;
  focusAreaKey?: string;
}

/** What a course type declares, as the engine needs it: stage keys in order and the category. */
export interface CourseTypeInfo {
  stages: readonly string[];
  category?: string;
}

/**
 * Everything besides the facts and the period that a measure is computed within.
 * `activityIds` null means every activity of the plan.
 */
export interface MeasureScope {
  activityIds: ReadonlySet<string> | null;
  /** The criterion whose entered figures (facts.values) externalStatistic, survey and milestone read. */
  criterionKey?: string;
  /** The plan period, to place entered figures' periods (PY1, 2016H1 …) on the calendar. */
  planRange?: DateRange;
  /** Course types of the plan by key: funnel order and which types are action plans. */
  courseTypes?: ReadonlyMap<string, CourseTypeInfo>;
  /** The government's lists year by year for each list area of the plan (areaList reads them). */
  areaLists?: ReadonlyMap<string, ListYear[]>;
}

/** The whole plan, nothing else known: the default scope. */
export const wholePlan: MeasureScope = { activityIds: null };

/** The filters of a measure (none for the kinds that do not read the logbook). */
export function filtersOf(measure: Measure): MeasureFilters {
  return ("filters" in measure && measure.filters) || {};
}

/**
 * The activities a measure covers, as activity ids, or null for all of them:
 * - `filters.activity`, else the criterion's own activity: that activity and every activity
 *   below it (only the activity itself with `includeSubActivities: false`);
 * - `filters.focusArea` narrows to activities of that focus area; without any activity, the
 *   criterion's own focus area does the same;
 * - a plan-level criterion without filters covers the whole plan.
 * An unknown activity key covers nothing.
 */
export function coveredActivities(
  facts: LogbookFacts,
  filters: MeasureFilters,
  owner: CriterionOwner = {},
): ReadonlySet<string> | null {
  // Kept per activity list (a plan's criteria and periods ask for the same few scopes again and again).
  const key = JSON.stringify([
    filters.activity,
    filters.includeSubActivities,
    filters.focusArea,
    owner.activityKey,
    owner.focusAreaKey,
  ]);
  return keptIn(
    keptIn(covered, facts.activities, () => new Map()),
    key,
    () => coveredNow(facts, filters, owner),
  );
}

const covered = new WeakMap<object, Map<string, ReadonlySet<string> | null>>();

function coveredNow(facts: LogbookFacts, filters: MeasureFilters, owner: CriterionOwner): ReadonlySet<string> | null {
  const index = indexFacts(facts);
  const activityKey = filters.activity ?? owner.activityKey;
  let covered: Set<string> | null = null;
  if (activityKey !== undefined) {
    covered = new Set();
    const root = index.activityIdByKey.get(activityKey);
    if (root !== undefined) {
      if (filters.includeSubActivities === false) covered.add(root);
      else addSubtree(index, root, covered);
    }
  }
  const focusAreaKey = filters.focusArea ?? (activityKey === undefined ? owner.focusAreaKey : undefined);
  if (focusAreaKey !== undefined) {
    const inArea = new Set(facts.activities.filter((a) => a.focusAreaKey === focusAreaKey).map((a) => a.id));
    covered = covered ? new Set([...covered].filter((id) => inArea.has(id))) : inArea;
  }
  return covered;
}

function addSubtree(index: FactIndex, id: string, into: Set<string>) {
  if (into.has(id)) return;
  into.add(id);
  for (const child of index.children.get(id) ?? []) addSubtree(index, child, into);
}

/** The course types a plan declares, for funnel order and action plans. */
export function courseTypesOf(plan: PlanFile): Map<string, CourseTypeInfo> {
  return new Map(
    indexPlan(plan).courseTypes.map(({ courseType }) => [
      courseType.key,
      { stages: courseType.stages.map((s) => s.key), category: courseType.category },
    ]),
  );
}

/** The scope of one criterion of a plan: its covered activities, its key and the plan's course types. */
export function criterionScope(
  facts: LogbookFacts,
  measure: Measure,
  options: { owner?: CriterionOwner; criterionKey?: string; planRange?: DateRange; plan?: PlanFile } = {},
): MeasureScope {
  return {
    activityIds: coveredActivities(facts, filtersOf(measure), options.owner),
    criterionKey: options.criterionKey,
    planRange: options.planRange ?? options.plan?.period,
    courseTypes: options.plan ? courseTypesOf(options.plan) : undefined,
  };
}

/** Whether an activity is covered by the scope. */
export function inScope(scope: MeasureScope, activityId: string): boolean {
  return scope.activityIds === null || scope.activityIds.has(activityId);
}

/** Whether a date lies in a closed range of days. */
export function inRange(date: string, range: DateRange): boolean {
  return date >= range.start && date <= range.end;
}

/** Only events of the listed types (every event when none are listed). */
export function eventTypeTest(filters: MeasureFilters): (type: string) => boolean {
  const types = filters.eventTypes;
  if (!types || types.length === 0) return () => true;
  const set = new Set(types);
  return (type) => set.has(type);
}

/** The age a person born in `birthYear` reaches in the year of `date` (only the year is known). */
export function ageAt(birthYear: number, date: string): number {
  return Number(date.slice(0, 4)) - birthYear;
}

/** Whether the filters say anything about the person (tags, age, new, resident). */
export function hasPersonFilters(filters: MeasureFilters): boolean {
  return Boolean(
    (filters.targetGroupTags && filters.targetGroupTags.length > 0) ||
      filters.ageBand ||
      filters.newOnly ||
      filters.residentsOnly,
  );
}

/** Tests a person named on a record dated `date`; `active` is false when nothing is filtered. */
export interface PersonTest {
  active: boolean;
  (participantId: string, date: string): boolean;
  /** The same test of a person by number (FactIndex.personNumbers), without looking the id up. */
  byNumber(person: number, date: string): boolean;
}

/** The test when nothing is filtered: everyone passes. */
export const everyone: PersonTest = Object.assign(() => true, { active: false, byNumber: () => true });

/**
 * The person filters of a measure as one test:
 * - `targetGroupTags`: the person has at least one of the tags;
 * - `ageBand`: the age reached in the year of the record's date lies in [min, max] (no birth
 *   year: left out);
 * - `newOnly`: the person's first record of the given kinds anywhere in the plan lies in the period;
 * - `residentsOnly`: the person lives in one of the plan's departments.
 * Unknown persons pass only when nothing is filtered.
 */
export function personTest(
  facts: LogbookFacts,
  filters: MeasureFilters,
  period: DateRange,
  newKinds: readonly RecordKind[],
): PersonTest {
  if (!hasPersonFilters(filters)) return everyone;
  const index = indexFacts(facts);
  const tags = filters.targetGroupTags && filters.targetGroupTags.length > 0 ? filters.targetGroupTags : null;
  const band = filters.ageBand;
  const residentsOnly = filters.residentsOnly === true;
  const passes = (p: ParticipantFact | undefined, first: string | undefined, date: string) => {
    if (!p) return false;
    if (residentsOnly && !p.resident) return false;
    if (tags && !tags.some((t) => p.targetGroupTags.includes(t))) return false;
    if (band) {
      if (p.birthYear === null) return false;
      const age = ageAt(p.birthYear, date);
      if (band.min !== undefined && age < band.min) return false;
      if (band.max !== undefined && age > band.max) return false;
    }
    return !filters.newOnly || (first !== undefined && inRange(first, period));
  };
  const firstSeen = filters.newOnly ? index.firstSeen(newKinds) : null;
  const test = (participantId: string, date: string) =>
    passes(index.participants.get(participantId), firstSeen?.get(participantId), date);
  let byNumber: PersonTest["byNumber"] | undefined;
  return Object.assign(test, {
    active: true,
    byNumber: (person: number, date: string) => {
      if (!byNumber) {
        const { participantAt } = index.personNumbers();
        const first = filters.newOnly ? index.firstSeenByNumber(newKinds) : [];
        byNumber = (n, d) => passes(participantAt[n], first[n], d);
      }
      return byNumber(person, date);
    },
  });
}
