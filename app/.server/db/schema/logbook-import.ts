import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { organisations } from "./organisations";
import { plans } from "./plans";

/**
 * An uploaded logbook workbook waiting between the check (preview) and the import, so a page
 * without JavaScript need not send the file twice. Only its uploader may use it; the content is
 * encrypted (FieldCipher) and the row is removed when imported or after an hour.
 */
export const importUploads = pgTable(
  "import_uploads",
  {
    id: uuid().primaryKey(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    fileName: text().notNull(),
    contentEnc: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("import_uploads_user_idx").on(t.userId, t.createdAt)],
);

/** Where a background logbook import has got to. */
export const importJobPhases = ["queued", "reading", "checking", "writing", "done", "failed"] as const;
export type ImportJobPhase = (typeof importJobPhases)[number];

/**
 * A logbook import running on the job queue: who started it, where it has got to (phase, rows
 * done of rows in all) and, once finished, what it did (`result`: the counts, or the problems
 * that stopped it; a failed import changed nothing). Only the user who started it reads it.
 */
export const importJobs = pgTable(
  "import_jobs",
  {
    id: uuid().primaryKey(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    uploadId: uuid().references(() => importUploads.id, { onDelete: "set null" }),
    fileName: text().notNull(),
    phase: text({ enum: importJobPhases }).notNull().default("queued"),
    rowsDone: integer().notNull().default(0),
    rowsTotal: integer().notNull().default(0),
    result: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("import_jobs_user_idx").on(t.userId, t.createdAt)],
);
