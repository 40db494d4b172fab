import { bigint, bigserial, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { plans } from "./plans";

/**
 * A counter per plan that the database raises in the same transaction as every change to the
 * plan's logbook or structure (triggers, see drizzle/0008 and the issue-13 migration). The live
 * målopfyldelse keeps the logbook in memory and catches up from `logbook_changes` when the counter
 * has moved: always exact, never a nightly job.
 */
export const logbookRevisions = pgTable("logbook_revisions", {
  planId: uuid()
    .primaryKey()
    .references(() => plans.id, { onDelete: "cascade" }),
  revision: bigint({ mode: "number" }).notNull().default(0),
  /** Every change with a revision above this one is in `logbook_changes` (older ones are pruned). */
  loggedFrom: bigint({ mode: "number" }).notNull().default(0),
  /**
   * Raised by every statement that updates or deletes logbook rows, even one that leaves the
   * figures as they were (anonymisation): a kept snapshot made before it is never written after it.
   */
  cleared: bigint({ mode: "number" }).notNull().default(0),
});

/**
 * The plan's logbook facts and the figures computed from them at one revision, compressed
 * (decision 013c): a server that starts cold reads this row and catches up from
 * `logbook_changes` instead of reading every record. Deleted by the triggers whenever a logbook
 * row is updated or deleted (a correction, an erasure), so it never holds a row that was changed
 * or removed since it was made; only added rows are caught up.
 */
export const logbookSnapshots = pgTable("logbook_snapshots", {
  planId: uuid()
    .primaryKey()
    .references(() => plans.id, { onDelete: "cascade" }),
  revision: bigint({ mode: "number" }).notNull(),
  /** The facts as `encodeFacts` writes them, gzipped, in base64 (decision 013e). */
  data: text().notNull(),
  madeAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Which rows a revision changed, written by the same triggers: the table and the row's key (the
 * event of an attendance, the course of a stage or follow-up). A null key means "too many rows to
 * list" (a bulk import): the reader reads the whole logbook again.
 */
export const logbookChanges = pgTable(
  "logbook_changes",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    revision: bigint({ mode: "number" }).notNull(),
    tableName: text().notNull(),
    rowKey: uuid(),
  },
  (t) => [index("logbook_changes_plan_revision_idx").on(t.planId, t.revision)],
);
