import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readActualsXlsx } from "./read-actuals-xlsx";

async function file(rows: unknown[][]) {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Regnskab").addRows(rows);
  book.addWorksheet("Andet").addRows([
    ["Budgetlinje", "År", "Beløb"],
    ["Skal ikke læses", 2020, 1],
  ]);
  const bytes = await book.xlsx.writeBuffer();
  return bytes as ArrayBuffer;
}

describe("actual spending from the accounting system's XLSX", () => {
  it("reads the first sheet by its headings, Danish amounts as numbers, and skips empty rows", async () => {
    const rows = await readActualsXlsx(
      await file([
        ["Kontonavn", "Regnskabsår", "Forbrug", "Bemærkning"],
        ["Løn", 2024, "1.200.000", null],
        [null, null, null, null],
        ["Aktiviteter", "2024", "125.000,50 kr.", "Sommerfest"],
        ["Husleje", 2025, 84000.5, null],
      ]),
    );
    expect(rows).toEqual([
      { row: 2, label: "Løn", year: "2024", amount: "1200000", note: undefined },
      { row: 4, label: "Aktiviteter", year: "2024", amount: "125000.50", note: "Sommerfest" },
      { row: 5, label: "Husleje", year: "2025", amount: "84000.5", note: undefined },
    ]);
  });

  it("refuses a sheet without the columns it needs, saying which", async () => {
    await expect(
      readActualsXlsx(
        await file([
          ["Navn", "Beløb"],
          ["Løn", 1],
        ]),
      ),
    ).rejects.toMatchObject({
      code: "invalid-file",
      key: "actualsHeadings",
    });
  });
});
