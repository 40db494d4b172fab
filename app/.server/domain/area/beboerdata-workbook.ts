import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";

/** One key figure of a Beboerdata table: a row per level (afdeling, kommune, hele landet) with a value per year. */
export interface BeboerdataTable {
  title: string;
  indicator: string;
  rows: { level: string; values: (number | string | null)[] }[];
}

/**
 * Writes an XLSX in the layout of Landsbyggefonden's Beboerdata tables (one sheet per table: title
 * rows, a heading row Nøgletal | Niveau | years, a row per level, a source line) — for examples and
 * tests, since real files hold register data that is not public. `note` says that the figures are made up.
 */
export async function beboerdataWorkbook(input: {
  area: string;
  years: number[];
  tables: BeboerdataTable[];
  note: string;
}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  input.tables.forEach((table, i) => {
    const ws = book.addWorksheet(`Tabel ${i + 1}`);
    ws.addRow(["Landsbyggefonden · Beboerdata"]);
    ws.addRow([table.title]);
    ws.addRow([input.area]);
    ws.addRow([]);
    ws.addRow(["Nøgletal", "Niveau", ...input.years]).font = { bold: true };
    table.rows.forEach((r, j) => {
      ws.addRow([j === 0 ? table.indicator : null, r.level, ...r.values]);
    });
    ws.addRow([]);
    ws.addRow([`Kilde: Danmarks Statistik og Landsbyggefonden. "." = diskretioneret. ${input.note}`]);
    ws.getColumn(1).width = 60;
    ws.getColumn(2).width = 34;
  });
  return excelOrder(new Uint8Array(await book.xlsx.writeBuffer()));
}

/**
 * Puts the workbook part before the sheets, as Excel does: ExcelJS writes it last, and a streaming
 * reader then meets sheets before it knows their names.
 */
function excelOrder(bytes: Uint8Array): Buffer {
  const entries = unzipSync(bytes);
  const first = [
    "[Content_Types].xml",
    "_rels/.rels",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/sharedStrings.xml",
    "xl/styles.xml",
  ];
  const ordered: Record<string, Uint8Array> = {};
  for (const name of first) if (entries[name]) ordered[name] = entries[name];
  for (const [name, data] of Object.entries(entries))
    if (!(name in ordered) && !name.endsWith("/")) ordered[name] = data;
  return Buffer.from(zipSync(ordered));
}
