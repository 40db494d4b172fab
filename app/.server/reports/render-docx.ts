import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Block, ReportDocument } from "./document";

const headings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const border = { style: BorderStyle.SINGLE, size: 4, color: "BFBFBF" };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, options: { bold?: boolean; right?: boolean; header?: boolean } = {}) {
  return new TableCell({
    borders,
    shading: options.header ? { type: ShadingType.CLEAR, color: "auto", fill: "E8EEF5" } : undefined,
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold || options.header })],
      }),
    ],
  });
}

function table(b: Extract<Block, { kind: "table" }>): (Paragraph | Table)[] {
  const right = (i: number) => b.columns[i]?.align === "right";
  const rows = [
    new TableRow({
      tableHeader: true,
      children: b.columns.map((c, i) => cell(c.label, { header: true, right: right(i) })),
    }),
    ...b.rows.map(
      (r) => new TableRow({ children: r.map((c, i) => cell(c, { right: right(i), bold: i === 0 && false })) }),
    ),
    ...(b.footer ? [new TableRow({ children: b.footer.map((c, i) => cell(c, { bold: true, right: right(i) })) })] : []),
  ];
  return [
    ...(b.caption ? [new Paragraph({ text: b.caption, style: "Caption" })] : []),
    new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
    new Paragraph({ text: "" }),
  ];
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading":
      return [new Paragraph({ text: b.text, heading: headings[b.level - 1] })];
    case "paragraph":
      return b.text.split(/\n\s*\n/).map((para) => new Paragraph({ text: para.trim() }));
    case "list":
      return b.items.map((i) => new Paragraph({ text: i, bullet: { level: 0 } }));
    case "facts":
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.items.map((i) => new TableRow({ children: [cell(i.label, { bold: true }), cell(i.value)] })),
        }),
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
    case "svg":
      // Word shows the chart's table twin (every chart block is followed by its table); the alt text names it.
      return [new Paragraph({ children: [new TextRun({ text: b.alt, italics: true })] })];
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
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${report.byline ?? report.title} · side ` }),
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
