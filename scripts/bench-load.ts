// npm run bench:load — the real server (helhed serve, built app) on PostgreSQL with a 270k-attendance
// plan, driven over HTTP:
//  1. 5 staff registering events (each every BENCH_WRITE_EVERY_MS, default 30 s as in issue 13, a
//     random first delay) while 5 managers keep the målopfyldelse dashboard open (autocannon, 5
//     connections, each once a second) for BENCH_SECONDS (60);
//  2. a read mix (dashboard, plan pages, a criterion) at a fixed 200 requests a second, open loop
//     (bench/open-loop.ts: evenly spread over each second, sent when due whether or not earlier ones
//     were answered, each timed from when it was due; decision 013h) for BENCH_SECONDS,
//     on a server of BENCH_WORKERS processes (HELHED_WORKERS, default 2: the machine's cores), first
//     as browsers ask (gzip or brotli), then uncompressed as before; the same mix on one process is
//     printed beside it, measured in the same run.
// Part 1 runs once per HELHED_LIVE_WAIT_MS in BENCH_LIVE_WAITS (default "600000,150": readers that
// wait for every catch-up, as before, then readers given the figures computed last after 150 ms), on
// a fresh server each, and prints their ratio: the same machine, the same minute.
// Every figure is printed with its target and whether it is met. Run `npm run build` first.
import autocannon from "autocannon";
import { startHttpServer } from "../tests/support/http-server";
import { signedInMembers } from "./bench/http-users";
import { benchDatabase, largePlan, openBench, spread, verdict } from "./bench/large-plan";
import { openLoop } from "./bench/open-loop";

const slug = process.env.BENCH_PLAN ?? "rum-for-liv";
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const writeEvery = Number(process.env.BENCH_WRITE_EVERY_MS ?? 30_000);
const rate = Number(process.env.BENCH_RATE ?? 200);
const waits = (process.env.BENCH_LIVE_WAITS ?? "600000,150").split(",").map(Number);
const workers = Number(process.env.BENCH_WORKERS ?? 2);

const database = await benchDatabase();
const setup = await openBench(database.url);
const { organisationId, plan, attendance } = await largePlan(
  setup.db,
  slug,
  Number(process.env.BENCH_ATTENDANCE ?? 270_000),
);
const [writerTokens, readerTokens] = [
  await signedInMembers(setup.db, organisationId, "planManager", 5),
  await signedInMembers(setup.db, organisationId, "planManager", 5),
];
const activity = plan.focusAreas.flatMap((f) => f.activities)[0];
const eventType = plan.logbook?.eventTypes[0]?.key;
await setup.close();
if (!activity || !eventType) throw new Error("Planen har ingen aktivitet eller ingen arrangementstyper.");

let server = await startHttpServer({ DATABASE_URL: database.url }, { HELHED_LIVE_WAIT_MS: String(waits[0]) });
const dashboard = `/planer/${slug}/maalopfyldelse`;
const headersOf = (token: string) => {
  const a = server.auth(token);
  return { cookie: a.cookie, origin: a.origin, csrf: a.csrf };
};

/** One staff member: an event every `writeEvery` ms (first after a random part of it), each save timed. */
async function writer(token: string, until: number, saves: number[], errors: string[]) {
  const { cookie, origin, csrf } = headersOf(token);
  await new Promise((r) => setTimeout(r, Math.random() * writeEvery));
  while (Date.now() < until) {
    const body = new URLSearchParams({
      _csrf: csrf,
      activityKey: activity?.key ?? "",
      type: eventType ?? "",
      date: plan.period.start,
      headcount: "12",
    });
    const start = performance.now();
    const res = await fetch(`${server.base}/log/${slug}/ny/arrangement`, {
      method: "POST",
      headers: { cookie, origin, "content-type": "application/x-www-form-urlencoded" },
      body,
      redirect: "manual",
    });
    await res.arrayBuffer();
    saves.push(performance.now() - start);
    if (res.status !== 302 && res.status !== 303) errors.push(`gem: ${res.status}`);
    await new Promise((r) => setTimeout(r, writeEvery));
  }
}

