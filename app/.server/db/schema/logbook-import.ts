import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
