import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadExamplePlan } from "../../../tests/support/report-files";
import { planDocument } from "./plan-document";
import { danishNumber, renderXlsx } from "./render-xlsx";

describe("renderXlsx", () => {
  it("reads Danish-formatted numbers as numbers and leaves other text alone", () => {
    expect(danishNumber("1.200.000 kr.")).toEqual({ value: 1200000, numFmt: '#,##0" kr."' });
    expect(danishNumber("33,3 %")).toEqual({ value: 33.3, numFmt: '0.0" %"' });
    expect(danishNumber("1.456")).toEqual({ value: 1456, numFmt: "#,##0" });
    expect(danishNumber("2017")).toEqual({ value: 2017, numFmt: "0" });
    for (const text of ["?", "640.000 kr. + ?", "1.1", "Planår 1", "4. kvartal 2017", ""])
      expect(danishNumber(text)).toBeUndefined();
  });

  it("makes a sheet per table with the headings, numbers and footnote marks as notes", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await renderXlsx(planDocument(loadExamplePlan("amager-tryghedsplan-2017")))) as unknown as ArrayBuffer,
    );
    const budget = workbook.getWorksheet("Budget pr. år");
    if (!budget) throw new Error("Intet budgetark");
    expect(budget.getRow(1).values).toEqual([undefined, "Budgetlinje", "2017", "2018", "2019", "2020"]);
    const last = budget.getRow(budget.rowCount);
    expect(last.getCell(1).value).toBe("I alt ifølge planen");
    expect(last.getCell(2).value).toBe(1200000);
    expect(last.getCell(2).numFmt).toBe('#,##0" kr."');
    const first = budget.getRow(2);
    expect(first.getCell(3).value).toBe(235000);
    expect(first.getCell(3).note).toBe("Note 1");
    expect(budget.getRow(3).getCell(3).value).toBe("?");
    expect(workbook.worksheets.length).toBeGreaterThan(10);
    expect(new Set(workbook.worksheets.map((s) => s.name)).size).toBe(workbook.worksheets.length);
  });
});
