import { applyRetention } from "../domain/persons/apply-retention";
import type { JobHandlers } from "./job-queue";

/** Helhed's background jobs, run by the job queue in the database. */
export function helhedJobs(io: { out: (t: string) => void }): JobHandlers {
  return {
    /** The retention rules, applied as of the day the job runs. */
    retention: async (db) => {
      const done = await applyRetention(db, { today: new Date().toISOString().slice(0, 10) });
      if (done.length > 0) io.out(`Sletteregler anvendt: ${done.length} sletninger.`);
    },
  };
}

/** The names of Helhed's queues (installed by the owner when the app runs as a role of its own). */
export const helhedJobNames = ["retention"];

/** When the recurring jobs run (cron, the server's time): retention every night at 03:15. */
export const helhedSchedules = { retention: "15 3 * * *" };
