import { and, eq, gte, inArray, isNull, lte } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/** A logbook table's columns that place a record: its plan, activity, day and removal. */
interface Placed {
  planId: PgColumn;
  activityId: PgColumn;
  date: PgColumn;
  deletedAt: PgColumn;
}

/** The records of a plan's activities dated from one day to another (both included), not removed. */
export function daysOfActivities(table: Placed, planId: string, activityIds: string[], from: string, to: string) {
  return and(
    eq(table.planId, planId),
    inArray(table.activityId, activityIds),
    isNull(table.deletedAt),
    gte(table.date, from),
    lte(table.date, to),
  );
}
