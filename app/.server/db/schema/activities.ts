import { type AnyPgColumn, boolean, doublePrecision, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import type { CourseType } from "~/plan-format/activity";
import { planPartColumns, planPartIndexes } from "./columns";
import { planPartners } from "./plan-parts";

/** A focus area (indsatsområde). */
export const focusAreas = pgTable(
  "focus_areas",
  {
    ...planPartColumns(),
    key: text().notNull(),
    number: text(),
    title: text().notNull(),
    problem: text(),
    description: text(),
    purposes: jsonb().$type<string[]>().notNull(),
    goals: jsonb().$type<string[]>().notNull(),
    measurementMethod: text(),
  },
  planPartIndexes("focus_areas", true),
);

/** An activity; `parentId` nests sub-activities to any depth. */
export const activities = pgTable(
  "activities",
  {
    ...planPartColumns(),
    focusAreaId: uuid()
      .notNull()
      .references(() => focusAreas.id, { onDelete: "cascade" }),
    parentId: uuid().references((): AnyPgColumn => activities.id, { onDelete: "cascade" }),
    key: text().notNull(),
    number: text(),
    title: text().notNull(),
    problem: text(),
    purposes: jsonb().$type<string[]>().notNull(),
    goals: jsonb().$type<string[]>().notNull(),
    targetGroup: text(),
    content: text(),
    schedule: text(),
    deliverables: jsonb().$type<string[]>().notNull(),
    collaboration: text(),
    hasResponsible: boolean().notNull().default(false),
    responsibleText: text(),
    measurementMethod: text(),
    localEvaluation: text(),
    anchoring: text(),
    attendance: jsonb().$type<{ mode: string; breakdowns: string[] }>(),
  },
  planPartIndexes("activities", true),
);

/** A partner organisation on an activity: a collaborator, or the one responsible. */
export const activityPartners = pgTable(
  "activity_partners",
  {
    ...planPartColumns(),
    activityId: uuid()
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    partnerId: uuid()
      .notNull()
      .references(() => planPartners.id, { onDelete: "cascade" }),
    role: text({ enum: ["collaborator", "responsible"] }).notNull(),
  },
  planPartIndexes("activity_partners"),
);

/** Planned staff hours on an activity (medarbejderressourcer). */
export const staffing = pgTable(
  "staffing",
  {
    ...planPartColumns(),
    activityId: uuid()
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    role: text().notNull(),
    hoursPerWeek: doublePrecision(),
    hoursPerWeekMax: doublePrecision(),
    fte: doublePrecision(),
    averaged: boolean(),
    partnerKey: text(),
    note: text(),
  },
  planPartIndexes("staffing"),
);

/** A type of course (forløb) an activity runs: its stages, outcomes and follow-up offsets. */
export const courseTypes = pgTable(
  "course_types",
  {
    ...planPartColumns(),
    activityId: uuid()
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    key: text().notNull(),
    name: text().notNull(),
    category: text(),
    stages: jsonb().$type<CourseType["stages"]>().notNull(),
    outcomes: jsonb().$type<CourseType["outcomes"]>().notNull(),
    followUpMonths: jsonb().$type<number[]>().notNull(),
    note: text(),
  },
  planPartIndexes("course_types", true),
);
