import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "~/.server/audit/record-audit";
import { sealAuditLog } from "~/.server/audit/seal-audit-log";
import { verifyAuditChain } from "~/.server/audit/verify-audit-chain";
import { FieldCipher } from "~/.server/crypto/field-encryption";
import { type DatabaseHandle, openDatabase } from "~/.server/db/client";
import { rawRows } from "~/.server/db/raw-rows";
import { helhedJobs, helhedSchedules } from "~/.server/jobs/helhed-jobs";
import { startJobQueue } from "~/.server/jobs/job-queue";
import { runCli } from "../support/cli";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const system = { kind: "system" as const, reason: "test" };
const audit = (db: DatabaseHandle["db"], i: number) =>
  recordAudit(db, system, {
    action: "test.write",
    resourceType: "test",
    resourceId: String(i),
    outcome: "allowed",
    details: { i, text: 'æøå | "citat"' },
  });

describe(`the audit log on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle & { url?: string };
  beforeAll(async () => {
    h = await createTestDatabase();
  });
  afterAll(async () => h.close());

  it("inserts rows unsealed, seals them in order, and the chain verifies outside the database", async () => {
    for (let i = 0; i < 30; i++) await audit(h.db, i);
    const waiting = await rawRows<{ n: number }>(
      h.db,
      sql`SELECT count(*)::int AS n FROM audit_events WHERE seq IS NULL`,
    );
    expect(Number(waiting[0].n)).toBe(30);
    expect(await sealAuditLog(h.db, 7)).toBe(30);
    const rows = await rawRows<{ seq: number; ok: boolean }>(
      h.db,
      sql`SELECT seq, hash = audit_event_hash(prev_hash, audit_events) AS ok FROM audit_events ORDER BY seq`,
    );
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(rows.every((r) => r.ok)).toBe(true);
    expect(await verifyAuditChain(h.db)).toEqual({
      sealed: 30,
      unsealed: 0,
      oldestUnsealedAt: null,
      firstBroken: null,
    });
  });

  it("refuses every change but a correct seal, even a forged seal", async () => {
    await expect(h.db.execute(sql`UPDATE audit_events SET reason = 'skjult' WHERE seq = 3`)).rejects.toThrow();
    await expect(h.db.execute(sql`DELETE FROM audit_events WHERE seq = 3`)).rejects.toThrow();
    await expect(h.db.execute(sql`TRUNCATE audit_events`)).rejects.toThrow();
    await expect(
      h.db.execute(
        sql`INSERT INTO audit_events (action, resource_type, outcome, seq, hash) VALUES ('x', 'y', 'allowed', 31, 'abc')`,
      ),
    ).resolves.toBeDefined();
    // The insert above was made unsealed whatever it claimed; a hand-made seal is refused.
    await expect(
      h.db.execute(sql`UPDATE audit_events SET seq = 31, prev_hash = 'forged', hash = 'forged' WHERE seq IS NULL`),
    ).rejects.toThrow();
    await sealAuditLog(h.db);
    expect((await verifyAuditChain(h.db)).firstBroken).toBeNull();
  });

  it("`helhed audit verify` names the first broken link when a row is changed or removed in the database", async () => {
    const ok = await runCli(["audit", "verify"], {}, process.cwd(), h);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("Revisionsloggen er hel: 31 forseglede rækker");
    // An intruder with the owner's rights switches the protection off and edits a row.
    await h.db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
    await h.db.execute(sql`UPDATE audit_events SET reason = 'skjult' WHERE seq = 12`);
    const changed = await runCli(["audit", "verify"], {}, process.cwd(), h);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain("brudt ved række nr. 12");
    expect(changed.stderr).toContain("ændret");
    await h.db.execute(sql`DELETE FROM audit_events WHERE seq IN (12, 13)`);
    const removed = await verifyAuditChain(h.db);
    expect(removed.firstBroken).toMatchObject({ seq: 14, problem: "missing" });
    await h.db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
  });

  it.runIf(testDatabaseKind === "postgres")(
    "an open transaction's audit row blocks neither other inserts nor the sealer",
    async () => {
      const a = new pg.Client({ connectionString: h.url });
      await a.connect();
      try {
        await a.query("BEGIN");
        await a.query(`INSERT INTO audit_events (action, resource_type, outcome) VALUES ('long', 'import', 'allowed')`);
        const started = Date.now();
        await audit(h.db, 99);
        const sealed = await sealAuditLog(h.db);
        expect(Date.now() - started).toBeLessThan(5_000);
        expect(sealed).toBe(1);
        await a.query("COMMIT");
        expect(await sealAuditLog(h.db)).toBe(1);
      } finally {
        await a.end();
      }
    },
  );
});

describe.runIf(testDatabaseKind === "postgres")("the application's own PostgreSQL role", () => {
  let h: DatabaseHandle & { url?: string };
  const role = `helhed_app_${randomBytes(4).toString("hex")}`;
  let app: pg.Client;
  beforeAll(async () => {
    h = await createTestDatabase();
    await h.db.execute(sql.raw(`CREATE ROLE ${role} LOGIN`));
    const appUrl = new URL(h.url as string);
    appUrl.username = role;
    const migrated = await runCli(["db", "migrate"], {
      DATABASE_URL: appUrl.toString(),
      HELHED_DATABASE_OWNER_URL: h.url,
    });
    expect(migrated.stdout).toContain(`Rettigheder givet til appens rolle ${role}`);
    app = new pg.Client({ connectionString: appUrl.toString() });
    await app.connect();
  });
  afterAll(async () => {
    await app.end();
    await h.db.execute(sql.raw(`DROP OWNED BY ${role}`));
    await h.close();
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
    await admin.end();
  });

  it("works: reads and writes the logbook tables, inserts audit rows and seals them", async () => {
    await app.query(`INSERT INTO audit_events (action, resource_type, outcome) VALUES ('a', 'b', 'allowed')`);
    await app.query(`SELECT count(*) FROM participants`);
    await app.query(`UPDATE users SET name = name WHERE false`);
    const { rows } = await app.query(`SELECT audit_seal(100) AS n`);
    expect(rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it("cannot change, delete or unprotect the audit log", async () => {
    const attacks = [
      "UPDATE audit_events SET reason = 'x'",
      "DELETE FROM audit_events",
      "TRUNCATE audit_events",
      "ALTER TABLE audit_events DISABLE TRIGGER ALL",
      "ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change",
      "DROP TRIGGER audit_events_no_change ON audit_events",
      "SET session_replication_role = replica",
      "CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
      "DROP TABLE audit_events",
      "ALTER TABLE audit_events OWNER TO CURRENT_USER",
    ];
    const refused: string[] = [];
    for (const attack of attacks)
      await app.query(attack).then(
        () => {},
        () => refused.push(attack),
      );
    expect(refused).toEqual(attacks);
  });

  it("the job queue starts and runs jobs as the app's role", async () => {
    const appUrl = new URL(h.url as string);
    appUrl.username = role;
    const asApp = await openDatabase({ databaseUrl: appUrl.toString(), dataDir: "memory" });
    const queue = await startJobQueue(
      asApp,
      helhedJobs(
        { out: () => {}, err: () => {} },
        { cipher: new FieldCipher(randomBytes(32)), publicUrl: "http://localhost" },
      ),
      helhedSchedules,
      { err: () => {} },
      {
        pollingIntervalSeconds: 0.5,
        installed: true,
      },
    );
    try {
      const id = await queue.send("retention");
      const state = async () =>
        (await rawRows<{ state: string }>(asApp.db, sql`SELECT state FROM pgboss.job WHERE id = ${id}`))[0]?.state;
      for (let i = 0; i < 60 && (await state()) !== "completed"; i++) await new Promise((r) => setTimeout(r, 250));
      expect(await state()).toBe("completed");
    } finally {
      await queue.stop();
      await asApp.close();
    }
  }, 60_000);

  it("commands as the app refuse an old schema instead of migrating it", async () => {
    const appUrl = new URL(h.url as string);
    appUrl.username = role;
    const env = { DATABASE_URL: appUrl.toString(), HELHED_DATABASE_OWNER_URL: h.url };
    const current = await runCli(["plans", "list", "--as", "ingen@test.dk"], env);
    expect(current.stderr).toContain("ingen bruger");
    await h.db.execute(sql`ALTER TABLE drizzle.__drizzle_migrations RENAME TO __drizzle_migrations_kept`);
    await h.db.execute(
      sql`CREATE TABLE drizzle.__drizzle_migrations AS SELECT * FROM drizzle.__drizzle_migrations_kept WHERE false`,
    );
    await h.db.execute(sql.raw(`GRANT SELECT ON drizzle.__drizzle_migrations TO ${role}`));
    const old = await runCli(["plans", "list", "--as", "ingen@test.dk"], env);
    expect(old.code).toBe(1);
    expect(old.stderr).toContain('Kør "helhed db migrate"');
    await h.db.execute(sql`DROP TABLE drizzle.__drizzle_migrations`);
    await h.db.execute(sql`ALTER TABLE drizzle.__drizzle_migrations_kept RENAME TO __drizzle_migrations`);
  });
});
