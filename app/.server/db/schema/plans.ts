import { boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { LogbookVocabulary, Series } from "~/plan-format/structure";
import { organisations } from "./organisations";

/** A plan: helhedsplan, tryghedsplan or projekt, owned by one organisation. */
export const plans = pgTable("plans", {
  id: uuid().primaryKey(),
  organisationId: uuid()
    .notNull()
    .references(() => organisations.id),
  slug: text().notNull().unique(),
  formatVersion: integer().notNull(),
  kind: text({ enum: ["helhedsplan", "tryghedsplan", "projekt"] }).notNull(),
  title: text().notNull(),
  subtitle: text(),
  ownerName: text().notNull(),
  ownerPartnerKey: text(),
  periodStart: date({ mode: "string" }).notNull(),
  periodEnd: date({ mode: "string" }).notNull(),
  municipality: text(),
  funder: text(),
  source: text(),
  summary: text(),
  foreword: text(),
  background: text(),
  vision: text(),
  mainPurposes: jsonb().$type<string[]>().notNull(),
  evaluation: text(),
  theoryOfChangeDescription: text(),
  hasTheoryOfChange: boolean().notNull().default(false),
  hasBudget: boolean().notNull().default(false),
  budgetNote: text(),
  logbook: jsonb().$type<LogbookVocabulary>(),
  /** The plan's named series of area figures (declarations; their values are in series_values). */
  series: jsonb().$type<Series[]>().notNull().default([]),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /**
   * Raised by triggers on every change to the plan document (this row or any of its part tables), so a
   * cached assembled plan is known to be current by one small read (migration 0020).
   */
  contentRevision: integer().notNull().default(1),
});
