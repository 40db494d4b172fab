import type { LogbookFacts } from "~/measures/facts";
import type { Database } from "../../db/client";
import { readActivities, readCriterionValues, readMilestones, readSeriesValues } from "./facts/read-plan-facts";
import {
  interner,
  readAssessments,
  readContacts,
  readCourses,
  readEvents,
  readParticipants,
  readReferrals,
  readVolunteerHours,
} from "./facts/read-records";

/**
 * Reads one plan's logbook as plain facts for the measure engine: a fixed number of queries
 * (one per table), only the columns the engine reads, removed entries left out, repeated strings
 * kept once. Erased persons stay as anonymous ids, so every figure is unchanged by an erasure.
 */
export async function loadLogbookFacts(db: Database, planId: string, intern = interner()): Promise<LogbookFacts> {
  const [activities, participants, events, courses, contacts, referrals, assessments, volunteerHours] =
    await Promise.all([
      readActivities(db, planId),
      readParticipants(db, planId, intern),
      readEvents(db, planId, intern),
      readCourses(db, planId, intern),
      readContacts(db, planId, intern),
      readReferrals(db, planId, intern),
      readAssessments(db, planId, intern),
      readVolunteerHours(db, planId, intern),
    ]);
  const [values, seriesValues, milestones] = await Promise.all([
    readCriterionValues(db, planId),
    readSeriesValues(db, planId),
    readMilestones(db, planId),
  ]);
  return {
    activities,
    participants,
    events,
    courses,
    contacts,
    referrals,
    assessments,
    volunteerHours,
    values,
    seriesValues,
    milestones,
  };
}
