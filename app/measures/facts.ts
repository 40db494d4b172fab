/**
 * What the measure engine computes from: the logbook of one plan as plain data (query results),
 * with no I/O. Dates are ISO strings (YYYY-MM-DD). Ids are opaque strings.
 */
export interface LogbookFacts {
  /** Every activity of the plan; sub-activities point at their parent. */
  activities: { id: string; key: string; parentId: string | null; focusAreaKey: string }[];
  participants: ParticipantFact[];
  events: EventFact[];
  courses: CourseFact[];
  contacts: ContactFact[];
  referrals: ReferralFact[];
  assessments: { id: string; activityId: string; date: string; participantId: string; assessment: string }[];
  volunteerHours: {
    id: string;
    activityId: string;
    date: string;
    participantId: string;
    role: string | null;
    hours: number;
  }[];
  /** Figures a manager entered per period (external statistics, surveys, yes/no as 1/0), by criterion key. */
  values: { criterionKey: string; period: string; value: number; source?: string }[];
  /** Figures of the plan's named series per period (read by criteria whose measure names the series). */
  seriesValues?: { seriesKey: string; period: string; value: number; comparisonValue?: number; source?: string }[];
  /** The plan's milestones as they stand. */
  milestones: { key: string; status: "planned" | "done" | "postponed" | "dropped"; doneDate: string | null }[];
}

export interface ParticipantFact {
  id: string;
  birthYear: number | null;
  householdId: string | null;
  targetGroupTags: string[];
  /** Lives in one of the plan's housing departments. */
  resident: boolean;
}

export interface EventFact {
  id: string;
  activityId: string;
  date: string;
  type: string;
  /** Counted heads when attendance is logged as a number; null when not counted. */
  headcount: number | null;
  /** Breakdown of the headcount where logged (e.g. residents, children, new). */
  breakdown: Partial<
    Record<"children" | "adults" | "residents" | "nonResidents" | "new" | "returning" | "volunteers", number>
  >;
  /** Participants ticked as present (named attendance). */
  attendees: string[];
}

export interface CourseFact {
  id: string;
  activityId: string;
  courseType: string;
  participantId: string;
  startDate: string;
  endDate: string | null;
  outcome: string | null;
  outcomeDate: string | null;
  stages: { stage: string; date: string }[];
  followUps: { offsetMonths: number; date: string; status: string }[];
}

export interface ContactFact {
  id: string;
  activityId: string;
  date: string;
  topic: string | null;
  participantId: string | null;
  householdId: string | null;
}

export interface ReferralFact {
  id: string;
  activityId: string;
  date: string;
  receivingBody: string;
  participantId: string | null;
  householdId: string | null;
  result: string | null;
}
