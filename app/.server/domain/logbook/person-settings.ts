import { eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { organisations } from "../../db/schema";
import type { LogbookContext } from "./logbook-context";

/** What the rules for a participant's fields depend on: the organisation's choices and the plan's lists. */
export type PersonSettings = Awaited<ReturnType<typeof personSettings>>;

/** The organisation's settings for personal data in the logbook. */
export async function personSettings(db: Database, ctx: LogbookContext) {
  const [org] = await db.select().from(organisations).where(eq(organisations.id, ctx.resource.organisationId));
  return {
    personNamesEnabled: org.personNamesEnabled,
    cprEnabled: org.cprEnabled,
    tags: (ctx.plan.logbook?.targetGroupTags ?? []).map((t) => t.key),
    departments: ctx.plan.areas.flatMap((a) => a.departments.map((d) => d.number)),
  };
}
