import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { and, eq, sql } from "drizzle-orm";
import type { ServerBuild } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today as realToday } from "~/.server/clock";
import { FieldCipher } from "~/.server/crypto/field-encryption";
import type { DatabaseHandle } from "~/.server/db/client";
import { criteria, logbookRevisions, plans, portfolioLines } from "~/.server/db/schema";
import { addDemoLogbooks } from "~/.server/demo/demo-logbooks";
import { forgetLiveFacts, liveFactsUsage } from "~/.server/domain/attainment/live-logbook";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { examplePlanFiles } from "~/.server/domain/plans/load-example-plans";
import { linesRefreshing } from "~/.server/domain/portfolio/plan-lines";
import { portfolioAttainment } from "~/.server/domain/portfolio/portfolio-attainment";
import { UserError } from "~/.server/errors";
import { helhedJobs } from "~/.server/jobs/helhed-jobs";
import { setUpLogbookPlan } from "../support/logbook-setup";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const system = { kind: "system", reason: "test" } as const;
const today = "2026-11-23";
/** Every line computed on the page, however long it takes (the page's own time is tested on its own). */
const full = { budgetMs: Number.POSITIVE_INFINITY };

describe(`the portfolio (${testDatabaseKind})`, () => {
  let h: DatabaseHandle;
  let s: Awaited<ReturnType<typeof setUpLogbookPlan>>;

  beforeAll(async () => {
    h = await createTestDatabase();
    s = await setUpLogbookPlan(h.db);
    for (const file of await examplePlanFiles()) await importPlan(h.db, system, { text: await readFile(file, "utf8") });
    await addDemoLogbooks(h.db, { today });
  }, 120_000);
  afterAll(async () => h.close());

  it("shows a reader only the plans of their organisation, every criterion once", async () => {
    const view = await portfolioAttainment(h.db, s.reader, { period: "plan" }, today, full);
    expect(view.plans.map((p) => p.slug)).toEqual(["logbog-test"]);
    const all = await portfolioAttainment(h.db, system, { period: "plan" }, today, full);
    expect(all.plans.length).toBe(6);
    const rum = all.plans.find((p) => p.slug === "rum-for-liv");
    const criteria = Object.values(rum?.areas ?? {}).reduce((n, a) => n + a.criteria, 0);
    expect(criteria).toBeGreaterThan(10);
    expect(rum?.reach).toBeGreaterThan(5);
    // The empty test plan reaches nobody: 0 is no small number to hide.
    expect(all.plans.find((p) => p.slug === "logbog-test")?.reach).toBe(0);
  });

  it("shows a plan's changed criteria at once, with no registration in between", async () => {
    const count = async () => {
      const line = (await portfolioAttainment(h.db, system, { period: "plan" }, today, full)).plans.find(
        (p) => p.slug === "logbog-test",
      );
      return Object.values(line?.areas ?? {}).reduce((n, a) => n + a.criteria, 0);
    };
    const before = await count();
    await h.db.delete(criteria).where(and(eq(criteria.planId, s.planId), eq(criteria.key, "lektie-brugere")));
    expect(await count()).toBe(before - 1);
  });

  it("narrows by plan kind, kommune and year, and refuses an unknown period without changing anything", async () => {
    const tryg = await portfolioAttainment(h.db, system, { period: "plan", kind: "tryghedsplan" }, today, full);
    expect(tryg.plans.length).toBeGreaterThan(0);
    expect(tryg.plans.every((p) => p.kind === "tryghedsplan")).toBe(true);
    const all = await portfolioAttainment(h.db, system, { period: "plan" }, today, full);
    const kommune = all.municipalities[0];
    const inKommune = await portfolioAttainment(h.db, system, { period: "plan", municipality: kommune }, today, full);
    expect(inKommune.plans.every((p) => p.municipality === kommune)).toBe(true);
    const y2014 = await portfolioAttainment(h.db, system, { period: "2014" }, today, full);
    expect(y2014.plans.length).toBeLessThan(all.plans.length);
    await expect(portfolioAttainment(h.db, system, { period: "2014Q9" }, today, full)).rejects.toBeInstanceOf(
      UserError,
    );
  });

  it("keeps each plan's line in the database: after a restart nothing is computed, then only a plan whose logbook changed", async () => {
    const restart = () => forgetLiveFacts(h.db);
    const first = await portfolioAttainment(h.db, system, { period: "plan" }, today, full);
    restart();
    const again = await portfolioAttainment(h.db, system, { period: "plan" }, today, full);
    expect(again.plans).toEqual(first.plans);
    // No plan's logbook was read: every line came from the database.
    expect(liveFactsUsage(h.db).plans).toBe(0);
    // A registration in one plan: that plan alone is computed again, and its line kept at the new revision.
    const [rum] = await h.db.select({ id: plans.id }).from(plans).where(eq(plans.slug, "rum-for-liv"));
    await h.db.execute(sql`
      INSERT INTO events (id, organisation_id, plan_id, activity_id, type, date, headcount, breakdown)
      SELECT gen_random_uuid(), organisation_id, plan_id, activity_id, type, date, headcount, breakdown
        FROM events WHERE plan_id = ${rum.id} LIMIT 1`);
    restart();
    const afterWrite = await portfolioAttainment(h.db, system, { period: "plan" }, today, full);
    expect(liveFactsUsage(h.db).plans).toBe(1);
    expect(afterWrite.plans.map((p) => p.slug)).toEqual(first.plans.map((p) => p.slug));
    const [kept] = await h.db
      .select({ revision: portfolioLines.revision })
      .from(portfolioLines)
      .where(and(eq(portfolioLines.planId, rum.id), eq(portfolioLines.period, "plan")));
    const [now] = await h.db
      .select({ revision: logbookRevisions.revision })
      .from(logbookRevisions)
      .where(eq(logbookRevisions.planId, rum.id));
    expect(kept.revision).toBe(now.revision);
    // Another day's figures (statuses are as of the day) are computed, not taken from yesterday's lines.
    restart();
    await portfolioAttainment(h.db, system, { period: "plan" }, "2026-11-24", full);
    expect(liveFactsUsage(h.db).plans).toBe(first.plans.length);
  });

  it("the nightly job keeps today's lines of every period, so the day's first reader is shown them without a computation", async () => {
    const jobs = helhedJobs(
      { out: () => {}, err: () => {} },
      { cipher: new FieldCipher(randomBytes(32)), publicUrl: "http://localhost" },
    );
    await jobs["portfolio-lines"](h.db, {});
    forgetLiveFacts(h.db);
    const view = await portfolioAttainment(h.db, s.reader, { period: "plan" }, realToday(), full);
    expect(view.plans.map((p) => p.slug)).toEqual(["logbog-test"]);
    // Each year too, for every plan.
    for (const year of (await portfolioAttainment(h.db, system, { period: "plan" }, realToday(), full)).years)
      await portfolioAttainment(h.db, system, { period: year }, realToday(), full);
    expect(liveFactsUsage(h.db).plans).toBe(0);
  });

  it("shows a plan written to since as it was, marked with when, once the page's time is up, and computes it in the background", async () => {
    await portfolioAttainment(h.db, system, { period: "plan" }, today, full);
    const [rum] = await h.db.select({ id: plans.id }).from(plans).where(eq(plans.slug, "rum-for-liv"));
    await h.db.execute(sql`
      INSERT INTO events (id, organisation_id, plan_id, activity_id, type, date, headcount, breakdown)
      SELECT gen_random_uuid(), organisation_id, plan_id, activity_id, type, date, headcount, breakdown
        FROM events WHERE plan_id = ${rum.id} LIMIT 1`);
    const view = await portfolioAttainment(h.db, system, { period: "plan" }, today, { budgetMs: 0 });
    expect(view.updating).toBe(1);
    expect(view.plans.filter((p) => p.earlierFrom !== null).map((p) => p.slug)).toEqual(["rum-for-liv"]);
    expect(Number.isNaN(Date.parse(view.plans.find((p) => p.slug === "rum-for-liv")?.earlierFrom ?? ""))).toBe(false);
    await linesRefreshing(h.db);
    const after = await portfolioAttainment(h.db, system, { period: "plan" }, today, { budgetMs: 0 });
    expect(after.updating).toBe(0);
    expect(after.plans.every((p) => p.earlierFrom === null)).toBe(true);
  });

  it("shows plans never computed for the period as being computed, once the page's time is up, and computes them in the background", async () => {
    await h.db.delete(portfolioLines);
    const view = await portfolioAttainment(h.db, system, { period: "plan" }, today, { budgetMs: 0 });
    expect(view.updating).toBe(view.plans.length);
    expect(view.plans.every((p) => p.pending && p.earlierFrom === null && p.reach === null)).toBe(true);
    await linesRefreshing(h.db);
    const after = await portfolioAttainment(h.db, system, { period: "plan" }, today, { budgetMs: 0 });
    expect(after.updating).toBe(0);
    expect(after.plans.map(({ earlierFrom: _, ...p }) => p)).toEqual(
      (await portfolioAttainment(h.db, system, { period: "plan" }, today, full)).plans.map(
        ({ earlierFrom: _, ...p }) => p,
      ),
    );
    expect(after.plans.some((p) => p.pending)).toBe(false);
  });

  it("the built app runs the nightly job's computation in its own copy of the domain, under the routes' memory bound", async () => {
    // The server build bundles its own copy of the domain modules; `helhed serve` hands the job the
    // build's use case, so the plans it reads are held where the routes' bound counts them.
    const build = (await import(new URL("../../build/server/index.js", import.meta.url).href)) as ServerBuild;
    const { keepDaysPortfolioLines } = build.entry.module as unknown as {
      keepDaysPortfolioLines: (db: typeof h.db, day: string) => Promise<number>;
    };
    await h.db.delete(portfolioLines);
    forgetLiveFacts(h.db);
    const jobs = helhedJobs(
      { out: () => {}, err: () => {} },
      {
        cipher: new FieldCipher(randomBytes(32)),
        publicUrl: "http://localhost",
        portfolioLines: keepDaysPortfolioLines,
      },
    );
    await jobs["portfolio-lines"](h.db, {});
    // Nothing was read into this copy's memory, and every plan's line for the whole plan is kept.
    expect(liveFactsUsage(h.db).plans).toBe(0);
    const kept = await h.db
      .select({ planId: portfolioLines.planId })
      .from(portfolioLines)
      .where(eq(portfolioLines.period, "plan"));
    expect(kept.length).toBe((await h.db.select({ id: plans.id }).from(plans)).length);
  });
});
