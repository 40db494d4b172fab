import type PDFDocument from "pdfkit";
import type { Block } from "../document";
import { columnWidths, fittingSize } from "./column-widths";
import { reportFont } from "./text-width";

type Doc = InstanceType<typeof PDFDocument>;
type TableBlock = Extract<Block, { kind: "table" }>;

const pad = { x: 4, y: 3 };
const colour = { text: "#1a1a1a", muted: "#595959", line: "#bfbfbf", band: "#f2f2f2" };

/**
 * Draws a table in a PDF: columns as wide as their content needs (no word broken), the header row
 * repeated on every page the table runs onto, never left alone at the foot of a page, and no row
 * split across pages.
 */
export function drawPdfTable(doc: Doc, b: TableBlock, left: number, width: number) {
  const size = fittingSize(b, [8.5, 7.5, 6.5], { total: width, padding: pad.x * 2 });
  const widths = columnWidths(b, { total: width, size, padding: pad.x * 2 });
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const header = b.columns.map((c) => c.label);
  const rows = [
    ...b.rows.map((r) => ({ cells: r, bold: false })),
    ...(b.footer ? [{ cells: b.footer, bold: true }] : []),
  ];
  /** A cell's lines: the first in the row's style, any further lines (a note under a criterion) small and grey. */
  const lines = (text: string, bold: boolean) =>
    (text || " ").split("\n").map((line, n) => ({
      line,
      font: n === 0 && bold ? reportFont.bold : reportFont.regular,
      size: n === 0 ? size : size - 1,
      colour: n === 0 ? colour.text : colour.muted,
    }));
  const cellHeight = (text: string, bold: boolean, w: number) =>
    lines(text, bold).reduce(
      (h, l) => h + doc.font(l.font).fontSize(l.size).heightOfString(l.line, { width: w, lineGap: 1 }),
      0,
    );
  const height = (cells: string[], bold: boolean) =>
    Math.max(...cells.map((text, i) => cellHeight(text, bold, widths[i] - pad.x * 2))) + pad.y * 2;
  const draw = (cells: string[], bold: boolean, band: boolean) => {
    const h = height(cells, bold);
    const y = doc.y;
    if (band) doc.rect(left, y, width, h).fill(colour.band);
    let x = left;
    cells.forEach((text, i) => {
      doc.y = y + pad.y;
      for (const l of lines(text, bold))
        doc
          .fillColor(l.colour)
          .font(l.font)
          .fontSize(l.size)
          .text(l.line, x + pad.x, doc.y, {
            width: widths[i] - pad.x * 2,
            align: b.columns[i]?.align === "right" ? "right" : "left",
            lineGap: 1,
          });
      x += widths[i];
    });
    doc
      .moveTo(left, y + h)
      .lineTo(left + width, y + h)
      .lineWidth(0.5)
      .strokeColor(colour.line)
      .stroke();
    doc.y = y + h;
  };
  const headerHeight = height(header, true);
  const firstRow = rows[0] ? height(rows[0].cells, rows[0].bold) : 0;
  const caption = b.caption ? doc.font(reportFont.bold).fontSize(10).heightOfString(b.caption, { width }) + 4 : 0;
  // The caption, the header and the first row start a page together: no caption or header alone at the foot.
  if (doc.y + caption + headerHeight + firstRow > bottom()) doc.addPage();
  if (b.caption) {
    doc.fillColor(colour.text).font(reportFont.bold).fontSize(10).text(b.caption, left, doc.y, { width });
    doc.y += 4;
  }
  draw(header, true, true);
  for (const row of rows) {
    if (doc.y + height(row.cells, row.bold) > bottom()) {
      doc.addPage();
      draw(header, true, true);
    }
    draw(row.cells, row.bold, false);
  }
  doc.x = left;
}
