import type PDFDocument from "pdfkit";
import type { Block } from "../document";
import { columnWidths } from "./column-widths";
import { reportFont } from "./text-width";

type Doc = InstanceType<typeof PDFDocument>;
type TableBlock = Extract<Block, { kind: "table" }>;

const size = 8.5;
const pad = { x: 4, y: 3 };
const colour = { text: "#1a1a1a", line: "#bfbfbf", band: "#f2f2f2" };

/**
 * Draws a table in a PDF: columns as wide as their content needs (no word broken), the header row
 * repeated on every page the table runs onto, never left alone at the foot of a page, and no row
 * split across pages.
 */
export function drawPdfTable(doc: Doc, b: TableBlock, left: number, width: number) {
  const widths = columnWidths(b, { total: width, size, padding: pad.x * 2 });
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const header = b.columns.map((c) => c.label);
  const rows = [
    ...b.rows.map((r) => ({ cells: r, bold: false })),
    ...(b.footer ? [{ cells: b.footer, bold: true }] : []),
  ];
  const height = (cells: string[], bold: boolean) =>
    Math.max(
      ...cells.map((text, i) =>
        doc
          .font(bold ? reportFont.bold : reportFont.regular)
          .fontSize(size)
          .heightOfString(text || " ", { width: widths[i] - pad.x * 2, lineGap: 1 }),
      ),
    ) +
    pad.y * 2;
  const draw = (cells: string[], bold: boolean, band: boolean) => {
    const h = height(cells, bold);
    const y = doc.y;
    if (band) doc.rect(left, y, width, h).fill(colour.band);
    let x = left;
    cells.forEach((text, i) => {
      doc
        .fillColor(colour.text)
        .font(bold ? reportFont.bold : reportFont.regular)
        .fontSize(size)
        .text(text, x + pad.x, y + pad.y, {
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
  if (doc.y + headerHeight + firstRow > bottom()) doc.addPage();
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
