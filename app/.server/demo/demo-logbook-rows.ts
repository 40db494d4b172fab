// The rows a demo logbook is made of (see demo-logbook.ts, which generates them).

/**
 * A deterministic demo logbook for a plan: plain rows, ready to insert (see insert-demo-logbook.ts).
 * Rows point at activities by key; everything else by the (deterministic) UUIDs made here.
 * Persons are pseudonymous (codes, birth years, tags): no names, no encrypted fields.
 */
export interface DemoLogbook {
  slug: string;
  households: { id: string; code: string; departmentNumber: string | null }[];
  participants: DemoParticipant[];
  rosterEntries: { id: string; activityKey: string; participantId: string; removedOn: string | null }[];
  eventSeries: {
    id: string;
    activityKey: string;
    type: string;
    title: string | null;
    weekdays: number[];
    startTime: string | null;
    endTime: string | null;
    place: string | null;
    fromDate: string;
    toDate: string;
  }[];
  events: {
    id: string;
    activityKey: string;
    seriesId: string | null;
    type: string;
    title: string | null;
    date: string;
    startTime: string | null;
    endTime: string | null;
    place: string | null;
    headcount: number | null;
    breakdown: Record<string, number>;
  }[];
  attendance: { id: string; eventId: string; participantId: string }[];
  courses: {
    id: string;
    activityKey: string;
    courseType: string;
    participantId: string;
    mentorParticipantId: string | null;
    startDate: string;
    endDate: string | null;
    outcome: string | null;
    outcomeDate: string | null;
  }[];
  courseStages: { id: string; courseId: string; stage: string; date: string }[];
  courseFollowUps: { id: string; courseId: string; offsetMonths: number; date: string; status: string }[];
  contacts: {
    id: string;
    activityKey: string;
    participantId: string | null;
    householdId: string | null;
    date: string;
    topic: string | null;
  }[];
  referrals: {
    id: string;
    activityKey: string;
    contactId: string | null;
    participantId: string | null;
    householdId: string | null;
    date: string;
    receivingBody: string;
    result: string | null;
  }[];
  assessments: { id: string; activityKey: string; participantId: string; assessment: string; date: string }[];
  volunteerHours: {
    id: string;
    activityKey: string;
    participantId: string;
    date: string;
    hours: number;
    role: string | null;
  }[];
  criterionValues: { id: string; criterionKey: string; period: string; value: number; source: string }[];
  /** Figures of the plan's named series (entered once, read by every criterion on the series). */
  seriesValues: { id: string; seriesKey: string; period: string; value: number; source: string }[];
  milestoneUpdates: {
    id: string;
    milestoneKey: string;
    status: "done" | "postponed" | "dropped";
    doneDate: string | null;
    newDue: string | null;
    reason: string | null;
  }[];
  budgetActuals: { id: string; label: string; activityKey: string | null; year: number; amount: number }[];
  staffHours: { id: string; activityKey: string; week: string; hours: number }[];
}

export interface DemoParticipant {
  id: string;
  code: string;
  birthYear: number;
  gender: "female" | "male" | "other" | "unknown";
  departmentNumber: string | null;
  householdId: string | null;
  targetGroupTags: string[];
  resident: boolean;
  volunteer: boolean;
}

export interface DemoLogbookOptions {
  /** The same seed (and plan, scale, today) gives the same rows. */
  seed: number;
  /** Multiplies the volume (persons, groups, courses, contacts …); 1 is a modest, realistic logbook. */
  scale: number;
  /** ISO date: the logbook runs from the plan's start to this day (or the plan's end, if earlier). */
  today: string;
}
