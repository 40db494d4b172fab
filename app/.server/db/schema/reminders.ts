import { date, integer, pgTable, timestamp } from "drizzle-orm/pg-core";

/**
 * The days whose reminders have gone to the outbox: the daily job claims its day here in the same
 * transaction as its mails, so a job delivered twice (or run by hand as well) mails once.
 */
export const reminderRuns = pgTable("reminder_runs", {
  day: date({ mode: "string" }).primaryKey(),
  mails: integer().notNull(),
  sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
