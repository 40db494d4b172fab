import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { planResourceBySlug } from "~/.server/db/repositories/access";
import { plans } from "~/.server/db/schema";
import { addDemoLogbooks } from "~/.server/demo/demo-logbooks";
import {
  forgetLiveFacts,
  liveFacts,
  liveFactsUsage,
  setLiveFactsBudget,
  setLiveWaitMs,
} from "~/.server/domain/attainment/live-logbook";
import { planAttainment } from "~/.server/domain/attainment/plan-attainment";
import { readAhead } from "~/.server/domain/attainment/read-ahead";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { examplePlanFiles } from "~/.server/domain/plans/load-example-plans";
import { attainment } from "~/measures/attainment";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const system = { kind: "system", reason: "test" } as const;

describe(`the live figures' memory (${testDatabaseKind})`, () => {
  let h: DatabaseHandle;
  const ids: string[] = [];

  beforeAll(async () => {
    h = await createTestDatabase();
    for (const file of (await examplePlanFiles()).slice(0, 3)) {
      const { slug } = await importPlan(h.db, system, { text: await readFile(file, "utf8") });
      ids.push((await h.db.select({ id: plans.id }).from(plans).where(eq(plans.slug, slug)))[0].id);
    }
    await addDemoLogbooks(h.db, { today: "2026-11-23" });
  }, 120_000);
  afterAll(async () => {
    setLiveFactsBudget(4_000_000);
    setLiveWaitMs(Number.POSITIVE_INFINITY);
    await h.close();
  });

  it("shares one read among requests that arrive together after a write", async () => {
    const before = await liveFacts(h.db, ids[0]);
    await h.db.execute(
      sql`UPDATE events SET headcount = 99 WHERE id = (SELECT id FROM events WHERE plan_id = ${ids[0]} LIMIT 1)`,
    );
    const entries = await Promise.all(Array.from({ length: 5 }, () => liveFacts(h.db, ids[0])));
    expect(new Set(entries).size).toBe(1);
    expect(entries[0]).not.toBe(before);
    expect(entries[0].revision).toBeGreaterThan(before.revision);
    // Caught up, not read again: the lists the write did not touch are the same objects.
    expect(entries[0].facts.participants).toBe(before.facts.participants);
    expect(entries[0].facts.events).not.toBe(before.facts.events);
  });

  it("serves the figures computed last while one catch-up runs, which computes the new ones before they are shown", async () => {
    const [{ slug }] = await h.db.select({ slug: plans.slug }).from(plans).where(eq(plans.id, ids[0]));
    const today = "2026-11-23";
    const shown = await planAttainment(h.db, system, slug, undefined, today);
    const before = await liveFacts(h.db, ids[0]);
    expect(before.results.size).toBeGreaterThan(0);
    await h.db.execute(
      sql`UPDATE events SET headcount = coalesce(headcount, 0) + 5 WHERE id = (SELECT id FROM events WHERE plan_id = ${ids[0]} ORDER BY date DESC LIMIT 1)`,
    );
    setLiveWaitMs(0);
    try {
      // Readers that arrive while the catch-up runs get the figures of the revision before.
      const during = await Promise.all(Array.from({ length: 3 }, () => liveFacts(h.db, ids[0])));
      for (const e of during) expect(e).toBe(before);
    } finally {
      setLiveWaitMs(Number.POSITIVE_INFINITY);
    }
    // Then the catch-up is done: the new revision, with the periods readers asked for computed already.
    const after = await liveFacts(h.db, ids[0]);
    expect(after.revision).toBeGreaterThan(before.revision);
    expect([...after.results.keys()].sort()).toEqual([...before.results.keys()].sort());
    for (const [key, rows] of after.results) {
      const [period, day] = key.split("|");
      expect(rows).toEqual(attainment(shown.plan, after.facts, period, day));
    }
  });

  it("keeps the plans within the memory bound, least recently used first", async () => {
    const weights: number[] = [];
    for (const id of ids) weights.push((await liveFacts(h.db, id)).weight);
    expect(liveFactsUsage(h.db).plans).toBe(3);
    // Room for the last two plans read, not for all three.
    setLiveFactsBudget(weights[1] + weights[2]);
    await liveFacts(h.db, ids[1]);
    await liveFacts(h.db, ids[2]);
    await h.db.execute(
      sql`UPDATE events SET headcount = 98 WHERE id = (SELECT id FROM events WHERE plan_id = ${ids[2]} LIMIT 1)`,
    );
    await liveFacts(h.db, ids[2]);
    const usage = liveFactsUsage(h.db);
    expect(usage.records).toBeLessThanOrEqual(usage.budget);
    expect(usage.plans).toBe(2);
    // The evicted plan is read again when asked for, and the bound still holds.
    await liveFacts(h.db, ids[0]);
    expect(liveFactsUsage(h.db).records).toBeLessThanOrEqual(Math.max(usage.budget, weights[0]));
  });

  it("reads a plan's logbook ahead of its dashboard only for a reader whose role may see the figures", async () => {
    setLiveFactsBudget(4_000_000);
    forgetLiveFacts(h.db);
    const [plan] = await h.db
      .select({ slug: plans.slug, org: plans.organisationId })
      .from(plans)
      .where(eq(plans.id, ids[0]));
    const reader = (organisationId: string) => ({
      kind: "user" as const,
      userId: randomUUID(),
      email: "laeser@test.dk",
      name: "Læser",
      memberships: [{ organisationId, role: "planManager" as const, sensitiveAccess: false }],
      assignedActivityIds: new Set<string>(),
    });
    // A manager of another organisation: nothing is read for them (the page refuses them anyway).
    readAhead(h.db, reader(randomUUID()), planResourceBySlug(h.db, plan.slug));
    readAhead(h.db, reader(plan.org), planResourceBySlug(h.db, "ingen-plan-med-det-navn"));
    await new Promise((r) => setTimeout(r, 500));
    expect(liveFactsUsage(h.db).plans).toBe(0);
    // The plan's own manager: the read starts, and the page's read joins it.
    readAhead(h.db, reader(plan.org), planResourceBySlug(h.db, plan.slug));
    const entry = await liveFacts(h.db, ids[0]);
    expect(liveFactsUsage(h.db).plans).toBe(1);
    expect(await liveFacts(h.db, ids[0])).toBe(entry);
  });
});