function cannon(options: autocannon.Options) {
  return new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

/** Part 1 on the running server: 5 writers and 5 dashboard readers; returns the dashboard's p50 and p99. */
async function writersAndReaders(wait: number) {
  // Warm the server first, as a server that has run a while is (the cold figure is bench:attainment's).
  await fetch(`${server.base}${dashboard}`, { headers: { cookie: headersOf(readerTokens[0]).cookie } });
  const saves: number[] = [];
  const errors: string[] = [];
  const until = Date.now() + seconds * 1000;
  const [readers] = await Promise.all([
    cannon({
      url: server.base,
      connections: 5,
      overallRate: 5,
      duration: seconds,
      requests: readerTokens.map((t) => ({ method: "GET", path: dashboard, headers: { cookie: headersOf(t).cookie } })),
    }),
    ...writerTokens.map((t) => writer(t, until, saves, errors)),
  ]);
  const s = spread(saves);
  console.log(
    `\n1. 5 skrivende (hver ${writeEvery / 1000} s) og 5 læsere af målopfyldelsen (hver 1 s), HELHED_LIVE_WAIT_MS=${wait}:`,
  );
  console.log(`   ${readers.requests.total} visninger, ${saves.length} gemte arrangementer`);
  verdict("målopfyldelse p50", readers.latency.p50, 250);
  verdict("målopfyldelse p99", readers.latency.p99, 250);
  verdict("gem arrangement p50", s.p50, 150);
  verdict("gem arrangement p99", s.p99, 150);
  verdict(
    "fejl (svar ≠ 2xx, forbindelsesfejl, fejlede gem)",
    readers.errors + readers.non2xx + errors.length,
    1,
    "stk",
  );
  return { p50: readers.latency.p50, p99: readers.latency.p99, saveP99: s.p99 };
}

try {
  console.log(`\nPostgreSQL, ${slug} med ${attendance} fremmøder, ${seconds} s pr. del`);
  const runs: { wait: number; p50: number; p99: number; saveP99: number }[] = [];
  for (const [i, wait] of waits.entries()) {
    if (i > 0) {
      await server.close();
      server = await startHttpServer({ DATABASE_URL: database.url }, { HELHED_LIVE_WAIT_MS: String(wait) });
    }
    runs.push({ wait, ...(await writersAndReaders(wait)) });
  }
  if (runs.length > 1) {
    const [a, b] = [runs[0], runs[runs.length - 1]];
    const ratio = (x: number, y: number) => (y > 0 ? (x / y).toFixed(1) : "–");
    console.log(`\n   Forhold (vent ${a.wait} ms ÷ vent ${b.wait} ms), samme kørsel:`);
    console.log(
      `   målopfyldelse p50 ${ratio(a.p50, b.p50)}×, p99 ${ratio(a.p99, b.p99)}×; gem p99 ${ratio(a.saveP99, b.saveP99)}×`,
    );
  }

  /** The read mix at `rate` a second for `seconds` on the running server; `encoding` as a browser asks, or none. */
  const readMix = async (label: string, encoding?: string) => {
    const mix = readerTokens.flatMap((t) =>
      [dashboard, `/planer/${slug}`, `/planer/${slug}/maalopfyldelse?periode=PY2`, `/log`].map((path) => ({
        path,
        headers: { cookie: headersOf(t).cookie, ...(encoding ? { "accept-encoding": encoding } : {}) },
      })),
    );
    // Every page opened first, as the managers have before (the cold figure is bench:attainment's),
    // until every server process has read the plan and kept every page: rounds of the whole mix, all
    // at once on new connections (one after another, they may all go to the same process), until
    // 2 × processes rounds running answer only kept pages.
    for (let round = 0, settled = 0; round < 40 && settled < 2 * workers; round++) {
      const answers = await Promise.all(
        mix.map(async (m) => {
          const res = await fetch(`${server.base}${m.path}`, { headers: { ...m.headers, connection: "close" } });
          await res.arrayBuffer();
          return (res.headers.get("server-timing") ?? "").includes('render;desc="kept"');
        }),
      );
      settled = answers.every(Boolean) ? settled + 1 : 0;
    }
    const open = await openLoop({ base: server.base, rate, seconds, requests: mix, connections: 100 });
    console.log(
      `\n2. Blandet læsning med fast rate ${rate} forespørgsler/s (åben løkke, jævnt fordelt, 100 forbindelser), ${label}:`,
    );
    console.log(`   ${open.answered} svar, gennemsnit ${open.rate.toFixed(0)}/s`);
    verdict("p50 (fra det tidspunkt forespørgslen skulle sendes)", open.latency.p50, 250);
    verdict("p99 (fra det tidspunkt forespørgslen skulle sendes)", open.latency.p99, 250);
    verdict("opnået rate (forespørgsler/s, skal nå målet)", rate - open.rate, 1, "mangler");
    verdict("fejl (svar ≠ 2xx, forbindelsesfejl, timeouts)", open.errors, 1, "stk");
    return open.latency.p99;
  };
  const single = await readMix("1 serverproces, ukomprimeret");
  await server.close();
  server = await startHttpServer({ DATABASE_URL: database.url }, { HELHED_WORKERS: String(workers) });
  const compressed = await readMix(
    `${workers} serverprocesser (HELHED_WORKERS), gzip/brotli som en browser`,
    "br, gzip",
  );
  const plain = await readMix(`${workers} serverprocesser (HELHED_WORKERS), ukomprimeret`);
  console.log(
    `\n   Forhold p99 (1 proces ÷ ${workers} processer, ukomprimeret), samme kørsel: ${(single / Math.max(1, plain)).toFixed(1)}×`,
  );
  console.log(`   (komprimeret p99 ${compressed.toFixed(0)} ms)`);
  // For comparison with figures measured before decision 013h: autocannon's overallRate on the same
  // server, which sends each second's 200 requests at once and weights each latency by itself.
  const bursts = await cannon({
    url: server.base,
    connections: 100,
    overallRate: rate,
    duration: seconds,
    requests: readerTokens.map((t) => ({ method: "GET", path: dashboard, headers: { cookie: headersOf(t).cookie } })),
  });
  console.log(
    `\n   Til sammenligning, autocannon overallRate ${rate} (${rate} på én gang hvert sekund, vægtet; kun målopfyldelsen): p50 ${bursts.latency.p50} ms, p99 ${bursts.latency.p99} ms`,
  );
  console.log(`   serverens RSS: ${server.rssMb().toFixed(0)} MB`);
} finally {
  await server.close();
  await database.drop();
}
process.exit(0);
