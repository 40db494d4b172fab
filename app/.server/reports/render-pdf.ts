import PDFDocument from "pdfkit";
import { getI18n } from "~/i18n";
import { svgToPng } from "../charts/svg-to-png";
import type { Block, ReportDocument } from "./document";
import { drawPdfTable } from "./layout/pdf-table";
import { reportFont } from "./layout/text-width";

const font = reportFont;
const colour = { text: "#1a1a1a", muted: "#595959", line: "#bfbfbf", band: "#f2f2f2", accent: "#0059b3" };
const margin = 56;

type Doc = InstanceType<typeof PDFDocument>;

/** Lets other requests run between blocks: a long report never holds the server for long at a time. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Renders a report to PDF in pure JavaScript (pdfkit): A4, page numbers, real tables. Yields to
 * the event loop every few blocks, so a 50-page plan document (~0.5 s of work) does not keep
 * other users waiting.
 */
export async function renderPdf(report: ReportDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: margin, bottom: margin + 12, left: margin, right: margin },
    bufferPages: true,
    info: { Title: report.title, Author: "Helhed", Creator: "Helhed" },
    lang: report.lang === "en" ? "en-GB" : "da-DK",
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  frontMatter(doc, report);
  let n = 0;
  for (const [i, b] of report.blocks.entries()) {
    block(doc, b, report.blocks[i + 1]);
    if (++n % 8 === 0) await yieldToOthers();
  }
  footers(doc, report);
  doc.end();
  return done;
}

function frontMatter(doc: Doc, r: ReportDocument) {
  doc.rect(0, 0, doc.page.width, 8).fill(colour.accent);
  doc.fillColor(colour.text).font(font.bold).fontSize(22).text(r.title, { lineGap: 4 });
  if (r.subtitle) doc.moveDown(0.3).font(font.regular).fontSize(13).fillColor(colour.muted).text(r.subtitle);
  if (r.byline) doc.moveDown(0.3).fontSize(10).text(r.byline);
  if (r.classification)
    doc
      .moveDown(0.5)
      .font(font.bold)
      .fontSize(9)
      .fillColor(colour.text)
      .text(r.classification.toUpperCase(), { characterSpacing: 0.5 });
  doc.moveDown(1.2);
}

function ensureSpace(doc: Doc, points: number) {
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** The room a heading needs below it so it is not left alone at the foot of a page. */
function keepWithNext(next: Block | undefined, width: number): number {
  if (next?.kind === "svg") return Math.min(next.height * Math.min(1, width / next.width) + 10, 400);
  return 50;
}

function block(doc: Doc, b: Block, next?: Block) {
  doc.fillColor(colour.text);
  const width = doc.page.width - margin * 2;
  switch (b.kind) {
    case "heading": {
      const size = { 1: 17, 2: 13.5, 3: 11.5 }[b.level];
      // A heading is kept with the start of what follows it (a table's header and first row).
      ensureSpace(doc, size * 4 + keepWithNext(next, width));
      doc
        .moveDown(b.level === 1 ? 0.8 : 0.5)
        .font(font.bold)
        .fontSize(size)
        .text(b.text, { lineGap: 2 })
        .moveDown(0.3);
      return;
    }
    case "paragraph":
      for (const para of b.text.split(/\n\s*\n/))
        doc.font(font.regular).fontSize(10.5).text(para.trim(), { lineGap: 2.5, align: "left" }).moveDown(0.5);
      return;
    case "list":
      doc
        .font(font.regular)
        .fontSize(10.5)
        .list(b.items, { bulletRadius: 1.8, textIndent: 12, lineGap: 2.5 })
        .moveDown(0.5);
      return;
    case "facts":
      for (const item of b.items) {
        ensureSpace(doc, 30);
        const y = doc.y;
        doc.font(font.bold).fontSize(10).text(item.label, margin, y, { width: 150 });
        const labelEnd = doc.y;
        doc.font(font.regular).text(item.value, margin + 160, y, { width: width - 160, lineGap: 2 });
        doc.y = Math.max(labelEnd, doc.y) + 4;
        doc.x = margin;
      }
      doc.moveDown(0.5);
      return;
    case "keyFigures": {
      const per = Math.min(3, b.items.length);
      const boxW = (width - (per - 1) * 10) / per;
      for (let i = 0; i < b.items.length; i += per) {
        ensureSpace(doc, 70);
        const y = doc.y;
        b.items.slice(i, i + per).forEach((item, j) => {
          const x = margin + j * (boxW + 10);
          doc.rect(x, y, boxW, 60).fill(colour.band);
          doc
            .fillColor(colour.text)
            .font(font.bold)
            .fontSize(16)
            .text(item.value, x + 8, y + 8, { width: boxW - 16 });
          doc
            .font(font.regular)
            .fontSize(8.5)
            .fillColor(colour.muted)
            .text(item.label, x + 8, y + 32, { width: boxW - 16, height: 26, ellipsis: true });
        });
        doc.x = margin;
        doc.y = y + 70;
      }
      doc.fillColor(colour.text);
      return;
    }
    case "table":
      table(doc, b, width);
      return;
    case "svg":
      chart(doc, b, width);
      return;
    case "pageBreak":
      doc.addPage();
      return;
  }
}

function table(doc: Doc, b: Extract<Block, { kind: "table" }>, width: number) {
  drawPdfTable(doc, b, margin, width);
  doc.font(font.regular).fontSize(10.5).moveDown(0.8);
  doc.x = margin;
}

function chart(doc: Doc, b: Extract<Block, { kind: "svg" }>, width: number) {
  const room = doc.page.height - doc.page.margins.top - doc.page.margins.bottom - 10;
  const scale = Math.min(1, width / b.width, room / b.height);
  ensureSpace(doc, b.height * scale + 8);
  doc.image(svgToPng(b.svg), margin, doc.y, { width: b.width * scale, height: b.height * scale });
  doc.y += b.height * scale + 6;
  doc.x = margin;
}

function footers(doc: Doc, r: ReportDocument) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - margin + 14;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(font.regular).fontSize(8).fillColor(colour.muted);
    doc.text([r.title, r.classification].filter(Boolean).join(" · "), margin, y, {
      width: 380,
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(
      getI18n(r.lang ?? "da").t("reportDoc.pageOf", { page: i + 1, pages: range.count }),
      doc.page.width - margin - 100,
      y,
      {
        width: 100,
        align: "right",
        lineBreak: false,
      },
    );
    doc.page.margins.bottom = bottom;
  }
}
