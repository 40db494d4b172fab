import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActorByEmail } from "~/.server/auth/load-actor";
import type { DatabaseHandle } from "~/.server/db/client";
import { memberships, plans, users } from "~/.server/db/schema";
import { enterCriterionValue } from "~/.server/domain/attainment/enter-criterion-value";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { importLogbook, logbookTemplate } from "~/.server/domain/logbook-excel/logbook-excel";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { runCli } from "../support/cli";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const system = { kind: "system", reason: "test" } as const;
type Row = { id: string; unit: string; target: number | null; actual: number | null; status: string };

/**
 * A small logbook of tricky cases, typed into the Excel template as a user would, imported, and read
 * back through `helhed attainment --json`: what an outside check of the figures does.
 */
describe(`tricky cases through the Excel template and the CLI (${testDatabaseKind})`, () => {
  let h: DatabaseHandle;
  const email = "leder@staermose.test";
  const attainment = async (period: string): Promise<Map<string, Row>> => {
    const out = await runCli(
      ["attainment", "staermosegaarden", "--period", period, "--today", "2020-01-01", "--json", "--as", email],
      {},
      process.cwd(),
      h,
    );
    expect(out.code, out.stderr).toBe(0);
    return new Map((JSON.parse(out.stdout).criteria as Row[]).map((r) => [r.id, r]));
  };

  beforeAll(async () => {
    h = await createTestDatabase();
    const text = await readFile("examples/plans/staermosegaarden.yaml", "utf8");
    await importPlan(h.db, system, { text });
    const [plan] = await h.db.select().from(plans).where(eq(plans.slug, "staermosegaarden"));
    const userId = randomUUID();
    await h.db.insert(users).values({ id: userId, email, name: "Sekretariatsleder" });
    await h.db.insert(memberships).values({
      id: randomUUID(),
      organisationId: plan.organisationId,
      userId,
      role: "planManager",
      sensitiveAccess: true,
    });
    const actor = await loadActorByEmail(h.db, email);
    const ctx = await openLogbook(h.db, actor, "staermosegaarden", "plan.read");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await logbookTemplate(h.db, ctx, "2020-01-01")) as never);
    const add = (sheet: string, rows: (string | number | null)[][]) => {
      const ws = book.getWorksheet(sheet);
      if (!ws) throw new Error(sheet);
      for (const r of rows) ws.addRow(r);
    };
    const activity = "Vejledning og rådgivning";
    const type = "Vejlednings- og rådgivningsforløb (tæt på arbejdsmarkedet)";
    add("Deltagere", [
      ["P1", activity, "AA", 1980, "Kvinde", null, null, null, "Ja", "Nej"],
      ["P2", activity, "BB", 1975, "Mand", null, null, null, "Ja", "Nej"],
      ["P3", activity, "CC", 1990, "Mand", null, null, null, "Ja", "Nej"],
    ]);
    add("Forløb", [
      // P1: two job courses, one in PY1 (January 2016) and one in PY2: one resident in employment.
      ["F1", activity, type, "P1", null, "2015-09-01", "2016-02-10", "Beskæftigelse", "2016-02-10"],
      ["F2", activity, type, "P1", null, "2016-05-15", "2016-11-01", "Beskæftigelse", "2016-11-01"],
      // P2: dropped out, started again and got a job.
      ["F3", activity, type, "P2", null, "2016-01-10", "2016-03-01", "Faldet fra", "2016-03-01"],
      ["F4", activity, type, "P2", null, "2016-06-01", "2016-12-15", "Beskæftigelse", "2016-12-15"],
      // P3: still in a course.
      ["F5", activity, type, "P3", null, "2016-08-01", null, null, null],
    ]);
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const done = await importLogbook(h.db, ctx, file);
    expect(done).toMatchObject({ imported: true, problems: [] });
    await enterCriterionValue(h.db, actor, "staermosegaarden", "bid-fraflytningsprocent", {
      period: "2018H1",
      value: "5,7",
      source: "Odense Kommunes monitoreringssystem",
    });
  }, 120_000);
  afterAll(async () => h.close());

  it("counts residents, not courses, and takes the calendar year as the calendar's", async () => {
    const year = await attainment("2016");
    // "5 beboere kommer i beskæftigelse om året": P1 (February and November) and P2 → 2 residents in 2016,
    // January–April 2016 included although it belongs to plan year 1. Target 5 × 4/12 + 5 × 8/12 = 5.
    expect(year.get("styrkede-beskaeftigelse")).toMatchObject({
      unit: "persons",
      actual: 2,
      target: 5,
      status: "ikke-opfyldt",
    });
    const plan = await attainment("plan");
    // The whole plan: 2 residents against 5 + 5 + 5 + 5 = 20.
    expect(plan.get("styrkede-beskaeftigelse")).toMatchObject({ actual: 2, target: 20 });
    // "12 mentorforløb om året" counts courses: none logged.
    expect(plan.get("styrkede-mentorforloeb")).toMatchObject({ unit: "courses", actual: 0, target: 48 });
  });

  it("enters one statistic once and shows it on every criterion that reads it", async () => {
    const plan = await attainment("plan");
    for (const key of ["fraflytningsprocent", "boern-familier-fraflytningsprocent", "bid-fraflytningsprocent"])
      expect(plan.get(key), key).toMatchObject({ unit: "figure", actual: 5.7, target: 6, status: "opfyldt" });
  });
});
