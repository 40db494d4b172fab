import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { slugify } from "~/plan-format/slug";
import type { Database } from "../client";
import { organisations } from "../schema";

export { slugify } from "~/plan-format/slug";

/** Finds the organisation with this name, creating it if it does not exist; returns its id. */
export async function findOrCreateOrganisation(db: Database, name: string): Promise<string> {
  const slug = slugify(name);
  const [found] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug));
  if (found) return found.id;
  const id = randomUUID();
  await db.insert(organisations).values({ id, slug, name });
  return id;
}
