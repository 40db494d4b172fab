import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { getI18n } from "~/i18n";
import { svgToPng } from "../charts/svg-to-png";
import type { Block, ReportDocument } from "./document";
import { columnWidths, fittingSize } from "./layout/column-widths";

const headings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const border = { style: BorderStyle.SINGLE, size: 4, color: "BFBFBF" };
const borders = { top: border, bottom: border, left: border, right: border };

/** A4 with 2.5 cm margins: the width text and tables have, in points (a twip is 1/20 point). */
const textWidth = 451;
const twips = (pt: number) => Math.round(pt * 20);
/** Table text in points: a size smaller than the body text, as in a printed report. */
const cellSize = 10;

function cell(
  text: string,
  options: { bold?: boolean; right?: boolean; header?: boolean; width?: number; size?: number } = {},
) {
  const size = options.size ?? cellSize;
  return new TableCell({
    borders,
    width: options.width ? { size: twips(options.width), type: WidthType.DXA } : undefined,
    shading: options.header ? { type: ShadingType.CLEAR, color: "auto", fill: "E8EEF5" } : undefined,
    // A cell's first line in the row's style; further lines (a note under a criterion) small and grey.
    children: text.split("\n").map(
      (line, n) =>
        new Paragraph({
          alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [
            new TextRun({
              text: line,
              bold: n === 0 && (options.bold || options.header),
              size: (n === 0 ? size : size - 1) * 2,
              color: n === 0 ? undefined : "595959",
            }),
          ],
        }),
    ),
  });
}

function table(b: Extract<Block, { kind: "table" }>, o: { headerless?: boolean } = {}): (Paragraph | Table)[] {
  const right = (i: number) => b.columns[i]?.align === "right";
  // Cell margins in Word are 0.19 cm (5.4 pt) each side. Arial (Liberation Sans in LibreOffice) is
  // measured as IBM Plex Sans, which is as wide within 2 %; 6 % more leaves room for either.
  const fit = { total: textWidth, padding: 12 };
  const size = fittingSize(b, [cellSize, cellSize - 1, cellSize - 2], { ...fit, total: fit.total / 1.06 });
  const widths = columnWidths(b, { ...fit, size: size * 1.06 });
  const row = (cells: string[], r: { header?: boolean; bold?: boolean; boldFirst?: boolean }) =>
    new TableRow({
      tableHeader: r.header,
      cantSplit: true,
      children: cells.map((c, i) =>
        cell(c, { ...r, bold: r.bold || (r.boldFirst && i === 0), right: right(i), width: widths[i], size }),
      ),
    });
  const rows = [
    ...(o.headerless
      ? []
      : [
          row(
            b.columns.map((c) => c.label),
            { header: true },
          ),
        ]),
    ...b.rows.map((r) => row(r, { boldFirst: o.headerless })),
    ...(b.footer ? [row(b.footer, { bold: true })] : []),
  ];
  return [
    ...(b.caption ? [new Paragraph({ text: b.caption, style: "Caption", keepNext: true })] : []),
    new Table({
      rows,
      width: { size: twips(textWidth), type: WidthType.DXA },
      columnWidths: widths.map(twips),
      layout: TableLayoutType.FIXED,
    }),
    new Paragraph({ text: "" }),
  ];
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading":
      return [new Paragraph({ text: b.text, heading: headings[b.level - 1], keepNext: true })];
    case "paragraph":
      return b.text.split(/\n\s*\n/).map((para) => new Paragraph({ text: para.trim() }));
    case "list":
      return b.items.map((i) => new Paragraph({ text: i, bullet: { level: 0 } }));
    case "facts":
      return [
        table(
          { kind: "table", columns: [{ label: "" }, { label: "" }], rows: b.items.map((i) => [i.label, i.value]) },
          {
            headerless: true,
          },
        )[0],
        new Paragraph({ text: "" }),
      ];
    case "keyFigures":
      return b.items.map(
        (i) =>
          new Paragraph({
            children: [
              new TextRun({ text: `${i.value} `, bold: true, size: 28 }),
              new TextRun({ text: i.label }),
              ...(i.note ? [new TextRun({ text: ` (${i.note})`, italics: true })] : []),
            ],
          }),
      );
    case "table":
      return table(b);
    case "svg": {
      // A PNG of the chart (twice its size, for print); its table follows it.
      const scale = Math.min(1, textWidth / b.width);
      return [
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: "png",
              data: svgToPng(b.svg),
              transformation: { width: b.width * scale * (96 / 72), height: b.height * scale * (96 / 72) },
              altText: { name: b.alt, description: b.alt, title: b.alt },
            }),
          ],
        }),
      ];
    }
    case "pageBreak":
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/**
 * Renders a report as an editable Word document: real headings (so Word builds a table of
 * contents), real tables with a repeated header row, bullet lists and page numbers.
 */
export function renderDocx(report: ReportDocument): Promise<Buffer> {
  const doc = new Document({
    creator: "Helhed",
    title: report.title,
    styles: { default: { document: { run: { font: "Arial", size: 22 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    text: `${report.byline ?? report.title} · ${getI18n(report.lang ?? "da").t("reportDoc.page")} `,
                  }),
                  new TextRun({ children: [PageNumber.CURRENT] }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: report.title, heading: HeadingLevel.TITLE }),
          ...(report.subtitle
            ? [new Paragraph({ children: [new TextRun({ text: report.subtitle, size: 28, color: "404040" })] })]
            : []),
          ...(report.classification
            ? [new Paragraph({ children: [new TextRun({ text: report.classification, bold: true, color: "A00000" })] })]
            : []),
          ...report.blocks.flatMap(block),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
