// npm run bench:audit — the audit log's cost per row with 10,000 and with 1,000,000 rows already in
// it, on PostgreSQL (DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test; a temporary
// database is made and dropped) and on PGlite (BENCH_SKIP_PGLITE=1 skips it). An insert must cost
// the same at both sizes (within 2×), and so must sealing a row into the hash chain.
import { sql } from "drizzle-orm";
import { recordAudit } from "~/.server/audit/record-audit";
import { sealAuditLog } from "~/.server/audit/seal-audit-log";
import { type DatabaseHandle, openDatabase } from "~/.server/db/client";
import { rawRows } from "~/.server/db/raw-rows";
import { createPostgresDatabase } from "../tests/support/test-database";

const perRound = Number(process.env.BENCH_ROWS ?? 2_000);
const rounds = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const actor = {
  kind: "user" as const,
  userId: "00000000-0000-4000-8000-000000000001",
  email: "bench@helhed.test",
  name: "Bench",
  memberships: [],
  assignedActivityIds: new Set<string>(),
};

/** Grows the log to `total` sealed rows in bulk (as the owner, triggers off: only filling). */
async function fillTo(db: DatabaseHandle["db"], total: number) {
  const [row] = await rawRows<{ n: number }>(db, sql`SELECT coalesce(max(seq), 0)::int AS n FROM audit_events`);
  const from = Number(row.n) + 1;
  if (from > total) return;
  await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
  for (let start = from; start <= total; start += 100_000) {
    const end = Math.min(total, start + 99_999);
    await db.execute(sql`INSERT INTO audit_events (at, actor_user_id, actor_email, organisation_id, action, resource_type,
        resource_id, person_id, outcome, details, seq, prev_hash, hash)
      SELECT now() - (g || ' seconds')::interval, ${actor.userId}, ${actor.email}, gen_random_uuid(), 'person.read', 'participant',
        g::text, gen_random_uuid(), 'allowed', jsonb_build_object('activity', 'lektiecafe'), g,
        md5((g - 1)::text) || md5((g - 1)::text), md5(g::text) || md5(g::text)
      FROM generate_series(${start}::int, ${end}::int) g`);
  }
  await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
  await db.execute(sql`ANALYZE audit_events`);
}

/** The median cost per row, in ms, of audited inserts one statement at a time, and of sealing them. */
async function measure(db: DatabaseHandle["db"]) {
  const insert: number[] = [];
  const seal: number[] = [];
  // The first round warms caches and the connection; it is not counted.
  for (let r = -1; r < rounds; r++) {
    let t = performance.now();
    for (let i = 0; i < perRound; i++)
      await recordAudit(db, actor, {
        action: "person.read",
        resourceType: "participant",
        resourceId: String(i),
        personId: "00000000-0000-4000-8000-000000000002",
        organisationId: "00000000-0000-4000-8000-000000000003",
        outcome: "allowed",
      });
    const inserted = (performance.now() - t) / perRound;
    t = performance.now();
    const sealed = await sealAuditLog(db);
    if (sealed !== perRound) throw new Error(`forseglede ${sealed}, ventede ${perRound}`);
    if (r < 0) continue;
    insert.push(inserted);
    seal.push((performance.now() - t) / perRound);
  }
  return { insert: median(insert), seal: median(seal) };
}

async function bench(kind: string, handle: DatabaseHandle) {
  const { db } = handle;
  await fillTo(db, 10_000);
  const small = await measure(db);
  await fillTo(db, 1_000_000);
  const large = await measure(db);
  const ratio = { insert: large.insert / small.insert, seal: large.seal / small.seal };
  const f = (x: number) => x.toFixed(3);
  console.log(
    `${kind.padEnd(10)} indsæt pr. række: ${f(small.insert)} ms ved 10k, ${f(large.insert)} ms ved 1M (forhold ${ratio.insert.toFixed(2)}) · ` +
      `forsegling pr. række: ${f(small.seal)} ms ved 10k, ${f(large.seal)} ms ved 1M (forhold ${ratio.seal.toFixed(2)})`,
  );
  return Math.max(ratio.insert, ratio.seal);
}

async function main() {
  const worst: number[] = [];
  const admin = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const created = await createPostgresDatabase(admin);
  const pgHandle = await openDatabase({ databaseUrl: created.url, dataDir: "memory" });
  try {
    await pgHandle.migrate();
    worst.push(await bench("PostgreSQL", pgHandle));
  } finally {
    await pgHandle.close();
    await created.drop();
  }
  if (!process.env.BENCH_SKIP_PGLITE) {
    const lite = await openDatabase({ dataDir: "memory" });
    try {
      await lite.migrate();
      worst.push(await bench("PGlite", lite));
    } finally {
      await lite.close();
    }
  }
  const ok = worst.every((r) => r <= 2);
  console.log(ok ? "Inden for 2× ved 1M rækker: ja" : "Inden for 2× ved 1M rækker: NEJ");
  process.exit(ok ? 0 : 1);
}

await main();
