// A logbook workbook of 100,000 rows for the import benchmarks: the template of the logbook test
// plan filled with participants, lektiecafé sessions and who came.
import ExcelJS from "exceljs";

export const people = 1_000;
export const eventsCount = 20_000;
// The template's guide and list sheets count towards the importer's limit of 100,000 rows too.
export const attendanceCount = 100_000 - people - eventsCount - 200;
const pad = (n: number) => String(n).padStart(2, "0");
const day = (i: number) => `${2014 + (i % 3)}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;

/** The template filled with 100,000 rows (or `size`): participants, lektiecafé sessions and who came. */
export async function workbook(
  template: Buffer,
  size = { people, events: eventsCount, attendance: attendanceCount },
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as never);
  const add = (name: string, rows: unknown[][]) => {
    const ws = book.getWorksheet(name);
    if (!ws) throw new Error(`Arket ${name} mangler`);
    for (const r of rows) ws.addRow(r);
  };
  add(
    "Deltagere",
    Array.from({ length: size.people }, (_, i) => [
      `P${i + 1}`,
      "Lektiecafé",
      null,
      1950 + (i % 60),
      "Ukendt",
      "101-0",
      null,
      null,
      "Ja",
      "Nej",
    ]),
  );
  add(
    "Arrangementer",
    Array.from({ length: size.events }, (_, i) => [
      `E${i + 1}`,
      "Lektiecafé",
      "Lektiecafé",
      null,
      day(i),
      "15:00",
      "17:00",
    ]),
  );
  add(
    "Fremmøde",
    Array.from({ length: size.attendance }, (_, i) => [
      `E${(i % size.events) + 1}`,
      `P${((i * 7 + Math.floor(i / size.events)) % size.people) + 1}`,
    ]),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
