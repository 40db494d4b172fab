import { errorText } from "~/i18n/error-text";
import type { BeboerdataFile, FileProblem } from "./beboerdata";

/** What a level of the file is for a series: the area itself, the kommune, the region or country, or nothing. */
export type LevelRole = "area" | "comparison" | "reference" | "";
/** Which plan series each key figure of the file fills ("" = not imported), and what each level is. */
export interface FigureMapping {
  indicators: Record<string, string>;
  levels: Record<string, LevelRole>;
}
/** A figure ready to be written into a series: the area's value with the kommune's and the country's. */
export interface SeriesFigure {
  seriesKey: string;
  period: string;
  value: number;
  comparisonValue: number | null;
  referenceValue: number | null;
}

type SeriesInfo = { key: string; label: string };
const loose = (s: string) =>
  s
    .toLowerCase()
    .replace(/\(.*?\)|%|pct\.?/g, "")
    .replace(/[^a-zæøå0-9]+/g, " ")
    .trim();

/**
 * A first mapping to show the user: a key figure goes to the series with the same name (loosely:
 * case, units and punctuation aside); a level naming the area or a department is the area, one with
 * "kommune" the comparison, "hele landet" or "region" the reference.
 */
export function guessMapping(file: BeboerdataFile, series: SeriesInfo[], areaNames: string[]): FigureMapping {
  const indicators: Record<string, string> = {};
  for (const name of new Set(file.rows.map((r) => r.indicator))) {
    const found =
      series.find((s) => loose(s.label) === loose(name)) ?? series.find((s) => loose(name).includes(loose(s.label)));
    indicators[name] = found?.key ?? "";
  }
  const levels: Record<string, LevelRole> = {};
  const names = areaNames.map(loose).filter((n) => n.length > 2);
  for (const level of new Set(file.rows.map((r) => r.level))) {
    const l = loose(level);
    levels[level] =
      /afdeling|boligomr|helhedsplan/.test(l) || names.some((n) => l.includes(n) || n.includes(l))
        ? "area"
        : /kommune/.test(l)
          ? "comparison"
          : /hele landet|landsplan|region|landet/.test(l)
            ? "reference"
            : "";
  }
  return { indicators, levels };
}

/**
 * The figures the mapping picks, per series and year, with every problem that stops the import:
 * a key figure with no row for the area, or two rows for one role. A year whose area figure is
 * suppressed or empty is left out and said so in `notes`; nothing is made up.
 */
export function mappedFigures(
  file: BeboerdataFile,
  mapping: FigureMapping,
): { figures: SeriesFigure[]; problems: FileProblem[]; notes: string[] } {
  const figures: SeriesFigure[] = [];
  const problems: FileProblem[] = [];
  const notes: string[] = [];
  const roleOf = (level: string) => mapping.levels[level] ?? "";
  for (const [indicator, seriesKey] of Object.entries(mapping.indicators)) {
    if (!seriesKey) continue;
    const rows = file.rows.filter((r) => r.indicator === indicator);
    const byRole = (role: LevelRole) => rows.filter((r) => roleOf(r.level) === role);
    const [area, comparison, reference] = [byRole("area"), byRole("comparison"), byRole("reference")];
    const sheet = rows[0]?.sheet ?? "";
    if (area.length !== 1) {
      problems.push({
        sheet,
        row: rows[0]?.row,
        message:
          area.length === 0
            ? errorText("figureNoAreaRow", { indicator })
            : errorText("figureManyAreaRows", { indicator, count: area.length }),
      });
      continue;
    }
    for (const [key, list] of [
      ["figureManyComparisonRows", comparison],
      ["figureManyReferenceRows", reference],
    ] as const)
      if (list.length > 1)
        problems.push({
          sheet,
          row: list[1].row,
          message: errorText(key, { indicator }),
        });
    const at = (list: typeof rows, year: number) => list[0]?.values.find((v) => v.year === year)?.value ?? null;
    for (const v of area[0].values) {
      if (v.value === null) {
        notes.push(
          `${indicator} ${v.year}: områdets tal er ${v.suppressed ? "diskretioneret" : "tomt"}; året er sprunget over.`,
        );
        continue;
      }
      figures.push({
        seriesKey,
        period: String(v.year),
        value: v.value,
        comparisonValue: at(comparison, v.year),
        referenceValue: at(reference, v.year),
      });
    }
  }
  return { figures, problems, notes };
}
