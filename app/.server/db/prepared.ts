import { keptIn } from "~/memo";
import type { Database } from "./client";

const kept = new WeakMap<Database, Map<string, unknown>>();

/**
 * A query built once per database (Drizzle's prepared statement, named `name`) instead of on every
 * call: for the reads every request makes (its session, its plan, the logbook's revision), where
 * building the SQL cost more than running it. `build` must give the same SQL for the same name.
 */
export function prepared<T>(db: Database, name: string, build: (db: Database) => T): T {
  return keptIn(
    keptIn(kept, db, () => new Map<string, unknown>()),
    name,
    () => build(db),
  ) as T;
}
