import { bigint, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { plans } from "./plans";

/**
 * Each plan's line in the portfolio (criteria by LBF area and status, the people reached with small
 * numbers hidden: aggregates only) for a period, as of a day, at the logbook revision and plan
 * content revision it was computed from. Kept in the database so a server that starts, every
 * server process, and the first reader of a day (the nightly job computes the plan-period lines)
 * show the portfolio without computing every plan again. A line is used only while all three
 * still hold; one line per plan and period, replaced when it is computed again.
 */
export const portfolioLines = pgTable(
  "portfolio_lines",
  {
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    /** "plan" or a calendar year, as the portfolio's filter. */
    period: text().notNull(),
    /** The day the figures are as of (YYYY-MM-DD, Copenhagen). */
    asOf: text().notNull(),
    revision: bigint({ mode: "number" }).notNull(),
    contentRevision: integer().notNull(),
    /** The line as `portfolioRow` makes it. */
    line: jsonb().notNull(),
    madeAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.period] })],
);
