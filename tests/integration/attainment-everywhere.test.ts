import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { memberships, plans, users } from "~/.server/db/schema";
import { generateDemoLogbook } from "~/.server/demo/demo-logbook";
import { insertDemoLogbook } from "~/.server/demo/insert-demo-logbook";
import { getPlan } from "~/.server/domain/plans/get-plan";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { examplePlanFiles } from "~/.server/domain/plans/load-example-plans";
import type { Block } from "~/.server/reports/document";
import { reportKinds } from "~/.server/reports/report-kinds";
import { formatNumber } from "~/format/format";
import { startApp } from "../support/app-harness";
import { runCli } from "../support/cli";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const system = { kind: "system", reason: "test" } as const;
const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());
type CliRow = {
  id: string;
  text: string;
  period: { id: string; first: string; last: string };
  counted: { first: string; last: string };
  unit: string;
  aggregate: string;
  target: number | null;
  targetBasis: string | null;
  actual: number | null;
  status: string;
  rule: string;
};

/** A figure as the pages and documents print it. */
const shown = (v: number | null, kind?: string) =>
  v === null ? "–" : `${formatNumber(Math.round(v * 10) / 10)}${kind === "outcomeRate" ? " %" : ""}`;

describe(`målopfyldelse is the same in the CLI, on the dashboard and in the reports (${testDatabaseKind})`, () => {
  let h: DatabaseHandle;
  let app: Awaited<ReturnType<typeof startApp>>;
  const emails = new Map<string, string>();
  const tokens = new Map<string, string>();
  const attainment = async (slug: string, period: string) => {
    const out = await runCli(
      ["attainment", slug, "--period", period, "--today", today, "--json", "--as", emails.get(slug) as string],
      {},
      process.cwd(),
      h,
    );
    expect(out.code, out.stderr).toBe(0);
    return JSON.parse(out.stdout).criteria as CliRow[];
  };

  beforeAll(async () => {
    h = await createTestDatabase();
    app = await startApp(h.db);
    for (const file of await examplePlanFiles()) {
      const plan = await importPlan(h.db, system, { text: await readFile(file, "utf8") });
      const [row] = await h.db.select().from(plans).where(eq(plans.slug, plan.slug));
      await insertDemoLogbook(
        h.db,
        { planId: row.id, organisationId: row.organisationId },
        generateDemoLogbook(plan, { seed: 1, scale: 1, today }),
      );
      const id = randomUUID();
      const email = `admin.${plan.slug}@test.dk`;
      await h.db.insert(users).values({ id, email, name: "Admin" });
      await h.db.insert(memberships).values({
        id: randomUUID(),
        organisationId: row.organisationId,
        userId: id,
        role: "administrator",
        sensitiveAccess: true,
      });
      emails.set(plan.slug, email);
      tokens.set(plan.slug, await app.sessionFor(id));
    }
  }, 240_000);
  afterAll(async () => h.close());

  it("gives a value for every criterion of every example plan over the whole plan", async () => {
    const missing: string[] = [];
    for (const slug of emails.keys())
      for (const r of await attainment(slug, "plan"))
        if (r.actual === null) missing.push(`${slug}: ${r.id} (${r.rule})`);
    expect(missing).toEqual([]);
  });

  it("gives Rum for Liv and Stærmosegården a value and a real status for every criterion over the whole plan", async () => {
    const judged = new Set(["opfyldt", "ikke-opfyldt", "paa-vej", "bagud"]);
    for (const slug of ["rum-for-liv", "staermosegaarden"]) {
      const unjudged = (await attainment(slug, "plan"))
        .filter((r) => r.actual !== null && !judged.has(r.status))
        .map((r) => `${r.id}: ${r.status}`);
      expect(unjudged, slug).toEqual([]);
    }
  });

  it("states each period's exact days, the counting unit, target, actual and status in the CLI JSON", async () => {
    const periods = {
      plan: ["2015-05-01", "2019-04-30"],
      PY2: ["2016-05-01", "2017-04-30"],
      "2016": ["2016-01-01", "2016-12-31"],
      "2016H1": ["2016-01-01", "2016-06-30"],
      "2016Q4": ["2016-10-01", "2016-12-31"],
      "2015": ["2015-05-01", "2015-12-31"],
    };
    const units = new Set([
      "persons",
      "households",
      "courses",
      "events",
      "attendances",
      "contacts",
      "referrals",
      "hours",
      "figure",
      "done",
    ]);
    for (const [period, [first, last]] of Object.entries(periods)) {
      const rows = await attainment("staermosegaarden", period);
      expect(rows.length).toBeGreaterThan(30);
      for (const r of rows) {
        expect(r.period, `${period} ${r.id}`).toEqual({ id: period, first, last });
        expect(units.has(r.unit), `${period} ${r.id}: ${r.unit}`).toBe(true);
        expect(r.counted.first >= first && r.counted.last <= last, `${period} ${r.id}`).toBe(true);
        expect(typeof r.status).toBe("string");
      }
    }
    const byId = new Map((await attainment("staermosegaarden", "plan")).map((r) => [r.id, r]));
    expect(byId.get("styrkede-beskaeftigelse")).toMatchObject({ unit: "persons", target: 20, targetBasis: "sum" });
    expect(byId.get("styrkede-mentorforloeb")).toMatchObject({ unit: "courses", target: 48, targetBasis: "sum" });
    const quarter = new Map((await attainment("staermosegaarden", "2016Q4")).map((r) => [r.id, r]));
    expect(quarter.get("styrkede-mentorforloeb")).toMatchObject({ target: 3, targetBasis: "prorated" });
  });

  it("shows on the dashboard exactly the figures the CLI prints", async () => {
    for (const slug of emails.keys()) {
      const rows = await attainment(slug, "plan");
      const response = await app.request(`/planer/${slug}/maalopfyldelse?periode=plan`, { token: tokens.get(slug) });
      expect(response.status).toBe(200);
      const html = await response.text();
      for (const r of rows) {
        const cell = new RegExp(`data-criterion="${r.id}"[\\s\\S]*?attainment-actual"><strong>([^<]*)</strong>`).exec(
          html,
        );
        expect(cell?.[1], `${slug}/${r.id}`).toBe(
          shown(r.actual, /\s%$/.test(cell?.[1] ?? "") ? "outcomeRate" : undefined),
        );
      }
    }
  });

  it("puts the same figures in Rum for Liv's 2013 status note and funder report", async () => {
    const rows = await attainment("rum-for-liv", "2013");
    const { plan, planId } = await getPlan(h.db, system, "rum-for-liv");
    for (const kind of ["status", "funder"] as const) {
      const doc = await reportKinds[kind].build({
        plan,
        planId,
        db: h.db,
        actor: system,
        period: "2013",
        audience: "internal",
        today,
      });
      // The criteria tables (criterion, target, actual …): the first line of a criterion cell is its text,
      // a second line says what is counted and where the target comes from.
      const tables = doc.blocks.filter(
        (b): b is Extract<Block, { kind: "table" }> => b.kind === "table" && b.columns[2]?.label === "Opnået",
      );
      const byText = new Map(tables.flatMap((t) => t.rows.map((row) => [row[0].split("\n")[0], row] as const)));
      for (const r of rows) {
        const row = byText.get(r.text);
        expect(row, `${kind}: ${r.id}`).toBeDefined();
        expect(row?.[2], `${kind}: ${r.id}`).toMatch(
          new RegExp(`^${shown(r.actual).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( %)?$`),
        );
      }
    }
  });
});
