import { date, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { planPartColumns, planPartIndexes } from "./columns";
import { organisations } from "./organisations";

/** An organisation named in a plan (samarbejdspartner, ansvarlig, owner). */
export const planPartners = pgTable(
  "plan_partners",
  {
    ...planPartColumns(),
    key: text().notNull(),
    name: text().notNull(),
    kind: text(),
    description: text(),
    /** The organisation in Helhed that this partner is, when it has users of its own. */
    linkedOrganisationId: uuid().references(() => organisations.id, { onDelete: "set null" }),
  },
  planPartIndexes("plan_partners", true),
);

/** A decision on the plan by a body, e.g. the steering group's approval. */
export const planApprovals = pgTable(
  "plan_approvals",
  {
    ...planPartColumns(),
    body: text().notNull(),
    date: date({ mode: "string" }),
    note: text(),
  },
  planPartIndexes("plan_approvals"),
);

/** A role in the plan's organisation and its responsibilities (ansvarsområder). */
export const planRoles = pgTable(
  "plan_roles",
  {
    ...planPartColumns(),
    title: text().notNull(),
    partnerKey: text(),
    responsibilities: jsonb().$type<string[]>().notNull(),
  },
  planPartIndexes("plan_roles"),
);
