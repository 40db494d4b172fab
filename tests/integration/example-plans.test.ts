import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { exportPlan } from "~/.server/domain/plans/get-plan";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { examplePlanFiles } from "~/.server/domain/plans/load-example-plans";
import type { Criterion } from "~/plan-format/criterion";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import { serializePlan } from "~/plan-format/serialize-plan";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const system = { kind: "system", reason: "test" } as const;

/** What each example plan must contain: counts from its source document and a sample of exact numbers. */
const expected: Record<
  string,
  {
    focusAreas: number;
    activities: number;
    subActivities: number;
    criteria: number;
    targets: Record<string, Record<string, number>>;
  }
> = {
  "rum-for-liv": {
    focusAreas: 4,
    activities: 18,
    subActivities: 13,
    criteria: 46,
    targets: {
      "foraeldre-laering-familier": { 2013: 100 },
      "foreningsguider-indmeldt": { 2013: 35 },
      "arrangementer-deltagere": { 2013: 200 },
      "demokratiambassadoerer-beboermoeder": { 2013: 30 },
      informationsmaterialer: { plan: 10 },
      // Lommepengeprojektet: 20 tilknyttet / 15 fastholdt / 10 i ordinært fritidsjob.
      "lommepenge-tilknyttet": { 2013: 20 },
      "lommepenge-fastholdt": { 2013: 15 },
      "lommepenge-ordinaert-fritidsjob": { 2013: 10 },
    },
  },
  staermosegaarden: {
    focusAreas: 4,
    activities: 8,
    subActivities: 5,
    criteria: 39,
    targets: {
      "gode-liv-fremmoede": { PY1: 15, PY2: 20, PY3: 20, PY4: 20 },
      udsaettelser: { PY4: 4 },
      fraflytningsprocent: { "2018H1": 6 },
      "styrkede-mentorforloeb": { PY1: 12, PY2: 12, PY3: 12, PY4: 12 },
      "ube-mentorforloeb": { PY1: 20, PY2: 20, PY3: 20, PY4: 20 },
    },
  },
  "amager-tryghedsplan-2017": {
    focusAreas: 4,
    activities: 10,
    subActivities: 2,
    criteria: 33,
    targets: {
      "tryghedsfremmende-aktiviteter-aarligt": { 2017: 3, 2018: 3, 2019: 3, 2020: 3 },
      beboerblade: { 2017: 5, 2018: 5, 2019: 5, 2020: 5 },
      "ung-i-job-40-unge": { 2017: 40, 2018: 40, 2019: 40, 2020: 40 },
      "ung-i-job-opfoelgning-12-mdr": { plan: 10 },
    },
  },
  opzoomerne: {
    focusAreas: 3,
    activities: 5,
    subActivities: 3,
    criteria: 4,
    targets: { "succesrate-33": { plan: 33 } },
  },
  "ips-sydhavnen": {
    focusAreas: 1,
    activities: 1,
    subActivities: 0,
    criteria: 2,
    targets: {
      "ips-75-borgere": { 2017: 75, 2018: 75, 2019: 75, 2020: 75, 2021: 75 },
      "ips-hver-fjerde": { plan: 25 },
    },
  },
};

function targetsOf(c: Criterion) {
  return Object.fromEntries(c.targets.map((t) => [t.period, t.value]));
}

describe(`the example plans on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  const plans = new Map<string, { file: string; plan: PlanFile }>();
  beforeAll(async () => {
    h = await createTestDatabase();
    for (const file of await examplePlanFiles()) {
      const plan = await importPlan(h.db, system, { text: readFileSync(file, "utf8") });
      plans.set(plan.slug, { file, plan });
    }
  });
  afterAll(async () => h.close());

  it("are all five present", () => {
    expect([...plans.keys()].sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [slug, want] of Object.entries(expected)) {
    it(`${slug}: exported plan holds every focus area, activity and criterion of its document`, async () => {
      const plan = await exportPlan(h.db, system, slug);
      const index = indexPlan(plan);
      expect(plan.focusAreas).toHaveLength(want.focusAreas);
      expect(index.activities.filter((a) => !a.parent)).toHaveLength(want.activities);
      expect(index.activities.filter((a) => a.parent)).toHaveLength(want.subActivities);
      expect(index.criteria).toHaveLength(want.criteria);
      for (const [key, targets] of Object.entries(want.targets)) {
        const found = index.criteria.find((c) => c.criterion.key === key);
        expect(found, key).toBeDefined();
        expect(targetsOf(found!.criterion), key).toEqual(targets);
      }
    });

    it(`${slug}: export → import → export is identical (YAML and JSON)`, async () => {
      const first = serializePlan(await exportPlan(h.db, system, slug));
      await importPlan(h.db, system, { text: first, replace: true });
      expect(serializePlan(await exportPlan(h.db, system, slug))).toBe(first);
      const json = serializePlan(await exportPlan(h.db, system, slug), "json");
      await importPlan(h.db, system, { text: json, replace: true });
      expect(serializePlan(await exportPlan(h.db, system, slug), "json")).toBe(json);
    });
  }

  it("the Amager budget keeps unknown amounts and its yearly total of 1.200.000 kr.", async () => {
    const plan = await exportPlan(h.db, system, "amager-tryghedsplan-2017");
    const budget = plan.budget!;
    expect(budget.statedTotals.map((t) => [t.year, t.amount])).toEqual([
      [2017, 1_200_000],
      [2018, 1_200_000],
      [2019, 1_200_000],
      [2020, 1_200_000],
    ]);
    const known = (year: number) =>
      budget.lines.reduce((s, l) => s + (l.amounts.find((a) => a.year === year)?.amount ?? 0), 0);
    expect(known(2017)).toBe(1_200_000);
    expect(budget.lines.some((l) => l.amounts.some((a) => a.amount === null))).toBe(true);
  });
});
