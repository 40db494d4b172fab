import type { DateRange } from "~/plan-format/periods";

/** The days a measure is computed over; `id` (2016, PY1 …) is needed to find entered figures. */
export interface MeasurePeriod extends DateRange {
  id?: string;
  /**
   * The day the logbook is known up to (today): outcomeRate leaves out courses whose
   * `withinMonths` window has not closed by then. Default: the period's end.
   */
  asOf?: string;
}

/** The ids behind a figure, so a reader can see what was counted. */
export interface Counted {
  events?: string[];
  participants?: string[];
  households?: string[];
  courses?: string[];
  /**
   * outcomeRate: the cohort judged, the denominator — persons or courses, as the measure counts
   * (`courses` holds the courses that reached an outcome); those too young to judge are in `immature`.
   */
  cohort?: string[];
  /** outcomeRate: members of the cohort not yet judgeable (their window still open as of `asOf`). */
  immature?: string[];
  contacts?: string[];
  referrals?: string[];
  assessments?: string[];
  volunteerHours?: string[];
  milestones?: string[];
  /** The periods of the entered figures used (externalStatistic, survey, milestone). */
  values?: string[];
}

export interface MeasureResult {
  /** The figure; null where nothing can be said (no events with attendance, an empty cohort, no figure entered). */
  value: number | null;
  counted: Counted;
  /**
   * outcomeRate only: how many of the cohort are too young to judge and left out of the
   * denominator. A null value with `immature` > 0 means: the cohort started, but none can be judged yet.
   */
  immature?: number;
}
