import { unzipSync } from "fflate";
import { UserError, userError } from "../../errors";
import { checkZip } from "../../files/zip-limits";
import { dateStyles, type RawCell, readSheetRows, sharedStrings, sheetList } from "./xlsx-parts";

export type { RawCell };

/** A sheet as read: its heading row (texts by column number) and its data rows below it. */
export interface RawSheet {
  name: string;
  headingRow: number;
  headings: Map<number, string>;
  rows: { row: number; cells: Map<number, RawCell> }[];
}

/** At most this many data rows in one file; more is refused before anything is checked. */
export const maxRows = 100_000;

/**
 * Reads every sheet of an XLSX file, in the workbook's order. The zip is read from its central
 * directory, whatever order its entries lie in, and only the parts named here are unpacked (after
 * checkZip has bounded them). The heading row is the first row with any text in it.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<RawSheet[]> {
  checkZip(bytes);
  const out: RawSheet[] = [];
  let total = 0;
  try {
    const wanted =
      /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/i;
    const files = unzipSync(bytes, { filter: (f) => wanted.test(f.name) });
    // Each part is taken out as it is read, so a sheet's bytes are freed once its rows are.
    const part = (path: string) => {
      const key = Object.keys(files).find((n) => n.toLowerCase() === path.toLowerCase());
      if (!key) return undefined;
      const bytes = files[key];
      delete files[key];
      return bytes;
    };
    const book = part("xl/workbook.xml");
    const rels = part("xl/_rels/workbook.xml.rels");
    if (!book || !rels) throw new Error("no workbook");
    const sheets = await sheetList(book, rels);
    const strings = await sharedStrings(part("xl/sharedStrings.xml"));
    const dates = await dateStyles(part("xl/styles.xml"));
    for (const entry of sheets) {
      const xml = part(entry.path);
      if (xml === undefined) continue;
      const sheet: RawSheet = { name: entry.name, headingRow: 0, headings: new Map(), rows: [] };
      await readSheetRows(xml, { strings, dates, date1904: entry.date1904 }, (row, cells) => {
        if (!sheet.headingRow) {
          sheet.headingRow = row;
          for (const [col, v] of cells)
            sheet.headings.set(col, (v instanceof Date ? v.toISOString() : String(v)).trim());
          return;
        }
        sheet.rows.push({ row, cells });
        if (++total > maxRows)
          throw userError("file-too-large", "fileTooManyRows", { params: { max: maxRows.toLocaleString("da-DK") } });
      });
      out.push(sheet);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw userError("invalid-file", "notAnXlsxSheet");
  }
  if (out.length === 0) throw userError("invalid-file", "excelFileNoSheets");
  return out;
}
