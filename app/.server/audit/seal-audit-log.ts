import { sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { rawRows } from "../db/raw-rows";
import { logInternalError } from "../errors";

/**
 * Gives every committed, unsealed audit row its place in the hash chain, a batch per short
 * transaction, and returns how many were sealed. Inserts never wait for it, and a second sealer
 * running at the same time returns at once (the database lets one seal at a time).
 * @example await sealAuditLog(db) // before verifying, or on a timer in the server
 */
export async function sealAuditLog(db: Database, batch = 2000): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await rawRows<{ n: number }>(db, sql`SELECT audit_seal(${batch}) AS n`);
    const n = Number(row.n);
    total += n;
    if (n < batch) return total;
  }
}

/** Seals the audit log every few seconds while the server runs; returns a function that stops it. */
export function scheduleAuditSealing(db: Database, io: { err: (t: string) => void }, everyMs = 2_000): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await sealAuditLog(db);
    } catch (error) {
      logInternalError(error, io.err);
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
