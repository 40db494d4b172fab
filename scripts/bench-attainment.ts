// npm run bench:attainment — the målopfyldelse dashboard of an example plan with a large generated
// logbook (BENCH_ATTENDANCE, default 270,000 attendance records) on PostgreSQL: the first request of
// a plan never read whole (every record read), the first request of a cold server after a restart
// (the kept snapshot and the changes since, decision 013c), warm requests, requests right after a registration, and the three aggregations of
// issue 13 on the same data in DuckDB, PostgreSQL SQL and the engine. Every figure is printed with
// its target and whether it is met; ratios are measured in this run.
// PostgreSQL: BENCH_DATABASE_URL (kept, reused), else a temporary database under DATABASE_URL or
// postgres://postgres@127.0.0.1:5432/test. BENCH_PGLITE=1 also times an in-memory PGlite.
import { eq, sql } from "drizzle-orm";
import type { Database } from "~/.server/db/client";
import { assemblePlan } from "~/.server/db/plan-store/assemble-plan";
import { loadPlanRows } from "~/.server/db/plan-store/load-plan-rows";
import { readStoredPlan } from "~/.server/db/plan-store/read-stored-plan";
import { logbookSnapshots } from "~/.server/db/schema";
import { forgetLiveFacts, liveFacts } from "~/.server/domain/attainment/live-logbook";
import { planAttainment } from "~/.server/domain/attainment/plan-attainment";
import { loadLogbookFacts } from "~/.server/domain/logbook/load-facts";
import { activityYearFigures } from "~/measures/grouped-figures";
import { onDuckDb, onPostgres } from "./bench/aggregations";
import { coldDashboardOverHttp } from "./bench/cold-http";
import { benchDatabase, largePlan, openBench, spread, system, today, verdict } from "./bench/large-plan";

const slug = process.env.BENCH_PLAN ?? "rum-for-liv";
const minimum = Number(process.env.BENCH_ATTENDANCE ?? 270_000);
const runs = Number(process.env.BENCH_RUNS ?? 15);
const median = (xs: number[]) => spread(xs).p50;
const time = async <T>(f: () => Promise<T> | T) => {
  const start = performance.now();
  const value = await f();
  return { ms: performance.now() - start, value };
};

/** A staff member's registration: an event like an existing one with its attendees (what the use cases write). */
const registration = (planId: string) => sql`
  WITH src AS (SELECT * FROM events WHERE plan_id = ${planId} AND deleted_at IS NULL ORDER BY random() LIMIT 1),
  ev AS (INSERT INTO events (id, organisation_id, plan_id, activity_id, type, date, headcount, breakdown)
    SELECT gen_random_uuid(), organisation_id, plan_id, activity_id, type, date, headcount, breakdown FROM src
    RETURNING id, organisation_id, plan_id)
  INSERT INTO attendance (id, organisation_id, plan_id, event_id, participant_id)
    SELECT gen_random_uuid(), ev.organisation_id, ev.plan_id, ev.id, a.participant_id
      FROM ev, attendance a WHERE a.event_id = (SELECT id FROM src)`;

