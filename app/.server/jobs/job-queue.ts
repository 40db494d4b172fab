import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import PgBoss from "pg-boss";
import type { Database, DatabaseHandle } from "../db/client";
import { logInternalError } from "../errors";

/** The jobs Helhed runs in the background, by name, with what each needs. */
export interface JobHandlers {
  [name: string]: (db: Database, data: Record<string, unknown>) => Promise<void>;
}

/** A job queue in the database itself (pg-boss): jobs survive a restart and run once. */
export interface JobQueue {
  /** Queues a job now; returns its id. */
  send: (name: string, data?: Record<string, unknown>) => Promise<string | null>;
  stop: () => Promise<void>;
}

/**
 * How pg-boss reaches the database: the app's own pool on PostgreSQL; on the embedded PGlite
 * (one connection, no pool) each statement goes through the same client, a script of several
 * statements through `exec` (the simple protocol), as pg-boss's own migrations need.
 */
export function jobQueueDb(handle: DatabaseHandle): PgBoss.Db {
  const client = (handle.db as unknown as { $client: PGlite | pg.Pool }).$client;
  if (handle.kind === "postgres") {
    const pool = client as pg.Pool;
    return { executeSql: (text, values) => pool.query(text, values?.length ? values : undefined) };
  }
  const lite = client as PGlite;
  return {
    async executeSql(text, values) {
      if (values?.length) return lite.query(text, values);
      const results = await lite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

const bossFor = (handle: DatabaseHandle, migrate: boolean, run: boolean) =>
  new PgBoss({ db: jobQueueDb(handle), schema: "pgboss", migrate, supervise: run, schedule: run });

/**
 * Installs the job queue's tables and the named queues as the tables' owner (`helhed db migrate`
 * with a separate application role, which may then use them but not change their structure).
 */
export async function installJobQueue(handle: DatabaseHandle, names: string[]) {
  const boss = bossFor(handle, true, false);
  await boss.start();
  for (const name of names) await boss.createQueue(name);
  await boss.stop({ graceful: false, wait: true });
}

/**
 * Starts the job queue on the database the app uses, with `handlers` as workers and `schedules`
 * (cron, server time) for recurring jobs such as the daily retention. A failing job is logged
 * (never with personal data) and kept as failed in the queue; a scheduled one runs again at its next time.
 * @example const jobs = await startJobQueue(handle, { retention: runRetention }, { retention: "0 3 * * *" }, io)
 */
export async function startJobQueue(
  handle: DatabaseHandle,
  handlers: JobHandlers,
  schedules: Record<string, string>,
  io: { err: (t: string) => void },
  options: { pollingIntervalSeconds?: number; installed?: boolean; run?: boolean } = {},
): Promise<JobQueue> {
  // Installed by the owner (`helhed db migrate`): the app's role only uses the tables.
  // With `run: false` (the other server processes of HELHED_WORKERS) jobs are only queued here.
  const run = options.run ?? true;
  const boss = bossFor(handle, !options.installed, run);
  boss.on("error", (error) => logInternalError(error, io.err));
  await boss.start();
  for (const [name, handler] of Object.entries(handlers)) {
    await boss.createQueue(name);
    if (!run) continue;
    await boss.work<Record<string, unknown>>(
      name,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
      async ([job]) => {
        try {
          await handler(handle.db, job.data ?? {});
        } catch (error) {
          logInternalError(error, io.err);
          throw error;
        }
      },
    );
  }
  if (run) for (const [name, cron] of Object.entries(schedules)) await boss.schedule(name, cron);
  return {
    send: (name, data = {}) => boss.send(name, data),
    // Running jobs get 10 s; a stop that never settles (a known pg-boss fault) is not waited for past 12 s.
    stop: () =>
      Promise.race([
        boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
        new Promise<void>((resolve) => setTimeout(resolve, 12_000).unref()),
      ]),
  };
}
