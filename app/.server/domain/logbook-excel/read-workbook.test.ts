import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "./read-workbook";

async function workbook() {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Arrangementer").addRows([
    ["Aktivitet", "Dato"],
    ["Lektiecafé", "2015-01-01"],
  ]);
  book.addWorksheet("Brobygning").addRows([
    ["Aktivitet", "Modtager"],
    ["Lektiecafé", "politiet"],
  ]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * The same file with xl/workbook.xml last in the zip, after the sheets (and after the relations and
 * shared strings, so that the reader does not set the sheets aside), as ExcelJS's writer sometimes leaves it.
 */
function workbookLast(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const names = Object.keys(files);
  const sheets = names.filter((n) => n.startsWith("xl/worksheets/"));
  const rest = names.filter((n) => !sheets.includes(n) && n !== "xl/workbook.xml");
  const order = [...rest, ...sheets, "xl/workbook.xml"];
  return zipSync(Object.fromEntries(order.map((n) => [n, files[n]])));
}

describe("reading a logbook workbook", () => {
  it("reads the sheets by name whatever the order of the zip's entries", async () => {
    const bytes = await workbook();
    const plain = await readWorkbook(bytes);
    expect(plain.map((s) => s.name)).toEqual(["Arrangementer", "Brobygning"]);
    expect(plain[1].rows[0].cells.get(2)).toBe("politiet");
    expect(await readWorkbook(workbookLast(bytes))).toEqual(plain);
  });
});