/** Waits for the snapshot the first whole read writes in the background. */
async function snapshotWritten(db: Database, planId: string) {
  for (let i = 0; i < 600; i++) {
    const [row] = await db
      .select({ r: logbookSnapshots.revision })
      .from(logbookSnapshots)
      .where(eq(logbookSnapshots.planId, planId));
    if (row) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("Logbogens øjebliksbillede blev ikke skrevet.");
}

async function dashboard(url: string, kind: string) {
  const setup = await openBench(url);
  const { planId, attendance, organisationId } = await largePlan(setup.db, slug, minimum);
  await setup.close();
  console.log(`\n${kind}: ${slug}, ${attendance} fremmøder`);
  // A plan never read whole before: no snapshot, every record read (decision 013c).
  const first = await openBench(url);
  await first.db.delete(logbookSnapshots).where(eq(logbookSnapshots.planId, planId));
  const whole = await time(() => planAttainment(first.db, system, slug, undefined, today));
  const snapshotMs = await time(() => snapshotWritten(first.db, planId));
  await first.db.execute(registration(planId));
  // A restart: the first server's memory is gone too (a heap still holding it would slow the next read).
  forgetLiveFacts(first.db);
  await first.close();
  // A cold server after a restart: a new connection pool, nothing in memory, the snapshot and one write since.
  const h = await openBench(url);
  const overview = () => planAttainment(h.db, system, slug, undefined, today);
  const cold = await time(overview);
  const from = (await liveFacts(h.db, planId)).from;
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) warm.push((await time(overview)).ms);
  const afterWrite: number[] = [];
  for (let i = 0; i < runs; i++) {
    await h.db.execute(registration(planId));
    afterWrite.push((await time(overview)).ms);
  }
  // Five readers arriving together right after a write share one catch-up.
  await h.db.execute(registration(planId));
  const together = await time(() => Promise.all(Array.from({ length: 5 }, overview)));
  // The plan document every request needs: read from its 24 tables and assembled, or kept per revision.
  const fromTables: number[] = [];
  const keptCopy: number[] = [];
  for (let i = 0; i < runs; i++) {
    fromTables.push((await time(async () => assemblePlan(await loadPlanRows(h.db, planId)))).ms);
    keptCopy.push((await time(() => readStoredPlan(h.db, planId))).ms);
  }
  // The old way for reference: the whole logbook read again after a write.
  const reload = await time(() => loadLogbookFacts(h.db, planId));
  // The same first request as a user sends it: over HTTP to a freshly started server (built app).
  const overHttp = await coldDashboardOverHttp({
    url,
    db: h.db,
    organisationId,
    slug,
    restarts: 3,
    beforeEach: async () => {
      await h.db.execute(registration(planId));
    },
  });
  const w = median(warm);
  const a = spread(afterWrite);
  console.log(`  ${cold.value.rows.length} kriterier, periode ${cold.value.period}`);
  console.log(
    `  første visning af en plan, der aldrig er læst hel (ingen øjebliksbillede): ${whole.ms.toFixed(0)} ms; øjebliksbilledet skrevet i baggrunden på ${snapshotMs.ms.toFixed(0)} ms`,
  );
  verdict(`første visning, kold server i denne proces (logbogen læst fra: ${from})`, cold.ms, 1500);
  verdict(
    `første visning over HTTP, nystartet server (median af 3: ${overHttp.map((m) => m.toFixed(0)).join(", ")} ms)`,
    median(overHttp),
    1500,
  );
  verdict(`varm visning, median af ${runs}`, w, 150);
  verdict(`første visning efter en registrering, median af ${runs}`, a.p50, 250);
  verdict(`første visning efter en registrering, højeste af ${runs}`, a.max, 250);
  verdict("5 samtidige visninger lige efter en registrering, alle svar", together.ms, 250);
  const [tables, keptMs] = [median(fromTables), median(keptCopy)];
  console.log(
    `  planens dokument pr. visning: læst af 24 tabeller ${tables.toFixed(1)} ms, holdt pr. revision ${keptMs.toFixed(1)} ms = ${(tables / keptMs).toFixed(0)}× hurtigere`,
  );
  console.log(
    `  efter en registrering / varm: ${(a.p50 / w).toFixed(1)}×; hele logbogen læst igen (den gamle vej): ${reload.ms.toFixed(0)} ms = ${(reload.ms / a.p50).toFixed(0)}× en indhentning`,
  );
  await h.close();
  return planId;
}

async function aggregations(url: string, planId: string) {
  console.log(
    "\nDe tre sammentællinger (deltagere pr. aktivitet pr. år, gennemsnitligt fremmøde, arrangementer pr. type):",
  );
  const h = await openBench(url);
  const coldEngine = await time(async () => activityYearFigures(await loadLogbookFacts(h.db, planId)));
  const facts = (await liveFacts(h.db, planId)).facts;
  const engine: number[] = [];
  for (let i = 0; i < 7; i++) engine.push((await time(() => activityYearFigures(facts))).ms);
  await h.close();
  const duck = await onDuckDb(facts);
  const postgres = await onPostgres(url, planId);
  const e = median(engine);
  console.log(`  DuckDB, varm (median af 5)                                 ${duck.warm.toFixed(0).padStart(8)} ms`);
  console.log(
    `  PostgreSQL SQL, første kørsel / median af 5                ${postgres.cold.toFixed(0).padStart(8)} ms / ${postgres.warm.toFixed(0)} ms`,
  );
  console.log(
    `  motoren, kold (læs logbogen + regn)                        ${coldEngine.ms.toFixed(0).padStart(8)} ms`,
  );
  console.log(
    `  motoren, første kørsel på de læste fakta (personerne nummereres)${engine[0].toFixed(0).padStart(8)} ms`,
  );
  console.log(`  motoren, varm (median af 7)                                ${e.toFixed(0).padStart(8)} ms`);
  verdict("motoren varm ÷ DuckDB varm", e / duck.warm, 2, "×");
  verdict("motoren varm ÷ PostgreSQL SQL første kørsel", e / postgres.cold, 1, "×");
}

const database = await benchDatabase();
try {
  const planId = await dashboard(database.url, "PostgreSQL");
  await aggregations(database.url, planId);
  if (process.env.BENCH_PGLITE) await dashboard("pglite", "PGlite (i hukommelsen)");
} finally {
  await database.drop();
}
process.exit(0);
