import { bigint, pgTable, uuid } from "drizzle-orm/pg-core";
import { plans } from "./plans";

/**
 * A counter per plan that the database raises in the same transaction as every change to the
 * plan's logbook or structure (triggers, see drizzle/0008). The live målopfyldelse keeps the
 * logbook in memory and reloads it when the counter has moved: always exact, never a nightly job.
 */
export const logbookRevisions = pgTable("logbook_revisions", {
  planId: uuid()
    .primaryKey()
    .references(() => plans.id, { onDelete: "cascade" }),
  revision: bigint({ mode: "number" }).notNull().default(0),
});
