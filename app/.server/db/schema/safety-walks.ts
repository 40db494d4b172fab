import { customType, date, doublePrecision, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { plans } from "./plans";

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

/** A tryghedsvandring: a walk through the area on a date with its participants. */
export const safetyWalks = pgTable(
  "safety_walks",
  {
    ...tenantColumns(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    date: date({ mode: "string" }).notNull(),
    title: text().notNull(),
    participants: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("safety_walks_plan_idx").on(t.planId)],
);

/** A place pointed out on a walk: where, the problem, a photo, the action agreed, who and its status. */
export const safetyWalkPlaces = pgTable(
  "safety_walk_places",
  {
    ...tenantColumns(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    walkId: uuid()
      .notNull()
      .references(() => safetyWalks.id, { onDelete: "cascade" }),
    lat: doublePrecision().notNull(),
    lng: doublePrecision().notNull(),
    problem: text().notNull(),
    action: text().notNull(),
    responsible: text().notNull(),
    status: text({ enum: ["open", "inProgress", "done"] })
      .notNull()
      .default("open"),
    photo: bytea(),
    photoType: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("safety_walk_places_walk_idx").on(t.walkId)],
);
