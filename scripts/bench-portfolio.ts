// npm run bench:portfolio — the portfolio page over a national set of plans on PostgreSQL, through
// the real server: the first visit with no lines kept (< 2 s: what the page cannot compute in its time
// is computed in the background, and the bench waits for it), then every plan's dashboard visited once,
// then the portfolio page again (target < 2 s), the server's memory (target < BENCH_RSS_MB,
// default 1,536 MB, with HELHED_LIVE_RECORDS (default here 2,000,000) bounding the logbooks kept in
// memory and BENCH_NODE_OPTIONS (default --max-old-space-size=1024) the server's heap), and after a
// restart the portfolio for the whole plan and for a year from the lines kept in the database (< 2 s),
// and the portfolio after registrations in half the plans (< 2 s; lines not computed in time marked).
// Data: BENCH_DATABASE_URL holding plans made by `npm run generate:national`, else a temporary
// database filled here with NATIONAL_PLANS (100) plans and NATIONAL_ATTENDANCE (20,000,000) records.
// Run `npm run build` first.
import { randomUUID } from "node:crypto";
import { count, sql } from "drizzle-orm";
import { attendance, organisations, planShares, plans, portfolioLines } from "~/.server/db/schema";
import { startHttpServer } from "../tests/support/http-server";
import { signedInMembers } from "./bench/http-users";
import { benchDatabase, openBench, spread, verdict } from "./bench/large-plan";
import { generateNational } from "./bench/national";

const rssBound = Number(process.env.BENCH_RSS_MB ?? 1536);
const database = await benchDatabase();
const setup = await openBench(database.url);
if (!process.env.BENCH_DATABASE_URL) {
  const start = performance.now();
  const count = Number(process.env.NATIONAL_PLANS ?? 100);
  const attendance = Number(process.env.NATIONAL_ATTENDANCE ?? 20_000_000);
  await generateNational(setup.db, { plans: count, attendance });
  console.log(
    `(${count} planer, ${attendance} fremmøder genereret på ${((performance.now() - start) / 1000).toFixed(0)} s)`,
  );
}
// A portfolio reader (LBF) whom every plan is shared with.
const lbf = randomUUID();
await setup.db
  .insert(organisations)
  .values({ id: lbf, name: `Landsbyggefonden ${lbf.slice(0, 6)}`, slug: `lbf-${lbf.slice(0, 8)}` });
const all = await setup.db.select({ id: plans.id, slug: plans.slug }).from(plans);
await setup.db.insert(planShares).values(all.map((p) => ({ id: randomUUID(), planId: p.id, organisationId: lbf })));
const [token] = await signedInMembers(setup.db, lbf, "portfolioReader", 1);
const [{ n: records }] = await setup.db.select({ n: count() }).from(attendance);
// Lines kept by an earlier run go: the first visit has none.
await setup.db.delete(portfolioLines);
await setup.close();

const start = () =>
  startHttpServer(
    { DATABASE_URL: database.url },
    {
      HELHED_LIVE_RECORDS: process.env.HELHED_LIVE_RECORDS ?? "2000000",
      // A heap limit makes V8 collect before the process grows past the bound; the LRU keeps the live set under it.
      NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS ?? "--max-old-space-size=1024",
    },
  );
let server = await start();
const cookie = server.auth(token).cookie;
let peak = 0;
const get = async (path: string) => {
  const start = performance.now();
  const res = await fetch(`${server.base}${path}`, { headers: { cookie } });
  const body = await res.text();
  peak = Math.max(peak, server.rssMb());
  if (res.status !== 200) throw new Error(`${path} svarede ${res.status}: ${body.slice(0, 200)}`);
  return { ms: performance.now() - start, body };
};
/** Lines shown as they were (marked) or as being computed: what the page had no time to compute. */
const behind = (body: string) => (body.match(/portfolio-earlier|portfolio-pending/g) ?? []).length;
/** Opens the page once a second until every line is current; prints how long the background took. */
async function untilCurrent(path: string, from: { body: string }) {
  const since = performance.now();
  let page = from;
  while (behind(page.body) > 0 && performance.now() - since < 600_000) {
    await new Promise((r) => setTimeout(r, 1000));
    page = await get(path);
  }
  console.log(
    `    alle linjer aktuelle efter ${((performance.now() - since) / 1000).toFixed(0)} s i baggrunden (${behind(page.body)} tilbage)`,
  );
}
try {
  console.log(`\nPostgreSQL: ${all.length} planer, ${records} fremmøder i alt`);
  const first = await get("/portefoelje");
  const rows = (first.body.match(/<tr>/g) ?? []).length - 1;
  verdict(
    `første visning, ingen linjer gemt (${rows} planer, ${behind(first.body)} regnes i baggrunden)`,
    first.ms,
    2000,
  );
  await untilCurrent("/portefoelje", first);
  const dashboards: number[] = [];
  for (const p of all) dashboards.push((await get(`/planer/${p.slug}/maalopfyldelse`)).ms);
  const d = spread(dashboards);
  console.log(`  hver plans målopfyldelse besøgt: median ${d.p50.toFixed(0)} ms, højeste ${d.max.toFixed(0)} ms`);
  const again: number[] = [];
  for (let i = 0; i < 5; i++) again.push((await get("/portefoelje")).ms);
  const s = spread(again);
  verdict("porteføljen, alle planer besøgt, median af 5", s.p50, 2000);
  verdict("porteføljen, alle planer besøgt, højeste af 5", s.max, 2000);
  const year = await get("/portefoelje?periode=2016");
  verdict(`porteføljen for 2016, ny periode (${behind(year.body)} regnes i baggrunden)`, year.ms, 2000);
  await untilCurrent("/portefoelje?periode=2016", year);
  verdict("serverens højeste RSS undervejs (MB)", peak, rssBound, "MB");
  // A restart (a deployment, a new server process): the lines kept in the database are shown, no plan
  // is computed. The same holds for the day's first reader after the nightly job.
  await server.close();
  server = await start();
  const restarted = await get("/portefoelje");
  const restartedYear = await get("/portefoelje?periode=2016");
  verdict(`porteføljen efter genstart (${behind(restarted.body)} ikke aktuelle)`, restarted.ms, 2000);
  verdict(`porteføljen for 2016 efter genstart (${behind(restartedYear.body)} ikke aktuelle)`, restartedYear.ms, 2000);
  // As during a working day: staff in half the plans register an event, then a reader opens the
  // portfolio. Lines not computed within the page's time are shown as they were (marked) and
  // computed in the background.
  const writes = await openBench(database.url);
  for (const p of all.filter((_, i) => i % 2 === 0))
    await writes.db.execute(sql`
      INSERT INTO events (id, organisation_id, plan_id, activity_id, type, date, headcount, breakdown)
      SELECT gen_random_uuid(), organisation_id, plan_id, activity_id, type, date, headcount, breakdown
        FROM events WHERE plan_id = ${p.id} LIMIT 1`);
  await writes.close();
  const afterWrites = await get("/portefoelje");
  verdict(
    `porteføljen efter registreringer i ${Math.ceil(all.length / 2)} planer (${behind(afterWrites.body)} vist som før, markeret)`,
    afterWrites.ms,
    2000,
  );
  await untilCurrent("/portefoelje", afterWrites);
} finally {
  await server.close();
  await database.drop();
}
process.exit(0);
