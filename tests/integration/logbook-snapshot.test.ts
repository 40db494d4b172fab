import { readFile } from "node:fs/promises";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { rawRows } from "~/.server/db/raw-rows";
import { logbookRevisions, logbookSnapshots, plans } from "~/.server/db/schema";
import { addDemoLogbooks } from "~/.server/demo/demo-logbooks";
import { forgetLiveFacts, liveFacts } from "~/.server/domain/attainment/live-logbook";
import { keepEverySnapshot, keepSnapshot, setSnapshotThreshold } from "~/.server/domain/attainment/logbook-snapshot";
import { loadLogbookFacts } from "~/.server/domain/logbook/load-facts";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { examplePlanFiles } from "~/.server/domain/plans/load-example-plans";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const system = { kind: "system", reason: "test" } as const;

/**
 * Decision 013c: a cold server starts a plan's figures from the kept snapshot of its logbook and
 * the changes since, and the snapshot never outlives a correction or an erasure of a row it holds.
 */
describe(`the kept logbook snapshot (${testDatabaseKind})`, () => {
  let h: DatabaseHandle;
  let planId: string;

  const snapshotRevision = async () =>
    (
      await h.db
        .select({ revision: logbookSnapshots.revision })
        .from(logbookSnapshots)
        .where(eq(logbookSnapshots.planId, planId))
    )[0]?.revision;
  /** The snapshot a full read leaves behind (written in the background). */
  const waitForSnapshot = async (wanted?: number) => {
    for (let i = 0; i < 100; i++) {
      const revision = await snapshotRevision();
      if (revision !== undefined && (wanted === undefined || revision === wanted)) return revision;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("no snapshot was written");
  };
  /** A cold server's read: nothing in memory. */
  const coldRead = async () => {
    forgetLiveFacts(h.db);
    return liveFacts(h.db, planId);
  };
  const registration = () =>
    h.db.execute(sql`
      WITH src AS (SELECT * FROM events WHERE plan_id = ${planId} AND deleted_at IS NULL ORDER BY id LIMIT 1),
      ev AS (INSERT INTO events (id, organisation_id, plan_id, activity_id, type, date, headcount, breakdown)
        SELECT gen_random_uuid(), organisation_id, plan_id, activity_id, type, date, 7, breakdown FROM src
        RETURNING id, organisation_id, plan_id)
      INSERT INTO attendance (id, organisation_id, plan_id, event_id, participant_id)
        SELECT gen_random_uuid(), ev.organisation_id, ev.plan_id, ev.id, a.participant_id
          FROM ev, attendance a WHERE a.event_id = (SELECT id FROM src)`);

  beforeAll(async () => {
    setSnapshotThreshold(0);
    h = await createTestDatabase();
    const [file] = await examplePlanFiles();
    const { slug } = await importPlan(h.db, system, { text: await readFile(file, "utf8") });
    planId = (await h.db.select({ id: plans.id }).from(plans).where(eq(plans.slug, slug)))[0].id;
    await addDemoLogbooks(h.db, { today: "2026-11-23" });
  }, 120_000);
  afterAll(async () => {
    setSnapshotThreshold(50_000);
    await h.close();
  });

  it("starts a cold server from the snapshot and the changes since: the same facts as every record read again", async () => {
    const first = await coldRead();
    expect(first.from).toBe("records");
    const kept = await waitForSnapshot();
    expect(kept).toBe(first.revision);
    await registration();
    await registration();
    const cold = await coldRead();
    expect(cold.from).toBe("snapshot");
    expect(cold.revision).toBeGreaterThan(kept);
    expect(cold.facts).toEqual(await loadLogbookFacts(h.db, planId));
  });

  it("is deleted by a correction, an erasure or a change that leaves the figures as they were", async () => {
    await coldRead();
    await waitForSnapshot();
    await h.db.execute(
      sql`UPDATE events SET headcount = 3 WHERE id = (SELECT id FROM events WHERE plan_id = ${planId} LIMIT 1)`,
    );
    expect(await snapshotRevision()).toBeUndefined();

    await coldRead();
    await waitForSnapshot();
    await h.db.execute(
      sql`DELETE FROM attendance WHERE id = (SELECT id FROM attendance WHERE plan_id = ${planId} LIMIT 1)`,
    );
    expect(await snapshotRevision()).toBeUndefined();

    await coldRead();
    await waitForSnapshot();
    // Anonymisation and retention run with helhed.figures_unchanged (the revision stays): the snapshot goes all the same.
    await h.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('helhed.figures_unchanged', 'on', true)`);
      await tx.execute(
        sql`UPDATE participants SET resident = resident WHERE id = (SELECT id FROM participants WHERE plan_id = ${planId} LIMIT 1)`,
      );
    });
    expect(await snapshotRevision()).toBeUndefined();
    const cold = await coldRead();
    expect(cold.from).toBe("records");
  });

  it("is not written from facts read before a correction that landed meanwhile", async () => {
    const entry = await coldRead();
    await waitForSnapshot();
    await h.db.execute(
      sql`UPDATE events SET headcount = 4 WHERE id = (SELECT id FROM events WHERE plan_id = ${planId} LIMIT 1)`,
    );
    const [{ cleared }] = await h.db
      .select({ cleared: logbookRevisions.cleared })
      .from(logbookRevisions)
      .where(eq(logbookRevisions.planId, planId));
    expect(cleared).toBeGreaterThan(entry.cleared);
    // The facts (and the `cleared` they were read with) are from before the correction.
    const later = { revision: entry.revision + 1_000, cleared: entry.cleared, loggedFrom: 0 };
    const writing = keepSnapshot(h.db, planId, { ...entry, ...later }, later);
    expect(writing).toBeDefined();
    await writing;
    expect(await snapshotRevision()).toBeUndefined();
  });

  it("is passed over when the change log no longer reaches back to it", async () => {
    await coldRead();
    const kept = await waitForSnapshot();
    await registration();
    await h.db
      .update(logbookRevisions)
      .set({ loggedFrom: kept + 1 })
      .where(eq(logbookRevisions.planId, planId));
    const cold = await coldRead();
    expect(cold.from).toBe("records");
    expect(cold.facts).toEqual(await loadLogbookFacts(h.db, planId));
    const [{ n }] = await rawRows<{ n: number }>(h.db, sql`SELECT count(*)::int AS n FROM logbook_snapshots`);
    expect(n).toBeLessThanOrEqual(1);
    // The whole read writes a new snapshot (the change log reaches back to it again).
    expect(await waitForSnapshot(cold.revision)).toBe(cold.revision);
  });

  it("reads the logbook whole for a snapshot of an earlier format or unreadable text, and writes it again", async () => {
    await coldRead();
    const kept = await waitForSnapshot();
    for (const data of ['{"v":1,"lists":{},"plain":{},"strings":[]}', "not base64 gzip"]) {
      await h.db.update(logbookSnapshots).set({ data }).where(eq(logbookSnapshots.planId, planId));
      const cold = await coldRead();
      expect(cold.from).toBe("records");
      expect(cold.facts).toEqual(await loadLogbookFacts(h.db, planId));
      // Written again in the current format on that read, not left until 500 revisions later.
      for (let i = 0; i < 100; i++) {
        const [row] = await h.db
          .select({ data: logbookSnapshots.data })
          .from(logbookSnapshots)
          .where(eq(logbookSnapshots.planId, planId));
        if (row && row.data !== data) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect((await coldRead()).from).toBe("snapshot");
      expect(await snapshotRevision()).toBe(kept);
    }
  });

  it("is written by the nightly job for a large logbook no one has opened, and not for a small one", async () => {
    await h.db.delete(logbookSnapshots).where(eq(logbookSnapshots.planId, planId));
    setSnapshotThreshold(10_000_000);
    expect(await keepEverySnapshot(h.db)).toBe(0);
    expect(await snapshotRevision()).toBeUndefined();
    setSnapshotThreshold(0);
    expect(await keepEverySnapshot(h.db)).toBeGreaterThanOrEqual(1);
    const [{ revision }] = await h.db
      .select({ revision: logbookRevisions.revision })
      .from(logbookRevisions)
      .where(eq(logbookRevisions.planId, planId));
    expect(await snapshotRevision()).toBe(revision);
    // Nothing left to write until the logbook moves on.
    expect(await keepEverySnapshot(h.db)).toBe(0);
    const cold = await coldRead();
    expect(cold.from).toBe("snapshot");
    expect(cold.facts).toEqual(await loadLogbookFacts(h.db, planId));
  });
});
