import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import type { ReportDocument } from "~/.server/reports/document";
import { convertWithLibreOffice, libreOfficeFilters } from "./libreoffice";
import { readZipEntry } from "./report-files";

const decode = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

/** The tables of a Word file: each column's width (twips) from w:gridCol and its cells' text. */
export function docxTables(docx: Buffer): { widths: number[]; columns: string[][] }[] {
  const xml = readZipEntry(docx, "word/document.xml").toString("utf8");
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, tbl]) => {
    const widths = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const columns: string[][] = widths.map(() => []);
    for (const [, row] of tbl.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g))
      [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].forEach(([, tc], i) => {
        const paragraphs = tc.split(/<\/w:p>/).map((para) => ({
          text: decode([...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")),
          size: Number(/<w:sz w:val="(\d+)"\/>/.exec(para)?.[1] ?? 22) / 2,
          bold: /<w:b\/>/.test(para),
        }));
        for (const p of paragraphs) if (p.text) columns[i]?.push(JSON.stringify(p));
      });
    return { widths, columns };
  });
}

// Liberation Sans is what LibreOffice sets Arial in (same widths as Arial): an independent measure of the Word text.
const liberation = {
  regular: "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
  bold: "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
};
let measure: InstanceType<typeof PDFDocument> | undefined;

/** The width in points of a word set in Arial (Liberation Sans). */
export function arialWidth(word: string, size: number, bold: boolean): number {
  measure ??= new PDFDocument({ autoFirstPage: false });
  return measure
    .font(bold ? liberation.bold : liberation.regular)
    .fontSize(size)
    .widthOfString(word);
}

/** Every word a report document contains (its texts split at spaces), plus the parts of hyphenated words. */
export function sourceWords(doc: ReportDocument): Set<string> {
  const texts: string[] = [doc.title, doc.subtitle ?? "", doc.byline ?? "", doc.classification ?? ""];
  for (const b of doc.blocks) {
    if (b.kind === "heading" || b.kind === "paragraph") texts.push(b.text);
    if (b.kind === "list") texts.push(...b.items);
    if (b.kind === "facts" || b.kind === "keyFigures") texts.push(...b.items.flatMap((i) => [i.label, i.value]));
    if (b.kind === "table")
      texts.push(b.caption ?? "", ...b.columns.map((c) => c.label), ...b.rows.flat(), ...(b.footer ?? []));
  }
  const words = new Set<string>();
  for (const w of texts.join(" ").normalize("NFKC").split(/\s+/)) {
    words.add(w);
    // A line may end after a hyphen or dash inside a word ("2015-" / "2019"): both parts are whole.
    const parts = w.split(/(?<=[-–/])/);
    for (const part of parts) words.add(part);
  }
  return words;
}

/** Words of a PDF's text that are not words of the document: pieces of a word broken across lines. */
export function brokenWords(pdfText: string, words: Set<string>): string[] {
  return [
    ...new Set(
      pdfText
        .normalize("NFKC")
        .split(/\s+/)
        .filter((w) => w && !words.has(w) && !/^\d+$/.test(w)),
    ),
  ];
}

/** Converts a Word file to PDF with LibreOffice (standing in for Word); returns the PDF's bytes. */
export function wordToPdf(docx: Buffer, name: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "helhed-lo-"));
  try {
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, docx);
    convertWithLibreOffice([file], libreOfficeFilters.anyPdf, dir, 180_000);
    const pdf = join(dir, `${name}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${name}`);
    return readFileSync(pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
