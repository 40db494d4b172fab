import { type AnyPgColumn, index, integer, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { plans } from "./plans";

/** Every tenant-owned row carries its organisation so that access control can scope every query. */
export const tenantColumns = () => ({
  id: uuid().primaryKey(),
  organisationId: uuid()
    .notNull()
    .references(() => organisations.id),
});

/** Rows that belong to a plan: tenant, plan (deleted with it) and their order in the plan file. */
export const planPartColumns = () => ({
  ...tenantColumns(),
  planId: uuid()
    .notNull()
    .references(() => plans.id, { onDelete: "cascade" }),
  position: integer().notNull(),
});

/** Indexes every plan part table needs: by plan, and (where given) a key unique within the plan. */
export const planPartIndexes =
  (table: string, uniqueKey = false) =>
  (t: { planId: AnyPgColumn; key?: AnyPgColumn }) => [
    index(`${table}_plan_idx`).on(t.planId),
    ...(uniqueKey && t.key ? [uniqueIndex(`${table}_plan_key_idx`).on(t.planId, t.key)] : []),
  ];
