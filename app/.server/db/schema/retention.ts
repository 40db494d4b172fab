import { integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";

/** The kinds of personal data retention rules are set for. */
export const dataCategories = ["identifying", "sensitive", "notes", "person"] as const;

/**
 * A retention rule as data: delete a category of a participant's data a number of months after
 * a trigger (the end of their last course, their last registration, or the plan's end).
 * Applied by the scheduled retention job; listed in the record of processing.
 */
export const retentionRules = pgTable(
  "retention_rules",
  {
    id: uuid().primaryKey(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    category: text({ enum: dataCategories }).notNull(),
    trigger: text({ enum: ["lastActivity", "courseEnd", "planEnd"] }).notNull(),
    months: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("retention_rules_org_category_idx").on(t.organisationId, t.category)],
);
