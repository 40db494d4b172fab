import { SaxesParser, type SaxesTagPlain } from "saxes";

// The parts of an XLSX file the logbook, area and budget imports read, each parsed with a SAX parser
// in pieces (decision 018): the sheets' names, the shared strings, which styles are dates, and
// a sheet's cells row by row. Element names are matched without their namespace prefix, since some
// writers put every element in a prefixed namespace (<x:c>).

/** A cell as read: text, a number, true/false, a date (Excel dates come as UTC midnight) or empty. */
export type RawCell = string | number | boolean | Date | null;

type Tag = SaxesTagPlain;
const local = (name: string) => name.slice(name.indexOf(":") + 1);
const attr = (tag: Tag, name: string) => tag.attributes[name] as string | undefined;
/** A relationship id attribute, whatever prefix the writer gave it (r:id). */
const relId = (tag: Tag) => {
  for (const [key, value] of Object.entries(tag.attributes)) if (local(key) === "id" && key !== "id") return value;
  return undefined;
};

/**
 * A part is decoded and parsed in pieces of this many bytes, with a breather between, so a large
 * sheet neither holds up the server nor becomes one huge string.
 */
const piece = 1 << 20;

async function parse(
  bytes: Uint8Array,
  on: { open?: (name: string, tag: Tag) => void; close?: (name: string) => void; text?: (t: string) => void },
) {
  const parser = new SaxesParser();
  parser.on("error", (error) => {
    throw error;
  });
  if (on.open) {
    const open = on.open;
    parser.on("opentag", (tag) => open(local(tag.name), tag));
  }
  if (on.close) {
    const close = on.close;
    parser.on("closetag", (tag) => close(local(tag.name)));
  }
  if (on.text) {
    parser.on("text", on.text);
    parser.on("cdata", on.text);
  }
  const decoder = new TextDecoder();
  for (let at = 0; at < bytes.length; at += piece) {
    if (at > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    parser.write(decoder.decode(bytes.subarray(at, at + piece), { stream: true }));
  }
  parser.write(decoder.decode());
  parser.close();
}

/** The sheets in the workbook's order: name and the path of their part in the zip. */
export async function sheetList(
  workbookXml: Uint8Array,
  relsXml: Uint8Array,
): Promise<{ name: string; path: string; date1904: boolean }[]> {
  const targets = new Map<string, string>();
  await parse(relsXml, {
    open: (name, tag) => {
      const id = attr(tag, "Id");
      const target = attr(tag, "Target");
      if (name === "Relationship" && id && target)
        targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`);
    },
  });
  const sheets: { name: string; id: string }[] = [];
  let date1904 = false;
  await parse(workbookXml, {
    open: (name, tag) => {
      if (name === "workbookPr") date1904 = ["1", "true"].includes(attr(tag, "date1904") ?? "");
      const id = relId(tag);
      if (name === "sheet" && id) sheets.push({ name: attr(tag, "name") ?? "", id });
    },
  });
  return sheets.flatMap((s) => {
    const path = targets.get(s.id);
    return path ? [{ name: s.name, path, date1904 }] : [];
  });
}

/** The shared strings, rich text joined; phonetic runs (rPh) are left out. */
export async function sharedStrings(xml: Uint8Array | undefined): Promise<string[]> {
  const out: string[] = [];
  if (!xml) return out;
  let text = "";
  let inT = false;
  let phonetic = 0;
  await parse(xml, {
    open: (name) => {
      if (name === "si") text = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t") inT = phonetic === 0;
    },
    close: (name) => {
      if (name === "si") out.push(text);
      else if (name === "rPh") phonetic--;
      else if (name === "t") inT = false;
    },
    text: (t) => {
      if (inT) text += t;
    },
  });
  return out;
}

/** Excel's own number formats that show a date or a time. */
const builtInDates = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47]);
for (let id = 50; id <= 58; id++) builtInDates.add(id);
/** A format code shows a date or time when, outside quotes and brackets, it has y, m, d, h or s. */
export const isDateFormat = (code: string) =>
  /[ymdhs]/i.test(
    code
      .replace(/\[[^\]]*]/g, "")
      .replace(/"[^"]*"/g, "")
      .replace(/\\./g, ""),
  );

/** For each cell style (its index, the cell's s attribute): whether its number format is a date. */
export async function dateStyles(xml: Uint8Array | undefined): Promise<boolean[]> {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const out: boolean[] = [];
  let inCellXfs = false;
  await parse(xml, {
    open: (name, tag) => {
      if (name === "numFmt") custom.set(Number(attr(tag, "numFmtId")), attr(tag, "formatCode") ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(attr(tag, "numFmtId") ?? 0);
        const code = custom.get(id);
        out.push(code !== undefined ? isDateFormat(code) : builtInDates.has(id));
      }
    },
    close: (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return out;
}

/** A column's number (1 for A) from a cell reference such as "AB12". */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col;
}

/** Excel's serial day (from 1899-12-30, or 1904-01-01) as a UTC date, to the millisecond. */
export const excelDate = (serial: number, date1904 = false) =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

interface SheetContext {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

/** Calls `onRow` for each row of a sheet with at least one cell that is not empty, in order. */
export async function readSheetRows(
  xml: Uint8Array,
  context: SheetContext,
  onRow: (row: number, cells: Map<number, RawCell>) => void,
) {
  let rowNumber = 0;
  let cells = new Map<number, RawCell>();
  let col = 0;
  let type = "n";
  let style = 0;
  let value = "";
  let hasValue = false;
  let inValue = false;
  let inInline = false;
  let phonetic = 0;
  const cellValue = (): RawCell => {
    if (!hasValue) return null;
    switch (type) {
      case "s":
        return context.strings[Number(value)] ?? null;
      case "str":
      case "inlineStr":
        return value;
      case "b":
        return value.trim() !== "0";
      case "e":
        return value;
      case "d": {
        const date = new Date(value);
        return Number.isNaN(date.getTime()) ? value : date;
      }
      default: {
        const n = Number(value);
        if (value.trim() === "" || !Number.isFinite(n)) return value;
        return context.dates[style] ? excelDate(n, context.date1904) : n;
      }
    }
  };
  await parse(xml, {
    open: (name, tag) => {
      if (name === "row") {
        const r = attr(tag, "r");
        rowNumber = r ? Number(r) : rowNumber + 1;
        cells = new Map();
        col = 0;
      } else if (name === "c") {
        const ref = attr(tag, "r");
        col = ref ? columnOf(ref) : col + 1;
        type = attr(tag, "t") ?? "n";
        style = Number(attr(tag, "s") ?? 0);
        value = "";
        hasValue = false;
      } else if (name === "v") {
        inValue = true;
        hasValue = true;
      } else if (name === "is") inInline = true;
      else if (name === "rPh") phonetic++;
      else if (name === "t" && inInline && phonetic === 0) {
        inValue = true;
        hasValue = true;
      }
    },
    close: (name) => {
      if (name === "v" || name === "t") inValue = false;
      else if (name === "is") inInline = false;
      else if (name === "rPh") phonetic--;
      else if (name === "c") {
        const v = cellValue();
        if (v !== null && !(typeof v === "string" && v.trim() === "")) cells.set(col, v);
      } else if (name === "row" && cells.size > 0) onRow(rowNumber, cells);
    },
    text: (t) => {
      if (inValue) value += t;
    },
  });
}
