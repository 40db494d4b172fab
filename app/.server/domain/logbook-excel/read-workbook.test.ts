import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "./read-workbook";
import { isDateFormat } from "./xlsx-parts";

async function workbook() {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Arrangementer").addRows([
    ["Aktivitet", "Dato", "Antal", "Fra kl."],
    ["Lektiecafé", new Date("2015-01-01T00:00:00Z"), 12, "15:00"],
  ]);
  const sheet = book.getWorksheet("Arrangementer");
  if (sheet) sheet.getCell("B2").numFmt = "dd-mm-yyyy";
  book.addWorksheet("Brobygning").addRows([
    ["Aktivitet", "Modtager", "Fulgt op"],
    ["Lektiecafé", "politiet", true],
    [null, null, null],
    ["Lektiecafé", { richText: [{ text: "Job" }, { text: "centret" }] }, { formula: "1=2", result: false }],
  ]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The same file with its entries in another order: the sheets first, the workbook, strings and styles last. */
function reordered(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const names = Object.keys(files);
  const sheets = names.filter((n) => n.startsWith("xl/worksheets/"));
  const last = ["xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"];
  const rest = names.filter((n) => !sheets.includes(n) && !last.includes(n));
  const order = [...sheets, ...rest, ...last];
  return zipSync(Object.fromEntries(order.map((n) => [n, files[n]])));
}

/** A file written by hand as other tools write it: prefixed elements, inline strings, no cell references. */
function handWritten() {
  const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const r = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  return zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "xl/workbook.xml": strToU8(
      `<x:workbook ${ns} ${r}><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Henvendelser" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      '<Relationships><Relationship Id="rId7" Target="/xl/worksheets/data.xml" Type="worksheet"/></Relationships>',
    ),
    "xl/styles.xml": strToU8(
      `<x:styleSheet ${ns}><x:numFmts><x:numFmt numFmtId="170" formatCode="[$-406]d\\.m\\.yyyy"/><x:numFmt numFmtId="171" formatCode="0.0&quot; t&quot;"/></x:numFmts><x:cellStyleXfs><x:xf numFmtId="14"/></x:cellStyleXfs><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="170"/><x:xf numFmtId="171"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`,
    ),
    "xl/worksheets/data.xml": strToU8(
      `<x:worksheet ${ns}><x:sheetData>` +
        '<x:row><x:c t="inlineStr"><x:is><x:t>Emne</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Dato</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Timer</x:t></x:is></x:c></x:row>' +
        '<x:row><x:c t="inlineStr"><x:is><x:r><x:t>Bol</x:t></x:r><x:r><x:t xml:space="preserve">ig &amp; job</x:t></x:r><x:rPh><x:t>x</x:t></x:rPh></x:is></x:c><x:c s="1"><x:v>40000</x:v></x:c><x:c s="2"><x:v>2.5</x:v></x:c></x:row>' +
        '<x:row r="5"><x:c r="C5" s="3"><x:v>0</x:v></x:c><x:c r="D5" t="e"><x:v>#N/A</x:v></x:c></x:row>' +
        "</x:sheetData></x:worksheet>",
    ),
  });
}

describe("reading a logbook workbook", () => {
  it("reads the sheets by name, in the workbook's order, whatever the order of the zip's entries", async () => {
    const bytes = await workbook();
    const plain = await readWorkbook(bytes);
    expect(plain.map((s) => s.name)).toEqual(["Arrangementer", "Brobygning"]);
    expect([...plain[0].headings.values()]).toEqual(["Aktivitet", "Dato", "Antal", "Fra kl."]);
    expect([...plain[0].rows[0].cells.values()]).toEqual(["Lektiecafé", new Date("2015-01-01T00:00:00Z"), 12, "15:00"]);
    // The empty row is left out; rich text is joined; a formula gives its result.
    expect(plain[1].rows.map((r) => [r.row, [...r.cells.values()]])).toEqual([
      [2, ["Lektiecafé", "politiet", true]],
      [4, ["Lektiecafé", "Jobcentret", false]],
    ]);
    expect(await readWorkbook(reordered(bytes))).toEqual(plain);
  });

  it("reads prefixed elements, inline strings, cells without references, date styles and 1904 dates", async () => {
    const [sheet] = await readWorkbook(handWritten());
    expect(sheet.name).toBe("Henvendelser");
    expect([...sheet.headings]).toEqual([
      [1, "Emne"],
      [2, "Dato"],
      [3, "Timer"],
    ]);
    expect(sheet.rows.map((r) => [r.row, [...r.cells]])).toEqual([
      [
        2,
        [
          [1, "Bolig & job"],
          [2, new Date("2013-07-07T00:00:00Z")],
          [3, 2.5],
        ],
      ],
      [
        5,
        [
          [3, new Date("1904-01-01T00:00:00Z")],
          [4, "#N/A"],
        ],
      ],
    ]);
  });

  it("reads a sheet of several megabytes whole, letters and emoji across the pieces it is parsed in", async () => {
    const text = "Ærø 🏠 Sø";
    const rows = Array.from(
      { length: 40_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${text} ${i}</t></is></c></row>`,
    );
    const file = zipSync({
      "xl/workbook.xml": strToU8('<workbook><sheets><sheet name="Stor" r:id="rId1"/></sheets></workbook>'),
      "xl/_rels/workbook.xml.rels": strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      "xl/worksheets/sheet1.xml": strToU8(`<worksheet><sheetData>${rows.join("")}</sheetData></worksheet>`),
    });
    const [sheet] = await readWorkbook(file);
    expect(sheet.rows).toHaveLength(39_999);
    sheet.rows.forEach((r, i) => {
      expect(r.cells.get(1)).toBe(`${text} ${i + 1}`);
    });
  });

  it("tells a date format from a number format", () => {
    for (const code of ["dd-mm-yyyy", "[$-406]d\\.m\\.yyyy", "h:mm", "[h]:mm:ss", "mmm-yy"])
      expect(isDateFormat(code)).toBe(true);
    for (const code of ["0.00", '0.0" t"', "#,##0 [Red]", "@", "General"]) expect(isDateFormat(code)).toBe(false);
  });

  it("refuses a file that is not a workbook with the user's message", async () => {
    await expect(readWorkbook(zipSync({ "a.txt": strToU8("hej") }))).rejects.toMatchObject({ code: "invalid-file" });
    await expect(readWorkbook(strToU8("ikke en zip"))).rejects.toMatchObject({ code: "bad-file" });
  });
});
