import { readFileSync } from "node:fs";
import { parsePlanFile } from "~/plan-format/parse-plan-file";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import type { ContactFact, CourseFact, EventFact, LogbookFacts, ParticipantFact, ReferralFact } from "./facts";

/** Builders for small logbooks in tests: every field has a plain default. */

export function emptyFacts(partial: Partial<LogbookFacts> = {}): LogbookFacts {
  return {
    activities: [],
    participants: [],
    events: [],
    courses: [],
    contacts: [],
    referrals: [],
    assessments: [],
    volunteerHours: [],
    values: [],
    milestones: [],
    ...partial,
  };
}

export const person = (id: string, p: Partial<ParticipantFact> = {}): ParticipantFact => ({
  id,
  birthYear: null,
  householdId: null,
  targetGroupTags: [],
  resident: true,
  ...p,
});

export const event = (id: string, activityId: string, date: string, e: Partial<EventFact> = {}): EventFact => ({
  id,
  activityId,
  date,
  type: "arrangement",
  headcount: null,
  breakdown: {},
  attendees: [],
  ...e,
});

export const course = (
  id: string,
  activityId: string,
  participantId: string,
  startDate: string,
  c: Partial<CourseFact> = {},
): CourseFact => ({
  id,
  activityId,
  courseType: "mentor",
  participantId,
  startDate,
  endDate: null,
  outcome: null,
  outcomeDate: null,
  stages: [],
  followUps: [],
  ...c,
});

export const contact = (id: string, activityId: string, date: string, c: Partial<ContactFact> = {}): ContactFact => ({
  id,
  activityId,
  date,
  topic: null,
  participantId: null,
  householdId: null,
  ...c,
});

export const referral = (
  id: string,
  activityId: string,
  date: string,
  r: Partial<ReferralFact> = {},
): ReferralFact => ({
  id,
  activityId,
  date,
  receivingBody: "kommunen",
  participantId: null,
  householdId: null,
  result: null,
  ...r,
});

/** The plan's activities as facts, with the key as id. */
export const planActivities = (plan: PlanFile): LogbookFacts["activities"] =>
  indexPlan(plan).activities.map(({ activity, parent, focusArea }) => ({
    id: activity.key,
    key: activity.key,
    parentId: parent?.key ?? null,
    focusAreaKey: focusArea.key,
  }));

/** One of the five example plans in examples/plans, parsed (tests only). */
export function examplePlan(file: string): PlanFile {
  const parsed = parsePlanFile(readFileSync(new URL(`../../examples/plans/${file}`, import.meta.url), "utf8"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.plan;
}

/** The row of a criterion in an attainment result (fails the test when missing). */
export function rowOf<T extends { key: string }>(rows: T[], key: string): T {
  const found = rows.find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
}
