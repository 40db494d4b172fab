import ExcelJS from "exceljs";
import { userError } from "../../errors";
import { checkZip } from "../../files/zip-limits";
import type { ActualInput } from "./record-actuals";

const headings = {
  label: ["budgetlinje", "linje", "konto", "kontonavn", "tekst", "post"],
  year: ["år", "aar", "regnskabsår", "year"],
  amount: ["beløb", "belob", "forbrug", "faktisk", "regnskab", "amount"],
  note: ["note", "bemærkning", "kommentar"],
};

const text = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "result" in v) return text(v.result as ExcelJS.CellValue);
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  return String(v);
};

/**
 * Reads actual spending from an XLSX export of the accounting system: the first sheet, a heading
 * row naming the columns (Budgetlinje, År, Beløb, optionally Note), one row per line and year.
 * Danish amounts ("125.000,50") are read as numbers.
 */
export async function readActualsXlsx(data: ArrayBuffer): Promise<(ActualInput & { row: number })[]> {
  checkZip(new Uint8Array(data));
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data);
  } catch {
    throw userError("invalid-file", "notAnXlsxSheet");
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw userError("invalid-file", "excelFileNoSheets");
  const head = sheet.getRow(1);
  const columns: Partial<Record<keyof typeof headings, number>> = {};
  head.eachCell((cell, col) => {
    const name = text(cell.value).trim().toLowerCase();
    for (const [key, words] of Object.entries(headings))
      if (words.includes(name)) columns[key as keyof typeof headings] ??= col;
  });
  const missing = (["label", "year", "amount"] as const).filter((k) => columns[k] === undefined);
  if (missing.length > 0) throw userError("invalid-file", "actualsHeadings");
  const rows: (ActualInput & { row: number })[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const get = (k: keyof typeof headings) => (columns[k] ? text(row.getCell(columns[k]).value).trim() : "");
    if (!get("label") && !get("amount")) return;
    const raw = get("amount");
    const compact = raw.replace(/\s|kr\.?/g, "");
    // Danish thousands separators and decimal comma: "1.200.000" and "125.000,50".
    const amount =
      /,/.test(compact) || /^-?\d{1,3}(\.\d{3})+$/.test(compact)
        ? compact.replace(/\./g, "").replace(",", ".")
        : compact;
    rows.push({ row: n, label: get("label"), year: get("year"), amount, note: get("note") || undefined });
  });
  return rows;
}
