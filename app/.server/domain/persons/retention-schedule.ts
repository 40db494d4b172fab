import type { Database } from "../../db/client";
import { logInternalError } from "../../errors";
import { applyRetention } from "./apply-retention";

/** Runs the retention rules a minute after start and then once a day; returns a function that stops it. */
export function scheduleRetention(
  db: Database,
  io: { out: (t: string) => void; err: (t: string) => void },
  everyMs = 24 * 3_600_000,
): () => void {
  const run = async () => {
    try {
      const done = await applyRetention(db, { today: new Date().toISOString().slice(0, 10) });
      if (done.length > 0) io.out(`Sletteregler anvendt: ${done.length} sletninger.`);
    } catch (error) {
      logInternalError(error, io.err);
    }
  };
  const first = setTimeout(run, 60_000);
  const daily = setInterval(run, everyMs);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
