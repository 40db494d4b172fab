import { boolean, date, doublePrecision, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import type { Criterion } from "~/plan-format/criterion";
import type { Measure } from "~/plan-format/measure";
import { activities, focusAreas } from "./activities";
import { planPartColumns, planPartIndexes } from "./columns";

/** A success criterion (succeskriterium) on the plan, a focus area or an activity. */
export const criteria = pgTable(
  "criteria",
  {
    ...planPartColumns(),
    focusAreaId: uuid().references(() => focusAreas.id, { onDelete: "cascade" }),
    activityId: uuid().references(() => activities.id, { onDelete: "cascade" }),
    key: text().notNull(),
    text: text().notNull(),
    measure: jsonb().$type<Measure>().notNull(),
    direction: text({ enum: ["up", "down"] }).notNull(),
    baselineValue: doublePrecision(),
    baselinePeriod: text(),
    baselineDate: date({ mode: "string" }),
    baselineComparisonValue: doublePrecision(),
    baselineNote: text(),
    hasBaseline: boolean().notNull().default(false),
    profile: jsonb().$type<NonNullable<Criterion["profile"]>>(),
    note: text(),
  },
  planPartIndexes("criteria", true),
);

/** A criterion's target for one period. */
export const criterionTargets = pgTable(
  "criterion_targets",
  {
    ...planPartColumns(),
    criterionId: uuid()
      .notNull()
      .references(() => criteria.id, { onDelete: "cascade" }),
    period: text().notNull(),
    value: doublePrecision(),
    relative: text(),
    note: text(),
  },
  planPartIndexes("criterion_targets"),
);
