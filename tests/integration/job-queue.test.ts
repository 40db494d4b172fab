import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { type JobQueue, startJobQueue } from "~/.server/jobs/job-queue";
import { rowsOf } from "../support/table-counts";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

describe(`the job queue in the database (${testDatabaseKind})`, () => {
  let h: DatabaseHandle;
  let queue: JobQueue;
  const ran: Record<string, unknown>[] = [];
  let failures = 0;
  const logged: string[] = [];

  beforeAll(async () => {
    h = await createTestDatabase();
    await h.db.execute(sql`CREATE TABLE job_probe (n int NOT NULL)`);
    queue = await startJobQueue(
      h,
      {
        probe: async (db, data) => {
          ran.push(data);
          await db.execute(sql`INSERT INTO job_probe (n) VALUES (${Number(data.n)})`);
        },
        flaky: async () => {
          failures++;
          throw new Error("first attempt fails");
        },
      },
      { probe: "0 3 * * *" },
      { err: (t) => logged.push(t) },
      { pollingIntervalSeconds: 0.5 },
    );
  }, 60_000);
  afterAll(async () => {
    await queue?.stop();
    await h?.close();
  });

  const until = async (done: () => Promise<boolean> | boolean) => {
    for (let i = 0; i < 120 && !(await done()); i++) await new Promise((r) => setTimeout(r, 250));
  };

  it("runs every job sent exactly once, in the database the app uses", async () => {
    for (let n = 1; n <= 5; n++) await queue.send("probe", { n });
    await until(() => ran.length >= 5);
    await new Promise((r) => setTimeout(r, 1500));
    const rows = rowsOf<{ n: number }>(await h.db.execute(sql`SELECT n FROM job_probe ORDER BY n`));
    expect(rows.map((r) => r.n)).toEqual([1, 2, 3, 4, 5]);
  }, 60_000);

  it("keeps the schedule in the database, so a restart does not lose it", async () => {
    const rows = rowsOf<{ name: string; cron: string }>(
      await h.db.execute(sql`SELECT name, cron FROM pgboss.schedule`),
    );
    expect(rows).toContainEqual({ name: "probe", cron: "0 3 * * *" });
  });

  it("keeps a failing job as failed after its attempt, and the worker goes on", async () => {
    const id = await queue.send("flaky", {});
    await until(async () => {
      const [job] = rowsOf<{ state: string }>(await h.db.execute(sql`SELECT state FROM pgboss.job WHERE id = ${id}`));
      return job?.state === "failed";
    });
    const [job] = rowsOf<{ state: string }>(await h.db.execute(sql`SELECT state FROM pgboss.job WHERE id = ${id}`));
    expect(job.state).toBe("failed");
    expect(failures).toBeGreaterThanOrEqual(1);
    expect(logged.join("\n")).toContain("first attempt fails");
    await queue.send("probe", { n: 6 });
    await until(() => ran.some((d) => d.n === 6));
    expect(ran.some((d) => d.n === 6)).toBe(true);
  }, 60_000);
});
