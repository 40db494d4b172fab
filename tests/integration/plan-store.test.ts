import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { exportPlan } from "~/.server/domain/plans/get-plan";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { listPlans } from "~/.server/domain/plans/list-plans";
import { UserError } from "~/.server/errors";
import { serializePlan } from "~/plan-format/serialize-plan";
import { tableCounts } from "../support/table-counts";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const system = { kind: "system", reason: "test" } as const;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

describe(`plan store on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDatabase();
  });
  afterAll(async () => {
    await h.close();
  });

  it("imports, exports and re-imports a plan without change", async () => {
    await importPlan(h.db, system, { text: fixture("mini-plan.yaml") });
    const first = serializePlan(await exportPlan(h.db, system, "mini"));
    await importPlan(h.db, system, { text: first, replace: true });
    const second = serializePlan(await exportPlan(h.db, system, "mini"));
    expect(second).toBe(first);
    const json = serializePlan(await exportPlan(h.db, system, "mini"), "json");
    await importPlan(h.db, system, { text: json, replace: true });
    expect(serializePlan(await exportPlan(h.db, system, "mini"), "json")).toBe(json);
  });

  it("keeps unknown budget amounts unknown and nested activities nested", async () => {
    const plan = await exportPlan(h.db, system, "mini");
    expect(plan.budget?.lines[0].amounts).toEqual([
      { year: 2017, amount: 100 },
      { year: 2018, amount: null, footnote: "1" },
    ]);
    expect(plan.focusAreas[0].activities[0].activities[0].key).toBe("a11");
  });

  it("refuses an existing slug without replace, and changes nothing", async () => {
    const before = await tableCounts(h.db);
    await expect(importPlan(h.db, system, { text: fixture("mini-plan.yaml") })).rejects.toMatchObject({
      code: "plan-exists",
    });
    expect(await tableCounts(h.db)).toEqual(before);
  });

  it("refuses a malformed file with every problem listed, and changes nothing", async () => {
    const before = await tableCounts(h.db);
    const error = await importPlan(h.db, system, { text: fixture("malformed-plan.yaml") }).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).details.length).toBeGreaterThanOrEqual(4);
    expect(await tableCounts(h.db)).toEqual(before);
  });

  it("lists plans with their counts", async () => {
    const [mini] = await listPlans(h.db, system);
    expect(mini).toMatchObject({ slug: "mini", focusAreas: 1, activities: 2, criteria: 3 });
  });
});
