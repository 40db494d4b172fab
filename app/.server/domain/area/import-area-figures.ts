import { type BeboerdataFile, readBeboerdata, type SheetRows } from "~/area-figures/beboerdata";
import { type FigureMapping, guessMapping, type LevelRole, mappedFigures } from "~/area-figures/figure-mapping";
import type { PlanFile } from "~/plan-format/plan";
import { recordAudit } from "../../audit/record-audit";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { userError } from "../../errors";
import { writeEnteredFigure } from "../attainment/entered-figures";
import { readWorkbook } from "../logbook-excel/read-workbook";
import { getPlan } from "../plans/get-plan";

/** What a check of a Beboerdata file shows: the key figures and levels found, the mapping, problems, notes. */
export interface AreaFiguresCheck {
  indicators: { name: string; sheet: string; levels: string[] }[];
  levels: string[];
  mapping: FigureMapping;
  figures: number;
  problems: { sheet: string; row?: number; column?: string; message: string }[];
  notes: string[];
  skippedSheets: string[];
  ready: boolean;
}

async function readFile(bytes: Uint8Array): Promise<BeboerdataFile> {
  const sheets: SheetRows[] = (await readWorkbook(bytes)).map((s) => ({
    name: s.name,
    rows: [{ row: s.headingRow, cells: new Map([...s.headings]) }, ...s.rows],
  }));
  return readBeboerdata(sheets);
}

/** Keeps only mapping entries that name something the file and the plan have (a form may post anything). */
function cleanMapping(file: BeboerdataFile, plan: PlanFile, given: FigureMapping): FigureMapping {
  const series = new Set(plan.series.map((s) => s.key));
  const roles = new Set<LevelRole>(["area", "comparison", "reference", ""]);
  const indicators: Record<string, string> = {};
  for (const name of new Set(file.rows.map((r) => r.indicator))) {
    const key = given.indicators[name] ?? "";
    indicators[name] = series.has(key) ? key : "";
  }
  const levels: Record<string, LevelRole> = {};
  for (const level of new Set(file.rows.map((r) => r.level))) {
    const role = given.levels[level] ?? "";
    levels[level] = roles.has(role) ? role : "";
  }
  return { indicators, levels };
}

function report(
  file: BeboerdataFile,
  mapping: FigureMapping,
): AreaFiguresCheck & { written: ReturnType<typeof mappedFigures> } {
  const written = mappedFigures(file, mapping);
  const names = [...new Set(file.rows.map((r) => r.indicator))];
  const problems = [...file.problems, ...written.problems];
  return {
    indicators: names.map((name) => {
      const rows = file.rows.filter((r) => r.indicator === name);
      return { name, sheet: rows[0].sheet, levels: rows.map((r) => r.level) };
    }),
    levels: [...new Set(file.rows.map((r) => r.level))],
    mapping,
    figures: written.figures.length,
    problems,
    notes: written.notes,
    skippedSheets: file.skippedSheets,
    ready: problems.length === 0 && written.figures.length > 0,
    written,
  };
}

/**
 * Checks a Beboerdata file against a plan's series and proposes (or applies) a mapping; writes nothing.
 * @example const check = await checkAreaFigures(db, actor, "staermosegaarden", bytes);
 */
export async function checkAreaFigures(
  db: Database,
  actor: Actor,
  slug: string,
  bytes: Uint8Array,
  mapping?: FigureMapping,
): Promise<AreaFiguresCheck> {
  const { plan } = await getPlan(db, actor, slug, "plan.edit");
  const file = await readFile(bytes);
  const areaNames = plan.areas.flatMap((a) => [a.name, ...a.departments.map((d) => d.name)]);
  const chosen = mapping ? cleanMapping(file, plan, mapping) : guessMapping(file, plan.series, areaNames);
  const { written: _, ...check } = report(file, chosen);
  return check;
}

/**
 * Writes the mapped figures of a Beboerdata file into the plan's series (a figure already there for
 * the year is replaced), all or nothing: with any problem nothing is written. Returns the count.
 */
export async function importAreaFigures(
  db: Database,
  actor: Actor,
  slug: string,
  file: { name: string; bytes: Uint8Array },
  mapping: FigureMapping,
): Promise<number> {
  const { plan, planId, resource } = await getPlan(db, actor, slug, "plan.edit");
  const read = await readFile(file.bytes);
  const r = report(read, cleanMapping(read, plan, mapping));
  if (!r.ready) throw userError("invalid-file", r.problems.length > 0 ? "fileHasProblems" : "chooseSeriesAndAreaRow");
  const by = actor.kind === "user" ? actor.userId : null;
  const source = `Landsbyggefonden, Beboerdata (${file.name.slice(0, 120)})`;
  await db.transaction(async (tx) => {
    for (const f of r.written.figures)
      await writeEnteredFigure(
        tx,
        { kind: "series", key: f.seriesKey },
        {
          organisationId: resource.organisationId,
          planId,
          period: f.period,
          value: f.value,
          comparisonValue: f.comparisonValue,
          referenceValue: f.referenceValue,
          source,
          by,
        },
      );
    await recordAudit(tx, actor, {
      action: "series.import",
      resourceType: "plan",
      resourceId: planId,
      organisationId: resource.organisationId,
      outcome: "allowed",
      details: { figures: r.written.figures.length, series: [...new Set(r.written.figures.map((f) => f.seriesKey))] },
    });
  });
  return r.written.figures.length;
}
