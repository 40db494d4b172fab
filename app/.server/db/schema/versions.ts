import {
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { PlanFile } from "~/plan-format/plan";
import { organisations } from "./organisations";
import { plans } from "./plans";

/**
 * A version of a plan: its whole content as a plan file, and where it is in the approval road
 * (draft → submitted → approved; an approved version is locked and later superseded). The plan's
 * structure tables always hold the version in force: the latest approved one (or the first draft
 * of a plan never approved).
 */
export const planVersions = pgTable(
  "plan_versions",
  {
    id: uuid().primaryKey(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    number: integer().notNull(),
    status: text({ enum: ["draft", "submitted", "approved", "superseded"] }).notNull(),
    document: jsonb().$type<PlanFile>().notNull(),
    basedOn: uuid(),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp({ withTimezone: true }),
    submittedBy: uuid(),
    /** The body that approved it (styregruppen, Økonomiudvalget …), on which date, with which decision. */
    approvedBody: text(),
    approvedOn: date({ mode: "string" }),
    decisionNote: text(),
    approvedBy: uuid(),
  },
  (t) => [
    uniqueIndex("plan_versions_plan_number_idx").on(t.planId, t.number),
    index("plan_versions_plan_idx").on(t.planId),
  ],
);

/** A change of a milestone's status: done (with date), postponed (new date, reason) or dropped. */
export const milestoneUpdates = pgTable(
  "milestone_updates",
  {
    id: uuid().primaryKey(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    milestoneKey: text().notNull(),
    status: text({ enum: ["planned", "done", "postponed", "dropped"] }).notNull(),
    doneDate: date({ mode: "string" }),
    newDue: text(),
    reason: text(),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("milestone_updates_plan_idx").on(t.planId, t.milestoneKey)],
);

/** Money actually spent on an activity in a year (typed in or imported from the accounts). */
export const budgetActuals = pgTable(
  "budget_actuals",
  {
    id: uuid().primaryKey(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    /** The budget line's label (lines have no keys); with the activity it identifies what was spent on. */
    label: text().notNull(),
    activityKey: text(),
    year: integer().notNull(),
    amount: doublePrecision().notNull(),
    source: text({ enum: ["manual", "import"] }).notNull(),
    note: text(),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("budget_actuals_plan_line_year_idx").on(t.planId, t.label, t.year)],
);

/** Staff hours worked on an activity in a week (for planned-against-actual staffing). */
export const staffHours = pgTable(
  "staff_hours",
  {
    id: uuid().primaryKey(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    activityKey: text().notNull(),
    userId: uuid(),
    /** Monday of the week the hours belong to. */
    week: date({ mode: "string" }).notNull(),
    hours: doublePrecision().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("staff_hours_plan_idx").on(t.planId, t.activityKey)],
);
