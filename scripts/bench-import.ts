// npm run bench:import — a 100,000-row Excel logbook import on PostgreSQL, the way the page runs
// it: the workbook is staged, the import goes on the job queue (pg-boss, in this process) and its
// progress is read back every second, as the browser polls it, while a probe measures how long a
// small query waits meanwhile. Target: the whole import under 30 s. PostgreSQL: DATABASE_URL, else
// postgres://postgres@127.0.0.1:5432/test (a temporary database is made and dropped).
import { sql } from "drizzle-orm";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { importJobStatus } from "~/.server/domain/logbook-excel/import-job-status";
import { importLogbook, logbookTemplate } from "~/.server/domain/logbook-excel/logbook-excel";
import { readWorkbook } from "~/.server/domain/logbook-excel/read-workbook";
import { runImportJob } from "~/.server/domain/logbook-excel/run-import-job";
import { stageUpload } from "~/.server/domain/logbook-excel/staged-uploads";
import { importJobName, startImportJob } from "~/.server/domain/logbook-excel/start-import-job";
import { startJobQueue } from "~/.server/jobs/job-queue";
import { setUpLogbookPlan } from "../tests/support/logbook-setup";
import { attendanceCount, eventsCount, people, workbook } from "./bench/import-workbook";
import { benchDatabase, openBench, spread, verdict } from "./bench/large-plan";

const database = await benchDatabase();
try {
  const h = await openBench(database.url);
  const s = await setUpLogbookPlan(h.db);
  const ctx = await openLogbook(h.db, s.manager, "logbog-test", "logbook.write");
  const bytes = await workbook(await logbookTemplate(h.db, ctx));
  const rows = people + eventsCount + attendanceCount;
  console.log(`\nPostgreSQL: en arbejdsbog med ${rows} rækker (${(bytes.length / 1e6).toFixed(1)} MB)`);
  let t = performance.now();
  await readWorkbook(bytes);
  const read = performance.now() - t;
  t = performance.now();
  const dry = await importLogbook(h.db, ctx, bytes, { dryRun: true });
  const check = performance.now() - t;
  if (!dry.ready) throw new Error(`Arbejdsbogen har problemer: ${JSON.stringify(dry.problems.slice(0, 3))}`);
  console.log(`  læs arbejdsbogen                                             ${read.toFixed(0).padStart(8)} ms`);
  console.log(`  læs og kontrollér hver række (--dry-run)                     ${check.toFixed(0).padStart(8)} ms`);

  const errors: string[] = [];
  const queue = await startJobQueue(
    h,
    { [importJobName]: (db, data) => runImportJob(db, s.cipher, data, (line) => errors.push(line)) },
    {},
    { err: (line) => errors.push(line) },
    { pollingIntervalSeconds: 0.5 },
  );
  const uploadId = await stageUpload(h.db, s.cipher, ctx, "logbog-100000.xlsx", bytes);
  t = performance.now();
  const id = await startImportJob(h.db, ctx, queue.send, uploadId);
  // A small query every 100 ms meanwhile: what another user's request waits for the database.
  const probes: number[] = [];
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const p = performance.now();
      await h.db.execute(sql`SELECT count(*) FROM users`);
      probes.push(performance.now() - p);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  let status = await importJobStatus(h.db, ctx, id);
  let shown = "";
  while (!status.finished) {
    await new Promise((r) => setTimeout(r, 1000));
    status = await importJobStatus(h.db, ctx, id);
    const line = `${status.phase} ${status.done}/${status.total}`;
    if (line !== shown)
      console.log(
        `  ${((performance.now() - t) / 1000).toFixed(1).padStart(5)} s  ${status.phase.padEnd(9)} ${status.done} af ${status.total}`,
      );
    shown = line;
  }
  const whole = performance.now() - t;
  probing = false;
  await probe;
  await queue.stop();
  if (!status.result?.imported)
    throw new Error(`Importen blev ikke gennemført: ${JSON.stringify(status.result)} ${errors}`);
  verdict(`hele importen i baggrunden: kontrollér og skriv ${status.result.created} rækker`, whole, 30_000);
  console.log(`  rækker pr. sekund: ${Math.round(status.result.created / (whole / 1000))}`);
  const p = spread(probes);
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(
    `  en lille forespørgsel imens (${probes.length} gange): p50 ${ms(p.p50)}, p99 ${ms(p.p99)}, højst ${ms(p.max)}`,
  );
  await h.close();
} finally {
  await database.drop();
}
process.exit(0);
