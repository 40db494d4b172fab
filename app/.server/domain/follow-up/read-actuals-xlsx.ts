import { userError } from "../../errors";
import { cellText } from "../logbook-excel/cells";
import { readWorkbook } from "../logbook-excel/read-workbook";
import type { ActualInput } from "./record-actuals";

const headings = {
  label: ["budgetlinje", "linje", "konto", "kontonavn", "tekst", "post"],
  year: ["år", "aar", "regnskabsår", "year"],
  amount: ["beløb", "belob", "forbrug", "faktisk", "regnskab", "amount"],
  note: ["note", "bemærkning", "kommentar"],
};

/**
 * Reads actual spending from an XLSX export of the accounting system: the first sheet, a heading
 * row naming the columns (Budgetlinje, År, Beløb, optionally Note), one row per line and year.
 * Danish amounts ("125.000,50") are read as numbers.
 */
export async function readActualsXlsx(data: ArrayBuffer): Promise<(ActualInput & { row: number })[]> {
  const [sheet] = await readWorkbook(new Uint8Array(data));
  const columns: Partial<Record<keyof typeof headings, number>> = {};
  for (const [col, heading] of sheet.headings) {
    const name = heading.trim().toLowerCase();
    for (const [key, words] of Object.entries(headings))
      if (words.includes(name)) columns[key as keyof typeof headings] ??= col;
  }
  const missing = (["label", "year", "amount"] as const).filter((k) => columns[k] === undefined);
  if (missing.length > 0) throw userError("invalid-file", "actualsHeadings");
  const rows: (ActualInput & { row: number })[] = [];
  for (const row of sheet.rows) {
    const get = (k: keyof typeof headings) => (columns[k] ? cellText(row.cells.get(columns[k])) : "");
    if (!get("label") && !get("amount")) continue;
    const raw = get("amount");
    const compact = raw.replace(/\s|kr\.?/g, "");
    // Danish thousands separators and decimal comma: "1.200.000" and "125.000,50".
    const amount =
      /,/.test(compact) || /^-?\d{1,3}(\.\d{3})+$/.test(compact)
        ? compact.replace(/\./g, "").replace(",", ".")
        : compact;
    rows.push({ row: row.row, label: get("label"), year: get("year"), amount, note: get("note") || undefined });
  }
  return rows;
}
