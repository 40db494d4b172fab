import { keptIn } from "~/memo";
import type { Database } from "./client";

const kept = new WeakMap<Database, Map<string, unknown>>();

/**
 * A query built once per database and prepared under `name` (Drizzle's prepared statement) instead
 * of on every call: for the reads every request makes (its session, its plan, the logbook's
 * revision), where building the SQL cost more than running it. `build` gives the query, not yet
 * prepared, and must give the same SQL for the same name.
 */
export function prepared<T>(db: Database, name: string, build: (db: Database) => { prepare(name: string): T }): T {
  return keptIn(
    keptIn(kept, db, () => new Map<string, unknown>()),
    name,
    () => build(db).prepare(name),
  ) as T;
}
