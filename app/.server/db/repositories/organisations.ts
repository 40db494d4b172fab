import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { organisations } from "../schema";

/** Turns a name into a URL-safe key, e.g. "Lejerbo København" → "lejerbo-koebenhavn". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Finds the organisation with this name, creating it if it does not exist; returns its id. */
export async function findOrCreateOrganisation(db: Database, name: string): Promise<string> {
  const slug = slugify(name);
  const [found] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug));
  if (found) return found.id;
  const id = randomUUID();
  await db.insert(organisations).values({ id, slug, name });
  return id;
}
