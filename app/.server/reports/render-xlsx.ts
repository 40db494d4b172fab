import ExcelJS from "exceljs";
import type { Block, ReportDocument } from "./document";

type TableBlock = Extract<Block, { kind: "table" }>;

const superscript: Record<string, string> = {
  "⁰": "0",
  "¹": "1",
  "²": "2",
  "³": "3",
  "⁴": "4",
  "⁵": "5",
  "⁶": "6",
  "⁷": "7",
  "⁸": "8",
  "⁹": "9",
};

/**
 * A Danish-formatted number as a spreadsheet number: "1.200.000 kr." → 1200000 shown as
 * `#,##0 "kr."`, "33,3 %" → 33,3 with `0.0" %"`, "2017" → 2017 with `0`. Anything else stays text.
 */
export function danishNumber(text: string): { value: number; numFmt: string } | undefined {
  const m = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?( kr\.| %)?$/.exec(text.trim());
  if (!m) return undefined;
  const [, sign, whole, decimals = "", unit = ""] = m;
  const value = Number(`${sign}${whole.replace(/\./g, "")}.${decimals || "0"}`);
  const digits = `${whole.includes(".") || unit === " kr." ? "#,##0" : "0"}${decimals ? `.${"0".repeat(decimals.length)}` : ""}`;
  return { value, numFmt: unit ? `${digits}"${unit}"` : digits };
}

/** Splits trailing footnote marks off a cell: "235.000 kr.¹" → ["235.000 kr.", "1"]. */
function footnoteOf(text: string): [string, string | undefined] {
  const m = /^(.*?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/s.exec(text);
  return m ? [m[1], [...m[2]].map((c) => superscript[c]).join("")] : [text, undefined];
}

function sheetNames(doc: ReportDocument): string[] {
  const used = new Set<string>();
  let heading = doc.title;
  const names: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === "heading") heading = b.text;
    if (b.kind !== "table") continue;
    const base =
      (b.caption ?? heading)
        .replace(/[[\]:*?/\\]/g, " ")
        .replace(/\s+/g, " ")
        .trim()
        .slice(0, 31) || "Tabel";
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
    used.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

function fill(sheet: ExcelJS.Worksheet, table: TableBlock) {
  const header = sheet.addRow(table.columns.map((c) => c.label));
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF5" } };
  const add = (cells: string[], bold = false) => {
    const row = sheet.addRow([]);
    cells.forEach((text, i) => {
      const cell = row.getCell(i + 1);
      const [plain, note] = footnoteOf(text);
      const number = danishNumber(plain);
      cell.value = number ? number.value : text;
      if (number) cell.numFmt = number.numFmt;
      if (number && note) cell.note = `Note ${note}`;
      cell.alignment = {
        vertical: "top",
        wrapText: true,
        horizontal: table.columns[i]?.align === "right" ? "right" : undefined,
      };
    });
    if (bold) row.font = { bold: true };
  };
  for (const r of table.rows) add(r);
  if (table.footer) add(table.footer, true);
  table.columns.forEach((c, i) => {
    const longest = Math.max(c.label.length, ...[...table.rows, table.footer ?? []].map((r) => (r[i] ?? "").length));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, longest + 2));
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}

/**
 * A report's tables as an Excel workbook (ExcelJS): one sheet per table, named by its caption or
 * the heading above it, with the Danish column headings, numbers as numbers and fitted columns.
 */
export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Helhed";
  workbook.title = doc.title;
  const tables = doc.blocks.filter((b): b is TableBlock => b.kind === "table");
  const names = sheetNames(doc);
  tables.forEach((table, i) => fill(workbook.addWorksheet(names[i]), table));
  if (tables.length === 0) {
    const sheet = workbook.addWorksheet("Rapport");
    sheet.addRow([doc.title]).font = { bold: true, size: 14 };
    if (doc.subtitle) sheet.addRow([doc.subtitle]);
    sheet.addRow(["Rapporten har ingen tabeller."]);
    sheet.getColumn(1).width = 80;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
