// npm run bench:attainment — times the målopfyldelse overview of the example plans with a large
// generated logbook (≥ 200,000 attendance records), on PGlite and on PostgreSQL, and prints the
// median of repeated runs. PostgreSQL: DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test
// (a temporary database is made and dropped). Set BENCH_SKIP_PG=1 to time PGlite only.
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import pg from "pg";
import { type DatabaseHandle, openDatabase } from "~/.server/db/client";
import { attendance, plans } from "~/.server/db/schema";
import { planAttainment } from "~/.server/domain/attainment/plan-attainment";
import { generateDemoLogbook } from "~/.server/domain/demo/demo-logbook";
import { insertDemoLogbook } from "~/.server/domain/demo/insert-demo-logbook";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { parsePlanFile } from "~/plan-format/parse-plan-file";
import { createPostgresDatabase } from "../tests/support/test-database";

const system = { kind: "system", reason: "benchmark" } as const;
const runs = Number(process.env.BENCH_RUNS ?? 15);
const minimum = 200_000;
const budget = 150;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function bench(kind: string, handle: DatabaseHandle, slug: string) {
  const { db } = handle;
  const text = readFileSync(new URL(`../examples/plans/${slug}.yaml`, import.meta.url), "utf8");
  const parsed = parsePlanFile(text);
  if (!parsed.ok) throw new Error(`${slug} er ugyldig`);
  await importPlan(db, system, { text });
  const [plan] = await db.select().from(plans).where(eq(plans.slug, slug));
  // Grow the logbook until it holds at least 200,000 attendance records.
  let scale = 23;
  let logbook = generateDemoLogbook(parsed.plan, { seed: 7, scale, today: parsed.plan.period.end });
  while (logbook.attendance.length < minimum) {
    scale = Math.ceil((scale * minimum * 1.05) / Math.max(1, logbook.attendance.length));
    logbook = generateDemoLogbook(parsed.plan, { seed: 7, scale, today: parsed.plan.period.end });
  }
  const inserted = await insertDemoLogbook(db, { planId: plan.id, organisationId: plan.organisationId }, logbook);
  const rows = (await db.select({ id: attendance.id }).from(attendance).where(eq(attendance.planId, plan.id))).length;
  const overview = async () => {
    const start = performance.now();
    const a = await planAttainment(db, system, slug, "plan", "2026-11-23");
    return { ms: performance.now() - start, criteria: a.rows.length };
  };
  const cold = await overview();
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) warm.push((await overview()).ms);
  // After a registration the logbook is read again: time that too (a new event each run).
  const afterWrite: number[] = [];
  for (let i = 0; i < 5; i++) {
    await db.execute(
      `UPDATE events SET updated_at = now() WHERE id = (SELECT id FROM events WHERE plan_id = '${plan.id}' LIMIT 1)`,
    );
    afterWrite.push((await overview()).ms);
  }
  const m = median(warm);
  console.log(
    `${kind.padEnd(10)} ${slug.padEnd(18)} ${String(rows).padStart(7)} fremmøder, ${cold.criteria} kriterier · ` +
      `median ${m.toFixed(1)} ms over ${runs} kørsler (første ${cold.ms.toFixed(0)} ms; efter en ny registrering median ${median(afterWrite).toFixed(0)} ms) · indsat på ${(inserted.milliseconds / 1000).toFixed(1)} s`,
  );
  return m;
}

async function onPglite(slug: string) {
  const handle = await openDatabase({ dataDir: "memory" });
  await handle.migrate();
  try {
    return await bench("PGlite", handle, slug);
  } finally {
    await handle.close();
  }
}

async function onPostgres(slug: string) {
  const admin = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const probe = new pg.Client({ connectionString: admin });
  try {
    await probe.connect();
    await probe.end();
  } catch {
    console.log(`PostgreSQL  ikke tilgængelig på ${new URL(admin).host}; springes over.`);
    return undefined;
  }
  const created = await createPostgresDatabase(admin);
  const handle = await openDatabase({ databaseUrl: created.url, dataDir: "memory" });
  await handle.migrate();
  try {
    return await bench("PostgreSQL", handle, slug);
  } finally {
    await handle.close();
    await created.drop();
  }
}

const slugs = (process.env.BENCH_PLANS ?? "rum-for-liv,staermosegaarden").split(",");
const medians: number[] = [];
for (const slug of slugs) {
  medians.push(await onPglite(slug));
  if (!process.env.BENCH_SKIP_PG) {
    const m = await onPostgres(slug);
    if (m !== undefined) medians.push(m);
  }
}
const worst = Math.max(...medians);
console.log(
  worst < budget ? `OK: alle medianer under ${budget} ms.` : `FOR LANGSOMT: ${worst.toFixed(0)} ms > ${budget} ms.`,
);
process.exit(worst < budget ? 0 : 1);
