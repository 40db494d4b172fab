import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Counters for sign-in, second-factor and reset limits, counted atomically in the database (one
 * upsert per attempt, so parallel requests cannot slip past a read-then-write). The key is a hash
 * of what is counted (an account, an address, an address with an account): no e-mail or address
 * is stored in the clear.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  count: integer().notNull(),
  windowStartedAt: timestamp({ withTimezone: true }).notNull(),
});
