import { date, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { activities } from "./activities";
import { planPartColumns, planPartIndexes } from "./columns";

/** A milestone (milepæl): due on a date, in a quarter or in a year. */
export const milestones = pgTable(
  "milestones",
  {
    ...planPartColumns(),
    key: text().notNull(),
    title: text().notNull(),
    due: text().notNull(),
    activityId: uuid().references(() => activities.id, { onDelete: "set null" }),
    responsible: text(),
    status: text({ enum: ["planned", "done", "postponed", "dropped"] }).notNull(),
    doneDate: date({ mode: "string" }),
    note: text(),
  },
  planPartIndexes("milestones", true),
);
