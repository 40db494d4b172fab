// Issue 13: an Excel logbook import runs on the job queue, records its progress, and ends all or
// nothing: a failed import changes nothing, a finished one says how many rows it wrote.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { importJobStatus } from "~/.server/domain/logbook-excel/import-job-status";
import { type ImportProgress, importLogbook, logbookTemplate } from "~/.server/domain/logbook-excel/logbook-excel";
import { runImportJob } from "~/.server/domain/logbook-excel/run-import-job";
import { stagedUpload, stageUpload } from "~/.server/domain/logbook-excel/staged-uploads";
import { importJobName, startImportJob } from "~/.server/domain/logbook-excel/start-import-job";
import { type JobQueue, startJobQueue } from "~/.server/jobs/job-queue";
import { workbook } from "../../scripts/bench/import-workbook";
import { setUpLogbookPlan } from "../support/logbook-setup";
import { tableCounts } from "../support/table-counts";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

describe(`logbook imports in the background (${testDatabaseKind})`, () => {
  let h: DatabaseHandle;
  let s: Awaited<ReturnType<typeof setUpLogbookPlan>>;
  let queue: JobQueue;
  let template: Buffer;
  const logged: string[] = [];
  const size = { people: 30, events: 60, attendance: 300 };

  beforeAll(async () => {
    h = await createTestDatabase();
    s = await setUpLogbookPlan(h.db);
    template = await logbookTemplate(h.db, await openLogbook(h.db, s.manager, "logbog-test", "logbook.write"));
    queue = await startJobQueue(
      h,
      { [importJobName]: (db, data) => runImportJob(db, s.cipher, data, (t) => logged.push(t)) },
      {},
      { err: (t) => logged.push(t) },
      { pollingIntervalSeconds: 0.5 },
    );
  }, 120_000);
  afterAll(async () => {
    await queue?.stop();
    await h?.close();
  });

  const counts = async (names: string[]) => {
    const all = await tableCounts(h.db);
    return Object.fromEntries(names.map((n) => [n, all[n]]));
  };
  const ctxOf = (actor = s.manager) => openLogbook(h.db, actor, "logbog-test", "logbook.write");
  /** Uploads a workbook, starts its import on the queue and follows it to the end, noting the phases seen. */
  async function importInBackground(bytes: Buffer) {
    const ctx = await ctxOf();
    const uploadId = await stageUpload(h.db, s.cipher, ctx, "logbog.xlsx", bytes);
    const id = await startImportJob(h.db, ctx, queue.send, uploadId);
    const seen = new Set<string>();
    let status = await importJobStatus(h.db, ctx, id);
    for (let i = 0; i < 480 && !status.finished; i++) {
      seen.add(status.phase);
      await new Promise((r) => setTimeout(r, 250));
      status = await importJobStatus(h.db, ctx, id);
    }
    return { status, seen, uploadId, ctx };
  }

  it("imports every row on the job queue and says how many it wrote", async () => {
    const before = await counts(["participants", "events", "attendance"]);
    const { status, seen, uploadId, ctx } = await importInBackground(await workbook(template, size));
    expect(status.phase).toBe("done");
    expect(status.result).toMatchObject({ imported: true, created: 30 + 60 + 300, problemCount: 0 });
    expect(seen.has("queued")).toBe(true);
    const after = await counts(["participants", "events", "attendance"]);
    expect(after.participants - before.participants).toBe(30);
    expect(after.events - before.events).toBe(60);
    expect(after.attendance - before.attendance).toBe(300);
    // The staged file is gone once imported.
    await expect(stagedUpload(h.db, s.cipher, ctx, uploadId)).rejects.toThrow(/ikke gemt længere/);
    expect(logged).toEqual([]);
  }, 120_000);

  it("changes nothing when a row has a problem, and lists the problem", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workbook(template, size)) as never);
    book.getWorksheet("Fremmøde")?.addRow(["E1", "P-findes-ikke"]);
    const bad = Buffer.from(await book.xlsx.writeBuffer());
    const before = await counts(["participants", "events", "attendance", "record_history"]);
    const { status } = await importInBackground(bad);
    expect(status.phase).toBe("failed");
    expect(status.result?.imported).toBe(false);
    expect(status.result?.problemCount).toBe(1);
    expect(status.result?.problems[0]).toMatchObject({ sheet: "Fremmøde" });
    expect(status.result?.problems[0].message).toMatch(/P-findes-ikke/);
    expect(await counts(["participants", "events", "attendance", "record_history"])).toEqual(before);
  }, 120_000);

  it("reports reading, checking and writing, ending with every row written", async () => {
    const ctx = await ctxOf();
    const seen: ImportProgress[] = [];
    const report = await importLogbook(h.db, ctx, await workbook(template, { people: 5, events: 5, attendance: 5 }), {
      onProgress: (p) => seen.push(p),
    });
    expect(report.imported).toBe(true);
    expect([...new Set(seen.map((p) => p.phase))]).toEqual(["reading", "checking", "writing"]);
    const last = seen.at(-1) as ImportProgress;
    expect(last.done).toBe(last.total);
    expect(seen.filter((p) => p.phase === "writing").every((p, i, a) => i === 0 || p.done >= a[i - 1].done)).toBe(true);
  }, 60_000);

  it("shows an import only to the user who started it", async () => {
    const ctx = await ctxOf();
    const uploadId = await stageUpload(h.db, s.cipher, ctx, "logbog.xlsx", await workbook(template, size));
    const id = await startImportJob(h.db, ctx, async () => null, uploadId);
    await expect(importJobStatus(h.db, await ctxOf(s.lektieStaff), id)).rejects.toThrow(/findes ikke/);
    // Nor can another user start an import of a file they did not upload.
    await expect(startImportJob(h.db, await ctxOf(s.lektieStaff), async () => null, uploadId)).rejects.toThrow(
      /ikke gemt længere/,
    );
  });
});
