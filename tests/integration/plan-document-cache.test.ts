// The kept plan document (issue 13): a request reads one number (plans.content_revision) instead of
// 24 tables, so the kept copy must change with every change to the plan, including a change made by
// another process or straight in SQL, and never show a change that was rolled back.
import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { readStoredPlan } from "~/.server/db/plan-store/read-stored-plan";
import { plans } from "~/.server/db/schema";
import { exportPlan, getPlan } from "~/.server/domain/plans/get-plan";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const system = { kind: "system", reason: "test" } as const;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

describe(`the kept plan document on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  let planId: string;
  const revision = async () =>
    (await h.db.select({ r: plans.contentRevision }).from(plans).where(eq(plans.id, planId)))[0].r;
  beforeAll(async () => {
    h = await createTestDatabase();
    await importPlan(h.db, system, { text: fixture("mini-plan.yaml") });
    planId = (await getPlan(h.db, system, "mini")).planId;
  });
  afterAll(async () => {
    await h.close();
  });

  it("hands every caller the kept plan frozen: a change throws and the next caller sees the plan as stored", async () => {
    const first = await readStoredPlan(h.db, planId);
    const title = first.plan.title;
    const areas = first.plan.focusAreas.length;
    expect(() => {
      first.plan.title = "Ændret i hukommelsen";
    }).toThrow(TypeError);
    expect(() => first.plan.focusAreas.pop()).toThrow(TypeError);
    expect(() => {
      (first.plan.focusAreas[0].activities[0] as { title: string }).title = "x";
    }).toThrow(TypeError);
    const second = await readStoredPlan(h.db, planId);
    expect(second.plan).toBe(first.plan);
    expect(second.plan.title).toBe(title);
    expect(second.plan.focusAreas.length).toBe(areas);
  });

  it("follows a change to any part of the plan made straight in SQL", async () => {
    await readStoredPlan(h.db, planId);
    const before = await revision();
    await h.db.execute(sql`UPDATE focus_areas SET title = 'Nyt titelord' WHERE plan_id = ${planId} AND position = 0`);
    expect(await revision()).not.toBe(before);
    expect((await readStoredPlan(h.db, planId)).plan.focusAreas[0].title).toBe("Nyt titelord");
    await h.db.execute(sql`UPDATE plans SET title = 'Ny plantitel' WHERE id = ${planId}`);
    expect((await exportPlan(h.db, system, "mini")).title).toBe("Ny plantitel");
    const criteriaOf = (plan: Awaited<ReturnType<typeof readStoredPlan>>["plan"]) =>
      JSON.stringify(plan).match(/"criteria":\[\{/g)?.length ?? 0;
    const kept = await readStoredPlan(h.db, planId);
    expect(criteriaOf(kept.plan)).toBeGreaterThan(0);
    const activities = kept.activities.length;
    await h.db.execute(sql`DELETE FROM activity_partners WHERE plan_id = ${planId}`);
    await h.db.execute(sql`DELETE FROM criterion_targets WHERE plan_id = ${planId}`);
    await h.db.execute(sql`DELETE FROM criteria WHERE plan_id = ${planId}`);
    const afterDelete = await readStoredPlan(h.db, planId);
    expect(afterDelete.activities.length).toBe(activities);
    expect(criteriaOf(afterDelete.plan)).toBe(0);
  });

  it("never keeps a change that was rolled back", async () => {
    const before = (await readStoredPlan(h.db, planId)).plan.focusAreas[0].title;
    await expect(
      h.db.transaction(async (tx) => {
        await tx.execute(
          sql`UPDATE focus_areas SET title = 'Rullet tilbage' WHERE plan_id = ${planId} AND position = 0`,
        );
        expect((await readStoredPlan(tx, planId)).plan.focusAreas[0].title).toBe("Rullet tilbage");
        throw new Error("rul tilbage");
      }),
    ).rejects.toThrow("rul tilbage");
    expect((await readStoredPlan(h.db, planId)).plan.focusAreas[0].title).toBe(before);
    // The next change gets a revision never seen before, so the rolled-back copy can never come back.
    await h.db.execute(
      sql`UPDATE focus_areas SET title = 'Efter tilbagerulning' WHERE plan_id = ${planId} AND position = 0`,
    );
    expect((await readStoredPlan(h.db, planId)).plan.focusAreas[0].title).toBe("Efter tilbagerulning");
  });

  it("follows a whole replacement of the plan", async () => {
    await importPlan(h.db, system, { text: fixture("mini-plan.yaml"), replace: true });
    const plan = await exportPlan(h.db, system, "mini");
    expect(plan.title).not.toBe("Ny plantitel");
    expect(plan.focusAreas[0].title).not.toBe("Efter tilbagerulning");
  });
});
