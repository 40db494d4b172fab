import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActorByEmail } from "~/.server/auth/load-actor";
import type { Actor } from "~/.server/auth/policy";
import type { DatabaseHandle } from "~/.server/db/client";
import { memberships, plans, seriesValues, users } from "~/.server/db/schema";
import { areaView } from "~/.server/domain/area/area-view";
import { beboerdataWorkbook } from "~/.server/domain/area/beboerdata-workbook";
import { exampleBeboerdata } from "~/.server/domain/area/example-beboerdata";
import { checkAreaFigures, importAreaFigures } from "~/.server/domain/area/import-area-figures";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const system = { kind: "system", reason: "test" } as const;

describe(`area figures from Beboerdata files (${testDatabaseKind})`, () => {
  let h: DatabaseHandle;
  let manager: Actor;
  const file = async (name: keyof typeof exampleBeboerdata) =>
    new Uint8Array(await beboerdataWorkbook(exampleBeboerdata[name]()));

  beforeAll(async () => {
    h = await createTestDatabase();
    await importPlan(h.db, system, { text: await readFile("examples/plans/staermosegaarden.yaml", "utf8") });
    const [plan] = await h.db.select().from(plans).where(eq(plans.slug, "staermosegaarden"));
    const userId = randomUUID();
    await h.db.insert(users).values({ id: userId, email: "leder@area.test", name: "Leder" });
    await h.db.insert(memberships).values({
      id: randomUUID(),
      organisationId: plan.organisationId,
      userId,
      role: "planManager",
      sensitiveAccess: false,
    });
    manager = await loadActorByEmail(h.db, "leder@area.test");
  });
  afterAll(async () => h?.close());

  it("proposes a mapping: every key figure to the series of the same name, afdeling/kommune/landet to their roles", async () => {
    const check = await checkAreaFigures(h.db, manager, "staermosegaarden", await file("staermosegaarden"));
    expect(check.problems).toEqual([]);
    expect(check.mapping.indicators).toMatchObject({
      "Antal beboere": "beboere",
      "Andel 18-64-årige uden for arbejde og uddannelse (%)": "uden-for-arbejde-og-uddannelse",
      Fraflytningsprocent: "fraflytningsprocent",
    });
    expect(Object.values(check.mapping.levels).sort()).toEqual(["area", "comparison", "reference"]);
    // 7 key figures × 10 years, less the one suppressed cell (convictions 2012).
    expect(check.figures).toBe(69);
    expect(check.notes).toEqual([expect.stringMatching(/2012: områdets tal er diskretioneret/)]);
    expect(check.ready).toBe(true);
  });

  it("a broken file: every row error with its sheet, row and column, and nothing is written", async () => {
    const bytes = await file("staermosegaarden-fejl");
    const check = await checkAreaFigures(h.db, manager, "staermosegaarden", bytes);
    expect(check.ready).toBe(false);
    expect(check.problems).toEqual([
      { sheet: "Tabel 2", row: 6, column: "2013", message: expect.stringContaining('"ca. 45" er ikke et tal') },
      { sheet: "Tabel 2", row: 7, message: expect.stringContaining("intet niveau") },
      { sheet: "Tabel 2", row: 9, message: expect.stringContaining("står to gange") },
    ]);
    await expect(
      importAreaFigures(h.db, manager, "staermosegaarden", { name: "fejl.xlsx", bytes }, check.mapping),
    ).rejects.toThrow(/Intet er indlæst/);
    expect(await h.db.select().from(seriesValues)).toEqual([]);
  });

  it("imports the series with the kommune and the country beside the area, shown on the area page", async () => {
    const bytes = await file("staermosegaarden");
    const check = await checkAreaFigures(h.db, manager, "staermosegaarden", bytes);
    const n = await importAreaFigures(
      h.db,
      manager,
      "staermosegaarden",
      { name: "beboerdata.xlsx", bytes },
      check.mapping,
    );
    expect(n).toBe(69);
    const view = await areaView(h.db, manager, "staermosegaarden");
    const work = view.series.find((s) => s.key === "uden-for-arbejde-og-uddannelse");
    expect(work?.rows.find((r) => r.period === "2015")).toMatchObject({
      value: 43.1,
      comparisonValue: 22.1,
      referenceValue: 18.5,
      source: "Landsbyggefonden, Beboerdata (beboerdata.xlsx)",
    });
    const moving = view.series.find((s) => s.key === "fraflytningsprocent");
    expect(moving?.rows.find((r) => r.period === "2014")).toMatchObject({ value: 8, comparisonValue: 2.8 });
    // The same figures run the list check: 863 residents in 2016, so no list whatever the shares.
    const years = view.lists.find((l) => l.listArea === "Stærmosegården")?.years ?? [];
    expect(years.map((y) => y.check.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019]);
    expect(years.find((y) => y.check.year === 2016)?.check.residents).toEqual({
      value: 863,
      minimum: 1000,
      met: false,
    });
    expect(years.every((y) => y.status === "ingen")).toBe(true);
  });

  it("a mapping posted with unknown series or roles is cleaned, never written as such", async () => {
    const bytes = await file("staermosegaarden");
    const check = await checkAreaFigures(h.db, manager, "staermosegaarden", bytes, {
      indicators: { "Antal beboere": "findes-ikke", Fraflytningsprocent: "fraflytningsprocent" },
      levels: { "Afdeling Stærmosegården (Odense Social-Filantropiske Boligselskab)": "hack" as never },
    });
    expect(check.mapping.indicators["Antal beboere"]).toBe("");
    expect(check.problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/Fraflytningsprocent/) }),
    ]);
  });
});
