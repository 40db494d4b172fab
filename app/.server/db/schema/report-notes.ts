import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { plans } from "./plans";

/**
 * What a manager writes for a report before generating it: a comment per focus area (status
 * note), per criterion (funder report) or a summary, for one period of one plan.
 */
export const reportNotes = pgTable(
  "report_notes",
  {
    id: uuid().primaryKey(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    period: text().notNull(),
    /** "summary", "fa:KEY" or "criterion:KEY". */
    scope: text().notNull(),
    text: text().notNull(),
    updatedBy: uuid(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("report_notes_plan_period_scope_idx").on(t.planId, t.period, t.scope),
    index("report_notes_plan_idx").on(t.planId),
  ],
);
