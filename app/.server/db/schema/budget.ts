import { bigint, boolean, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { activities } from "./activities";
import { planPartColumns, planPartIndexes } from "./columns";

/** A funding source (finansieringskilde). `local` marks local co-financing. */
export const budgetSources = pgTable(
  "budget_sources",
  {
    ...planPartColumns(),
    key: text().notNull(),
    name: text().notNull(),
    local: boolean(),
  },
  planPartIndexes("budget_sources", true),
);

/** A budget line: an activity's amounts per year from one source. */
export const budgetLines = pgTable(
  "budget_lines",
  {
    ...planPartColumns(),
    label: text().notNull(),
    activityId: uuid().references(() => activities.id, { onDelete: "set null" }),
    sourceId: uuid().references(() => budgetSources.id, { onDelete: "set null" }),
    footnoteKey: text(),
    note: text(),
  },
  planPartIndexes("budget_lines"),
);

/** One year's amount on a budget line; a null amount is unknown ("?"). */
export const budgetAmounts = pgTable(
  "budget_amounts",
  {
    ...planPartColumns(),
    lineId: uuid()
      .notNull()
      .references(() => budgetLines.id, { onDelete: "cascade" }),
    year: integer().notNull(),
    amount: bigint({ mode: "number" }),
    footnoteKey: text(),
  },
  planPartIndexes("budget_amounts"),
);

/** A footnote to the budget table. */
export const budgetFootnotes = pgTable(
  "budget_footnotes",
  {
    ...planPartColumns(),
    key: text().notNull(),
    text: text().notNull(),
  },
  planPartIndexes("budget_footnotes", true),
);

/** A yearly total as the plan document states it. */
export const budgetStatedTotals = pgTable(
  "budget_stated_totals",
  {
    ...planPartColumns(),
    year: integer().notNull(),
    amount: bigint({ mode: "number" }).notNull(),
    note: text(),
  },
  planPartIndexes("budget_stated_totals"),
);
