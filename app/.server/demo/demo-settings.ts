import { inArray } from "drizzle-orm";
import type { Database } from "../db/client";
import { organisations, plans } from "../db/schema";

/** Demo organisations may record names (with consent), so the consent flow can be tried. */
export async function enableDemoSettings(db: Database) {
  const owners = (await db.selectDistinct({ id: plans.organisationId }).from(plans)).map((p) => p.id);
  if (owners.length > 0)
    await db.update(organisations).set({ personNamesEnabled: true }).where(inArray(organisations.id, owners));
}
