// Shared by the benchmarks: a database (PostgreSQL by default) holding an example plan with a
// generated logbook of at least N attendance records, made once and reused when BENCH_DATABASE_URL
// names a database that already holds it.
import { readFileSync } from "node:fs";
import { count, eq } from "drizzle-orm";
import pg from "pg";
import { type DatabaseHandle, openDatabase } from "~/.server/db/client";
import { attendance, plans } from "~/.server/db/schema";
import { generateDemoLogbook } from "~/.server/demo/demo-logbook";
import { insertDemoLogbook } from "~/.server/demo/insert-demo-logbook";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { parsePlanFile } from "~/plan-format/parse-plan-file";
import { createPostgresDatabase } from "../../tests/support/test-database";

export const system = { kind: "system", reason: "benchmark" } as const;
export const today = "2026-11-23";

/** Median, 90th and 99th percentile and maximum of a list of milliseconds. */
export function spread(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: s[s.length - 1] ?? 0 };
}

/** "1234 ms (mål < 1500 ms: nået)": a figure with its target and whether it is met. */
export function verdict(label: string, value: number, target: number, unit = "ms") {
  const ok = value < target;
  console.log(
    `  ${label.padEnd(58)} ${value.toFixed(unit === "ms" ? 0 : 2).padStart(8)} ${unit}   mål < ${target} ${unit}: ${ok ? "NÅET" : "IKKE NÅET"}`,
  );
  return ok;
}

/** A PostgreSQL database to run on: BENCH_DATABASE_URL (kept), else a temporary one (dropped). */
export async function benchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, drop: async () => {} };
  const admin = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const probe = new pg.Client({ connectionString: admin });
  await probe.connect();
  await probe.end();
  return createPostgresDatabase(admin);
}

/** Opens and migrates a database (PostgreSQL URL, or "pglite" for an in-memory PGlite). */
export async function openBench(url: string): Promise<DatabaseHandle> {
  const handle =
    url === "pglite"
      ? await openDatabase({ dataDir: "memory" })
      : await openDatabase({ databaseUrl: url, dataDir: "memory" });
  await handle.migrate();
  return handle;
}

/** The plan's id, with its logbook grown to at least `minimum` attendance records (made only when missing). */
export async function largePlan(db: DatabaseHandle["db"], slug: string, minimum: number) {
  const text = readFileSync(new URL(`../../examples/plans/${slug}.yaml`, import.meta.url), "utf8");
  const parsed = parsePlanFile(text);
  if (!parsed.ok) throw new Error(`${slug} er ugyldig`);
  let [plan] = await db.select().from(plans).where(eq(plans.slug, slug));
  if (plan) {
    const [{ n }] = await db.select({ n: count() }).from(attendance).where(eq(attendance.planId, plan.id));
    if (n >= minimum) return { planId: plan.id, organisationId: plan.organisationId, plan: parsed.plan, attendance: n };
    throw new Error(`${slug} findes med for få fremmøder (${n}); brug en tom database.`);
  }
  await importPlan(db, system, { text });
  [plan] = await db.select().from(plans).where(eq(plans.slug, slug));
  let scale = 23;
  let logbook = generateDemoLogbook(parsed.plan, { seed: 7, scale, today: parsed.plan.period.end });
  while (logbook.attendance.length < minimum) {
    scale = Math.ceil((scale * minimum * 1.03) / Math.max(1, logbook.attendance.length));
    logbook = generateDemoLogbook(parsed.plan, { seed: 7, scale, today: parsed.plan.period.end });
  }
  const inserted = await insertDemoLogbook(db, { planId: plan.id, organisationId: plan.organisationId }, logbook);
  console.log(
    `  (logbog genereret: ${logbook.attendance.length} fremmøder, indsat på ${(inserted.milliseconds / 1000).toFixed(1)} s)`,
  );
  return {
    planId: plan.id,
    organisationId: plan.organisationId,
    plan: parsed.plan,
    attendance: logbook.attendance.length,
  };
}
