import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { loadDemo } from "~/.server/demo/load-demo";
import { getPlan } from "~/.server/domain/plans/get-plan";
import type { ReportDocument } from "~/.server/reports/document";
import { renderDocx } from "~/.server/reports/render-docx";
import { renderPdf } from "~/.server/reports/render-pdf";
import { reportKinds } from "~/.server/reports/report-kinds";
import { docxHeadings, pdfText, readZipEntry } from "../support/report-files";
import { arialWidth, brokenWords, docxTables, sourceWords, wordToPdf } from "../support/report-layout";
import { createTestDatabase } from "../support/test-database";

const system = { kind: "system", reason: "test" } as const;
const cases = [
  { slug: "staermosegaarden", kind: "status", period: "2018Q4", label: "4. kvartal 2018" },
  { slug: "staermosegaarden", kind: "funder", period: "PY3", label: "3. planår" },
  { slug: "amager-tryghedsplan-2017", kind: "status", period: "2018Q4", label: "4. kvartal 2018" },
  { slug: "amager-tryghedsplan-2017", kind: "funder", period: "2018", label: "2018 (1. januar" },
  { slug: "staermosegaarden", kind: "lbf", period: "PY3", label: "3. planår (" },
  { slug: "amager-tryghedsplan-2017", kind: "lbf", period: "2018", label: "2018 (1. januar" },
] as const;

describe("status notes and funder reports as Word and PDF, read back", () => {
  let h: DatabaseHandle;
  const made = new Map<string, { doc: ReportDocument; docx: Buffer; pdf: Buffer }>();
  beforeAll(async () => {
    h = await createTestDatabase();
    await loadDemo(h.db);
    for (const c of cases) {
      const { plan, planId } = await getPlan(h.db, system, c.slug, "report.internal");
      const doc = await reportKinds[c.kind].build({
        plan,
        planId,
        db: h.db,
        actor: system,
        period: c.period,
        today: "2019-02-01",
      });
      made.set(`${c.slug} ${c.kind}`, { doc, docx: await renderDocx(doc), pdf: await renderPdf(doc) });
    }
  }, 240_000);
  afterAll(async () => h?.close());

  for (const c of cases) {
    const name = `${c.slug} ${c.kind}`;
    it(`${name}: Word keeps the heading styles for every heading of the document`, () => {
      const { doc, docx } = made.get(name) as { doc: ReportDocument; docx: Buffer };
      expect(readZipEntry(docx, "word/styles.xml").toString("utf8")).toContain('w:styleId="Heading1"');
      const headings = doc.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
      expect(headings.length).toBeGreaterThan(3);
      expect(docxHeadings(docx)).toEqual(headings);
    });

    it(`${name}: no Word table column is narrower than its longest word`, () => {
      const { docx } = made.get(name) as { docx: Buffer };
      const tables = docxTables(docx);
      expect(tables.length).toBeGreaterThan(2);
      const tooNarrow: string[] = [];
      for (const t of tables)
        t.columns.forEach((cells, i) => {
          for (const cell of cells) {
            const { text, size, bold } = JSON.parse(cell) as { text: string; size: number; bold: boolean };
            for (const word of text.split(/\s+/)) {
              // Word's cell margins are 0.19 cm (108 twips) on each side.
              const needed = Math.ceil(arialWidth(word, size, bold) * 20) + 216;
              if (t.widths[i] < needed) tooNarrow.push(`${word}: ${t.widths[i]} < ${needed}`);
            }
          }
        });
      expect(tooNarrow).toEqual([]);
    });

    it(`${name}: every chart is an image in Word, each followed by its table`, () => {
      const { doc, docx } = made.get(name) as { doc: ReportDocument; docx: Buffer };
      const charts = doc.blocks.filter((b) => b.kind === "svg");
      // The LBF forms are tables only; the status note and funder report chart status and trends.
      expect(charts.length).toBeGreaterThanOrEqual(c.kind === "lbf" ? 0 : 2);
      doc.blocks.forEach((b, i) => {
        if (b.kind === "svg") expect(doc.blocks[i + 1]?.kind).toBe("table");
      });
      const xml = readZipEntry(docx, "word/document.xml").toString("utf8");
      expect((xml.match(/<w:drawing>/g) ?? []).length).toBe(charts.length);
      const rels = readZipEntry(docx, "word/_rels/document.xml.rels").toString("utf8");
      const media = [...rels.matchAll(/Target="(media\/[^"]+\.png)"/g)].map((m) => m[1]);
      expect(media.length).toBe(charts.length);
      for (const file of media) expect(readZipEntry(docx, `word/${file}`).subarray(1, 4).toString()).toBe("PNG");
    });

    it(`${name}: the PDF breaks no word across lines and states the period once`, () => {
      const { doc, pdf } = made.get(name) as { doc: ReportDocument; pdf: Buffer };
      const text = pdfText(pdf);
      const words = sourceWords(doc);
      // The PDF prints the classification in capitals, and numbers its pages.
      for (const w of [...(doc.classification ?? "").toUpperCase().split(" "), "Side", "af"]) words.add(w);
      expect(brokenWords("fraflytningsprocen ten", words)).toEqual(["fraflytningsprocen", "ten"]);
      expect(brokenWords(text, words)).toEqual([]);
      expect(text.split(c.label).length - 1).toBe(1);
    });
  }

  it("the Word file opened in LibreOffice breaks no word either", { timeout: 240_000 }, () => {
    const { doc, docx } = made.get("staermosegaarden status") as { doc: ReportDocument; docx: Buffer };
    const words = sourceWords(doc);
    for (const w of ["side", "·"]) words.add(w);
    expect(brokenWords(pdfText(wordToPdf(docx, "status")), words)).toEqual([]);
  });
});
