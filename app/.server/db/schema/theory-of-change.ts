import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { planPartColumns, planPartIndexes } from "./columns";

/** A box in the theory of change: focus area, activity, result or effect. */
export const tocNodes = pgTable(
  "toc_nodes",
  {
    ...planPartColumns(),
    key: text().notNull(),
    level: text({ enum: ["focusArea", "activity", "result", "effect"] }).notNull(),
    label: text().notNull(),
    refKey: text(),
  },
  planPartIndexes("toc_nodes", true),
);

/** An arrow in the theory of change. */
export const tocLinks = pgTable(
  "toc_links",
  {
    ...planPartColumns(),
    fromNodeId: uuid()
      .notNull()
      .references(() => tocNodes.id, { onDelete: "cascade" }),
    toNodeId: uuid()
      .notNull()
      .references(() => tocNodes.id, { onDelete: "cascade" }),
  },
  planPartIndexes("toc_links"),
);
