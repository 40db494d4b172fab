// Logbook workbooks for tests and benchmarks: the template filled with rows, and the 10,000-row
// file written the way people fill in the template.
import ExcelJS from "exceljs";

export type Rows = Record<string, (string | number | Date | null)[][]>;

/** Fills the template's sheets with rows (values in the order of each sheet's headings). */
export async function fillTemplate(template: Buffer, rows: Rows): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as never);
  for (const [name, list] of Object.entries(rows)) {
    const ws = book.getWorksheet(name);
    if (!ws) throw new Error(`Arket ${name} mangler`);
    for (const r of list) ws.addRow(r);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const pad = (n: number) => String(n).padStart(2, "0");
/** A date in the plan's period (2014–2016) for a number. */
export const day = (i: number) => `${2014 + (i % 3)}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;

/**
 * 10 000 rows over every sheet, written the way people fill in the template: names from the
 * drop-downs, dates as text, as Excel dates and the Danish way, numbers as text and numbers.
 */
export function bigWorkbookRows(): Rows {
  const rows: Rows = {};
  rows.Deltagere = Array.from({ length: 400 }, (_, i) => [
    `P${i + 1}`,
    "Lektiecafé",
    `${"ABCDEFGHIJ"[i % 10]}${"KLMNOPQRST"[Math.floor(i / 10) % 10]}`,
    1950 + (i % 60),
    ["Kvinde", "Mand", "Andet", "Ukendt"][i % 4],
    "101-0",
    i % 3 === 0 ? `HH${i % 150}` : null,
    i % 5 === 0 ? "Enlig forsørger" : null,
    "Ja",
    i < 20 ? "Ja" : "Nej",
  ]);
  rows.Hold = Array.from({ length: 100 }, (_, i) => ["Jobforløb", `P${i + 1}`]);
  rows.Arrangementer = Array.from({ length: 2500 }, (_, i) =>
    i < 2000
      ? [
          `E${i + 1}`,
          "Lektiecafé",
          "Lektiecafé",
          null,
          i % 3 === 0 ? new Date(`${day(i)}T00:00:00Z`) : i % 3 === 1 ? day(i) : day(i).split("-").reverse().join("."),
          "15:00",
          "17:00",
          "Beboerhuset",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
        ]
      : [
          `E${i + 1}`,
          "Sommerfest",
          "Arrangement",
          `Fest ${i}`,
          day(i),
          null,
          null,
          null,
          40 + (i % 20),
          10,
          String(30 + (i % 20)),
          null,
          null,
          null,
          null,
          null,
        ],
  );
  rows.Fremmøde = Array.from({ length: 6000 }, (_, i) => [`E${Math.floor(i / 3) + 1}`, `P${((i * 7) % 400) + 1}`]);
  rows.Forløb = Array.from({ length: 200 }, (_, i) => [
    `F${i + 1}`,
    "Jobforløb",
    "Jobforløb",
    `P${i + 1}`,
    null,
    `2014-${pad(1 + (i % 6))}-01`,
    i % 4 === 0 ? "2015-06-30" : null,
    i % 4 === 0 ? "Job" : null,
    i % 4 === 0 ? "2015-06-30" : null,
  ]);
  rows.Forløbstrin = Array.from({ length: 400 }, (_, i) => [
    null,
    `F${Math.floor(i / 2) + 1}`,
    i % 2 === 0 ? "Afklaring" : "Praktik",
    `2014-${pad(7 + (i % 2))}-15`,
  ]);
  rows.Opfølgninger = Array.from({ length: 50 }, (_, i) => [null, `F${i * 4 + 1}`, 3, "2015-09-30", "Job"]);
  rows.Henvendelser = Array.from({ length: 150 }, (_, i) => [
    `C${i + 1}`,
    "Lektiecafé",
    i % 2 === 0 ? `P${i + 1}` : null,
    i % 3 === 0 ? `HH${i % 150}` : null,
    day(i),
    "Økonomi",
  ]);
  rows.Brobygning = Array.from({ length: 50 }, (_, i) => [
    null,
    "Lektiecafé",
    `C${i + 1}`,
    i % 2 === 0 ? `P${i + 1}` : null,
    null,
    day(i),
    "Jobcenteret",
    i % 2 === 0 ? "Fik møde" : null,
  ]);
  rows.Vurderinger = Array.from({ length: 75 }, (_, i) => [
    null,
    "Lektiecafé",
    `P${i + 1}`,
    "Styrket socialt netværk",
    day(i),
  ]);
  rows["Frivillige timer"] = Array.from({ length: 75 }, (_, i) => [
    null,
    "Lektiecafé",
    `P${(i % 20) + 1}`,
    day(i),
    i % 2 === 0 ? "2,5" : 3,
    "Lektiehjælper",
  ]);
  return rows;
}
