import type { BudgetLine } from "~/plan-format/budget";
import type { DateRange } from "~/plan-format/periods";
import { periodOfLabel, splitCriteria } from "./criteria";
import type { FoundField } from "./outline";
import { fieldText, listOf } from "./parts";

/** One proposed item of the plan beside where it came from, for the review. */
export interface ReadItem {
  /** Where it goes in the plan file, e.g. "focusAreas.0.activities.2". */
  path: string;
  kind:
    | "period"
    | "title"
    | "focusArea"
    | "activity"
    | "criterion"
    | "staffing"
    | "budget"
    | "milestone"
    | "governance";
  /** What was read, in words. */
  value: string;
  /** The sentence or table cell it came from. */
  source: string;
  at: string;
  confidence: "high" | "low";
}

/** A success criterion's text where the reader found it, with the period its heading names. */
export interface ReadCriterion {
  text: string;
  /** The owner's path in the plan file ("focusAreas.0.activities.1", or "plan"). */
  ownerPath: string;
  owner: { activityKey?: string; focusAreaKey?: string };
  /** The period the heading or column names ("Succeskriterier (2013)" → "2013"). */
  period?: string;
  at: string;
  /** Found in a success-criteria field (high) or read as measurable from deliverables or goals (low). */
  confidence: "high" | "low";
}

export interface Unread {
  text: string;
  at: string;
  /** Why it was not read, in Danish. */
  why: string;
}

/** What a reading collects while it walks the outline. */
export interface ReadContext {
  items: ReadItem[];
  unread: Unread[];
  criteria: ReadCriterion[];
  budgetLines: BudgetLine[];
  key: (name: string, fallback?: string) => string;
  period: DateRange;
  /** The period of criteria under no dated heading: a yearly plan's year ("Tryghedsplan 2017"). */
  defaultPeriod?: string;
}

/** A line that states a number of something, a share, or more or fewer ("et flertal af beboerne"). */
const measurable = /(?:^|[\s–-])\d+(?:[.,]\d+)?\s*(?:%|procent\b|\p{L}{3,})|\b(?:flertal|halvdel\w*|flere|færre)\b/iu;

/**
 * Adds the criteria of a field: every criterion of a success-criteria field, and the measurable
 * lines ("5 årlige beboerblade", "Mindst 3 … arrangeres årligt") of deliverables, goals and schedules.
 */
export function addCriteria(ctx: ReadContext, f: FoundField, ownerPath: string, owner: ReadCriterion["owner"]) {
  const heading = periodOfLabel(f.period, ctx.period) ?? ctx.defaultPeriod;
  const sure = f.field === "criteria";
  const texts = sure
    ? splitCriteria(fieldText(f))
    : listOf(fieldText(f)).filter((l) => measurable.test(l) && l.length < 300 && !/^\d{4}\b/.test(l));
  // a sentence of a criterion: not too long, and a number, "At …" or more/fewer in it
  const likely = (t: string) => t.length <= 220 && (/\d/.test(t) || /^at\s/i.test(t) || measurable.test(t));
  for (const text of texts)
    ctx.criteria.push({
      text,
      ownerPath,
      owner,
      ...(heading ? { period: heading } : {}),
      at: f.at,
      confidence: sure && likely(text) ? "high" : "low",
    });
}
