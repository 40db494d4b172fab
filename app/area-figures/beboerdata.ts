/**
 * Reads tables in the layout of Landsbyggefonden's Beboerdata (pure, no I/O): per sheet a few title
 * rows, a heading row with a key-figure column, a level column (afdeling, kommune, hele landet) and
 * one column per year, then one row per key figure and level. Suppressed cells (".", "-", "x", "*")
 * are kept as suppressed, never as zero. See docs/area-figures.md for the layout and what is guessed.
 */

import { errorText } from "~/i18n/error-text";

/** A cell as read from the workbook. */
export type Cell = string | number | boolean | Date | null;
export interface SheetRows {
  name: string;
  rows: { row: number; cells: Map<number, Cell> }[];
}

export interface YearValue {
  year: number;
  value: number | null;
  suppressed: boolean;
}
export interface FigureRow {
  sheet: string;
  row: number;
  indicator: string;
  level: string;
  values: YearValue[];
}
export interface FileProblem {
  sheet: string;
  row?: number;
  column?: string;
  message: string;
}
export interface BeboerdataFile {
  rows: FigureRow[];
  problems: FileProblem[];
  /** Sheets without a table (an info sheet), said so rather than refused. */
  skippedSheets: string[];
}

const suppressedMarks = new Set([".", "..", "-", "–", "x", "X", "*", "(.)"]);

/** A heading cell's year: 2016, "2016", "1. januar 2016", "2016*"; else null. */
export function yearOfHeading(cell: Cell): number | null {
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 1980 && cell <= 2100 ? cell : null;
  if (typeof cell !== "string") return null;
  const m = /(?:^|\s)((?:19|20)\d\d)\s*\*?$/.exec(cell.trim());
  return m ? Number(m[1]) : null;
}

/** A value cell: a number, a Danish decimal ("38,1", "1.234,5"), suppressed, or a problem. */
export function readValue(cell: Cell): { value: number | null; suppressed: boolean } | { problem: string } {
  if (cell === null) return { value: null, suppressed: false };
  if (typeof cell === "number") return { value: cell, suppressed: false };
  const text = String(cell).trim();
  if (suppressedMarks.has(text)) return { value: null, suppressed: true };
  const danish = text
    .replace(/\s|%/g, "")
    .replace(/\.(?=\d{3}(\D|$))/g, "")
    .replace(",", ".");
  if (/^-?\d+(\.\d+)?$/.test(danish)) return { value: Number(danish), suppressed: false };
  return { problem: errorText("beboerdataNotANumber", { text }) };
}

const cellText = (c: Cell | undefined) =>
  c === null || c === undefined ? "" : (c instanceof Date ? c.toISOString().slice(0, 10) : String(c)).trim();

/** Reads every sheet in the Beboerdata layout; every cell it cannot read is a problem with its place. */
export function readBeboerdata(sheets: SheetRows[]): BeboerdataFile {
  const out: BeboerdataFile = { rows: [], problems: [], skippedSheets: [] };
  for (const sheet of sheets) readSheet(sheet, out);
  if (out.rows.length === 0 && out.problems.length === 0)
    out.problems.push({
      sheet: sheets[0]?.name ?? "(filen)",
      message: errorText("beboerdataNoTable"),
    });
  return out;
}

function readSheet(sheet: SheetRows, out: BeboerdataFile) {
  const headingAt = sheet.rows.findIndex(
    (r) => [...r.cells.values()].filter((c) => yearOfHeading(c) !== null).length >= 2,
  );
  if (headingAt < 0) {
    out.skippedSheets.push(sheet.name);
    return;
  }
  const heading = sheet.rows[headingAt];
  const years = [...heading.cells].flatMap(([col, c]) => {
    const year = yearOfHeading(c);
    return year === null ? [] : [{ col, year }];
  });
  const firstYearCol = Math.min(...years.map((y) => y.col));
  const textCols = [...heading.cells.keys()].filter((col) => col < firstYearCol).sort((a, b) => a - b);
  // One text column: the level; the key figure is the sheet's title (the first text above the heading).
  const indicatorCol = textCols.length >= 2 ? textCols[0] : null;
  const levelCol = textCols.at(-1) ?? firstYearCol - 1;
  const title = sheet.rows
    .slice(0, headingAt)
    .map((r) => cellText(r.cells.get(Math.min(...r.cells.keys()))))
    .find((t) => t !== "" && !/^landsbyggefonden/i.test(t));
  let indicator = indicatorCol === null ? (title ?? sheet.name) : "";
  for (const r of sheet.rows.slice(headingAt + 1)) {
    const level = cellText(r.cells.get(levelCol));
    const ownIndicator = indicatorCol === null ? "" : cellText(r.cells.get(indicatorCol));
    const hasValues = years.some((y) => r.cells.has(y.col));
    if (!hasValues) {
      if (ownIndicator && !level && !/^(kilde|note|anm)/i.test(ownIndicator)) indicator = ownIndicator;
      continue;
    }
    if (ownIndicator) indicator = ownIndicator;
    const place = { sheet: sheet.name, row: r.row };
    if (!level) {
      out.problems.push({
        ...place,
        message: errorText("beboerdataRowNoLevel"),
      });
      continue;
    }
    if (!indicator) {
      out.problems.push({ ...place, message: errorText("beboerdataRowNoIndicator") });
      continue;
    }
    if (out.rows.some((x) => x.indicator === indicator && x.level === level)) {
      out.problems.push({ ...place, message: errorText("beboerdataRowTwice", { indicator, level }) });
      continue;
    }
    const values: YearValue[] = [];
    for (const { col, year } of years) {
      const read = readValue(r.cells.get(col) ?? null);
      if ("problem" in read) out.problems.push({ ...place, column: String(year), message: read.problem });
      else values.push({ year, ...read });
    }
    out.rows.push({ sheet: sheet.name, row: r.row, indicator, level, values });
  }
}
