import { type APIRequestContext, expect } from "@playwright/test";
import ExcelJS from "exceljs";

/** Every sheet of a plan's logbook export (read from the database) as rows by column heading. */
export async function logbookExport(
  request: APIRequestContext,
  plan: string,
): Promise<(sheet: string) => Record<string, string>[]> {
  const response = await request.get(`/log/${plan}/excel/eksport.xlsx`);
  expect(response.status()).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  return (sheet) => {
    const ws = book.getWorksheet(sheet) as ExcelJS.Worksheet;
    const headings = Array.from(ws.getRow(1).values as unknown[], (v) => String(v ?? ""));
    const rows: Record<string, string>[] = [];
    ws.eachRow((row, n) => {
      if (n > 1) rows.push(Object.fromEntries(headings.map((h, i) => [h, i ? row.getCell(i).text : ""])));
    });
    return rows;
  };
}
