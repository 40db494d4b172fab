import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import PDFDocument from "pdfkit";

// The DKFDS typeface (IBM Plex Sans) ships with the dkfds package; PDFs and charts use the same letters as the app.
const fontDir = join(
  dirname(createRequire(import.meta.url).resolve("dkfds")),
  "..",
  "fonts",
  "IBMPlexSans",
  "complete",
  "ttf",
);

/** The report typeface's files: regular, semibold (used as bold) and italic. */
export const reportFont = {
  regular: join(fontDir, "IBMPlexSans-Regular.ttf"),
  bold: join(fontDir, "IBMPlexSans-SemiBold.ttf"),
  italic: join(fontDir, "IBMPlexSans-Italic.ttf"),
};

let measurer: InstanceType<typeof PDFDocument> | undefined;

/**
 * The width in points of a text set in the report typeface, e.g. textWidth("Succeskriterium", 8.5, true).
 * Word documents use Arial (Liberation Sans in LibreOffice), within 2 % as wide as IBM Plex Sans.
 */
export function textWidth(text: string, size: number, bold = false): number {
  measurer ??= new PDFDocument({ autoFirstPage: false });
  return measurer
    .font(bold ? reportFont.bold : reportFont.regular)
    .fontSize(size)
    .widthOfString(text);
}
