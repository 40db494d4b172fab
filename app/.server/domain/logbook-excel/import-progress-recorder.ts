import { and, eq, notInArray, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { importJobs } from "../../db/schema";
import type { ImportProgress } from "./logbook-excel";

/**
 * Records an import's progress from outside its transaction, at most every `everyMs` and one
 * write at a time, never waiting for it: the import holds its transaction while it writes, and on
 * the embedded database (one connection) a write from outside lands only when that transaction
 * ends. `flush` waits for the last write, so the final state is never overtaken.
 * @example const recorder = importProgressRecorder(db, id); await importLogbook(db, ctx, bytes, { onProgress: recorder.report });
 */
export function importProgressRecorder(db: Database, id: string, everyMs = 400) {
  let latest: ImportProgress | undefined;
  let written: ImportProgress | undefined;
  let pending: Promise<void> | undefined;
  let last = 0;
  const write = (p: ImportProgress) =>
    db
      .update(importJobs)
      .set({ phase: p.phase, rowsDone: p.done, rowsTotal: p.total, updatedAt: sql`now()` })
      .where(and(eq(importJobs.id, id), notInArray(importJobs.phase, ["done", "failed"])))
      .then(
        () => {},
        () => {}, // Progress is a courtesy: the import's own outcome is recorded at its end.
      );
  const next = () => {
    if (pending || !latest || latest === written) return;
    if (latest.phase === written?.phase && performance.now() - last < everyMs) return;
    const p = latest;
    written = p;
    last = performance.now();
    pending = write(p).then(() => {
      pending = undefined;
      next();
    });
  };
  return {
    report(p: ImportProgress) {
      latest = p;
      next();
    },
    async flush() {
      while (pending) await pending;
    },
  };
}
