import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { UserError, userError } from "../../errors";
import { checkZip } from "../../files/zip-limits";

/** A cell as read: text, a number, true/false, a date (Excel dates come as UTC midnight) or empty. */
export type RawCell = string | number | boolean | Date | null;

/** A sheet as read: its heading row (texts by column number) and its data rows below it. */
export interface RawSheet {
  name: string;
  headingRow: number;
  headings: Map<number, string>;
  rows: { row: number; cells: Map<number, RawCell> }[];
}

/** At most this many data rows in one file; more is refused before anything is checked. */
export const maxRows = 100_000;

function plain(value: ExcelJS.CellValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value) return plain(value.richText.map((r) => r.text).join(""));
    if ("formula" in value || "sharedFormula" in value) return plain((value as { result?: ExcelJS.CellValue }).result);
    if ("text" in value) return plain(String((value as { text: unknown }).text));
    if ("error" in value) return String(value.error);
  }
  return String(value);
}

/**
 * Reads every sheet of an XLSX file, streaming, so large files and workbooks with drop-downs on
 * whole columns are read quickly. The heading row is the first row with any text in it.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<RawSheet[]> {
  const input = workbookFirst(bytes, checkZip(bytes));
  const out: RawSheet[] = [];
  let total = 0;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(input)), {
      sharedStrings: "cache",
      styles: "cache",
      worksheets: "emit",
      hyperlinks: "ignore",
      entries: "ignore",
    });
    for await (const worksheet of reader) {
      const sheet: RawSheet = {
        name: String((worksheet as unknown as { name?: string }).name ?? ""),
        headingRow: 0,
        headings: new Map(),
        rows: [],
      };
      for await (const row of worksheet) {
        const cells = new Map<number, RawCell>();
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          const v = plain(cell.value);
          if (v !== null) cells.set(col, v);
        });
        if (cells.size === 0) continue;
        if (!sheet.headingRow) {
          sheet.headingRow = row.number;
          for (const [col, v] of cells)
            sheet.headings.set(col, (v instanceof Date ? v.toISOString() : String(v)).trim());
          continue;
        }
        sheet.rows.push({ row: row.number, cells });
        if (++total > maxRows)
          throw userError("file-too-large", "fileTooManyRows", { params: { max: maxRows.toLocaleString("da-DK") } });
      }
      out.push(sheet);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw userError("invalid-file", "notAnXlsxSheet");
  }
  if (out.length === 0) throw userError("invalid-file", "excelFileNoSheets");
  return out;
}

/**
 * ExcelJS's streaming reader names the sheets from `xl/workbook.xml` and fails on a sheet that comes
 * before it in the zip; ExcelJS's own writer (our template, many tools) sometimes puts it after. Such
 * a file is packed again with that entry first, nothing else changed (its size was checked already).
 */
function workbookFirst(bytes: Uint8Array, names: string[]): Uint8Array {
  const book = names.indexOf("xl/workbook.xml");
  const firstSheet = names.findIndex((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  if (book < 0 || firstSheet < 0 || book < firstSheet) return bytes;
  const files = unzipSync(bytes);
  const order = ["xl/workbook.xml", ...Object.keys(files).filter((n) => n !== "xl/workbook.xml")];
  return zipSync(Object.fromEntries(order.map((n) => [n, files[n]])), { level: 1 });
}
