import { today } from "../clock";
import type { FieldCipher } from "../crypto/field-encryption";
import type { Database } from "../db/client";
import { keepEverySnapshot } from "../domain/attainment/logbook-snapshot";
import { purgeIdempotencyKeys } from "../domain/idempotency/idempotency-keys";
import { runImportJob } from "../domain/logbook-excel/run-import-job";
import { importJobName } from "../domain/logbook-excel/start-import-job";
import { applyRetention } from "../domain/persons/apply-retention";
import { keepDaysPortfolioLines } from "../domain/portfolio/keep-days-lines";
import { sendReminders } from "../domain/reminders/send-reminders";
import type { JobHandlers } from "./job-queue";

/** Helhed's background jobs, run by the job queue in the database. */
export function helhedJobs(
  io: { out: (t: string) => void; err: (t: string) => void },
  {
    cipher,
    publicUrl,
    portfolioLines,
  }: {
    cipher: FieldCipher;
    publicUrl: string;
    /**
     * The portfolio lines' use case from the routes' copy of the domain modules (the server build
     * has its own): the plans it reads are then held in the memory the routes use, under its bound,
     * not in a second cache of this copy. This copy's when absent (tests, the command line).
     */
    portfolioLines?: (db: Database, day: string) => Promise<number>;
  },
): JobHandlers {
  return {
    /** The retention rules, applied as of the day the job runs. */
    retention: async (db) => {
      const done = await applyRetention(db, { today: new Date().toISOString().slice(0, 10) });
      if (done.length > 0) io.out(`Sletteregler anvendt: ${done.length} sletninger.`);
    },
    /** Idempotency keys of the phones' outboxes, kept for `idempotencyKeyDays` days (an outbox is sent within days). */
    "idempotency-purge": async (db) => {
      await purgeIdempotencyKeys(db, new Date(Date.now() - idempotencyKeyDays * 86_400_000));
    },
    /** The daily reminder mails: sessions without attendance, milestones due or overdue. */
    reminders: async (db) => {
      const sent = await sendReminders(db, { today: new Date().toISOString().slice(0, 10), publicUrl });
      if (sent.mails > 0) io.out(`Påmindelser lagt i udbakken: ${sent.mails}.`);
    },
    /** A snapshot of every large logbook that has none, so a server that starts cold never reads one whole. */
    "logbook-snapshots": async (db) => {
      const written = await keepEverySnapshot(db);
      if (written > 0) io.out(`Logbøgernes øjebliksbilleder skrevet: ${written}.`);
    },
    /** Every plan's portfolio lines as of today, for the whole plan and each year, kept in the database. */
    "portfolio-lines": async (db) => {
      await (portfolioLines ?? keepDaysPortfolioLines)(db, today());
    },
    /** A logbook workbook imported in the background, all or nothing, with its progress recorded. */
    [importJobName]: (db, data) => runImportJob(db, cipher, data, io.err),
  };
}

/** The names of Helhed's queues (installed by the owner when the app runs as a role of its own). */
export const helhedJobNames = [
  "retention",
  "idempotency-purge",
  "reminders",
  "logbook-snapshots",
  "portfolio-lines",
  importJobName,
];

/** How long a write's idempotency key is honoured: a phone offline for weeks still sends nothing twice. */
export const idempotencyKeyDays = 60;

/**
 * When the recurring jobs run (cron, the server's time): retention at 03:15, old idempotency keys at
 * 03:45, the logbook snapshots at 04:15 (after retention, whose erasures delete them), the portfolio's
 * lines at 04:45 (from the snapshots just written), reminders at 07:00.
 */
export const helhedSchedules = {
  retention: "15 3 * * *",
  "idempotency-purge": "45 3 * * *",
  "logbook-snapshots": "15 4 * * *",
  "portfolio-lines": "45 4 * * *",
  reminders: "0 7 * * *",
};
