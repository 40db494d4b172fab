import { and, desc, eq, isNull } from "drizzle-orm";
import type { Database } from "../../db/client";
import { events } from "../../db/schema";
import type { LogActivity, LogbookContext } from "./logbook-context";

/**
 * The event type a new event in an activity most likely has, so staff rarely need to change it:
 * the type of the activity's latest event, else a type named like the activity (a "lektiecafe"
 * type for the activity "lektiecafe-boern-og-unge"), else the plan's first type.
 */
export async function usualEventType(
  db: Database,
  ctx: LogbookContext,
  activity: LogActivity,
): Promise<string | undefined> {
  const [latest] = await db
    .select({ type: events.type })
    .from(events)
    .where(and(eq(events.planId, ctx.planId), eq(events.activityId, activity.id), isNull(events.deletedAt)))
    .orderBy(desc(events.date), desc(events.createdAt))
    .limit(1);
  const types = ctx.plan.logbook?.eventTypes ?? [];
  if (latest && types.some((t) => t.key === latest.type)) return latest.type;
  const named = types.filter((t) => activity.key.includes(t.key)).sort((a, b) => b.key.length - a.key.length)[0];
  return named?.key ?? types[0]?.key;
}
