// npm run bench:import — a 100,000-row Excel logbook import on PostgreSQL, in this process, timed
// by phase: reading the workbook, checking every row, and the whole import (check again and write
// in one transaction). Target: the whole import under 30 s. PostgreSQL: DATABASE_URL, else
// postgres://postgres@127.0.0.1:5432/test (a temporary database is made and dropped).

import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { importLogbook, logbookTemplate } from "~/.server/domain/logbook-excel/logbook-excel";
import { readWorkbook } from "~/.server/domain/logbook-excel/read-workbook";
import { setUpLogbookPlan } from "../tests/support/logbook-setup";
import { attendanceCount, eventsCount, people, workbook } from "./bench/import-workbook";
import { benchDatabase, openBench, verdict } from "./bench/large-plan";

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
  t = performance.now();
  const done = await importLogbook(h.db, ctx, bytes);
  const whole = performance.now() - t;
  if (!done.imported) throw new Error("Importen blev ikke gennemført.");
  console.log(`  læs arbejdsbogen                                             ${read.toFixed(0).padStart(8)} ms`);
  console.log(`  læs og kontrollér hver række (--dry-run)                     ${check.toFixed(0).padStart(8)} ms`);
  verdict(`hele importen: læs, kontrollér og skriv ${done.totals.create} rækker`, whole, 30_000);
  console.log(`  rækker pr. sekund: ${Math.round(done.totals.create / (whole / 1000))}`);
  await h.close();
} finally {
  await database.drop();
}
process.exit(0);
