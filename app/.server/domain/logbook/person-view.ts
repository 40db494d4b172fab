import { asc, eq, inArray, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Database } from "../../db/client";
import { rosterEntries } from "../../db/schema";
import { type LogbookContext, reachableActivityIds } from "./logbook-context";

/**
 * What of a person's record an actor may see: everything ("all": the plan's owner, its staff with
 * a reason), or only what was recorded in the activities the actor may read persons on (a partner,
 * a shared organisation) — plus the person's own details (name, contact, sensitive fields, notes)
 * only when the person was registered in one of those activities.
 */
export interface PersonView {
  activities: "all" | Set<string>;
  identity: boolean;
}

/** The actor's view of one participant (see PersonView). */
export async function personView(db: Database, ctx: LogbookContext, participantId: string): Promise<PersonView> {
  const reach = reachableActivityIds(ctx, "person.read");
  if (reach === "all") return { activities: "all", identity: true };
  // The activity the person was registered in: their first place on a roster, even if left since.
  const [home] = await db
    .select({ activityId: rosterEntries.activityId })
    .from(rosterEntries)
    .where(eq(rosterEntries.participantId, participantId))
    .orderBy(asc(rosterEntries.createdAt), asc(rosterEntries.id))
    .limit(1);
  return { activities: reach, identity: !!home && reach.has(home.activityId) };
}

/** A where-condition keeping rows of the activities in view (none needed for "all"). */
export function inView(view: PersonView, column: PgColumn): SQL | undefined {
  return view.activities === "all" ? undefined : inArray(column, [...view.activities]);
}

/** Whether an activity is in view. */
export function activityInView(view: PersonView, activityId: string): boolean {
  return view.activities === "all" || view.activities.has(activityId);
}
