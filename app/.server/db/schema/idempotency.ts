import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";

/**
 * Idempotency keys of writes sent from a phone's outbox: the first request with a key does the
 * work and stores its answer (status and where it led); a repeat with the same key gets that
 * answer back and changes nothing. A key belongs to the user who sent it. `status` is null while
 * the first request is still being answered.
 */
export const idempotencyKeys = pgTable("idempotency_keys", {
  key: uuid().primaryKey(),
  userId: uuid()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  path: text().notNull(),
  status: integer(),
  location: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  completedAt: timestamp({ withTimezone: true }),
});
