import { existsSync, readdirSync, readFileSync } from "node:fs";
import PDFDocument from "pdfkit";

/** The Rum for Liv source document (../shared/seeds), else the example plan files, as running text. */
export function longPlanText(): string {
  const seed = new URL("../../../shared/seeds/rum-for-liv-helhedsplan-2013-2016.txt", import.meta.url);
  if (existsSync(seed)) return readFileSync(seed, "utf8").replace(/<\/?[a-z]+>/g, "");
  const dir = new URL("../../examples/plans/", import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => readFileSync(new URL(f, dir), "utf8"))
    .join("\n");
}

/** A PDF of at least `pages` pages: the text, again and again, as A4 pages of running text (pdfkit). */
export async function longPlanPdf(pages: number, text = longPlanText()): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "A4", margin: 56, bufferPages: true });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  doc.font("Helvetica").fontSize(10);
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (let i = 0; doc.bufferedPageRange().count < pages; i++) {
    const p = paragraphs[i % paragraphs.length].replace(/\t/g, "    ");
    doc.text(p, { align: "left" });
    doc.moveDown(0.6);
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
