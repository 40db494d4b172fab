import { integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { planPartColumns, planPartIndexes } from "./columns";

/** A governance body: styregruppe, følgegruppe, fremdriftsgruppe, forum … */
export const governanceGroups = pgTable(
  "governance_groups",
  {
    ...planPartColumns(),
    key: text().notNull(),
    name: text().notNull(),
    kind: text().notNull(),
    description: text(),
    mandate: text(),
    duties: jsonb().$type<string[]>().notNull(),
    meetingCadence: text(),
    meetingsPerYear: integer(),
  },
  planPartIndexes("governance_groups", true),
);

/** A seat in a governance body. */
export const governanceMembers = pgTable(
  "governance_members",
  {
    ...planPartColumns(),
    groupId: uuid()
      .notNull()
      .references(() => governanceGroups.id, { onDelete: "cascade" }),
    role: text().notNull(),
    count: integer(),
    partnerKey: text(),
    name: text(),
    note: text(),
  },
  planPartIndexes("governance_members"),
);
