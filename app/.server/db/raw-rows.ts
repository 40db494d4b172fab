import type { SQL } from "drizzle-orm";
import type { Database } from "./client";

/** Runs a raw query and returns its rows, the same on PGlite and node-postgres. */
export async function rawRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}
