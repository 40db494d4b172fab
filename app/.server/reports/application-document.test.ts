import { describe, expect, it } from "vitest";
import { indexPlan } from "~/plan-format/plan-index";
import { comparable, docxText, loadExamplePlan, pdfText } from "../../../tests/support/report-files";
import { applicationDocument } from "./application-document";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";

describe("the application for Opzoomerne", () => {
  const plan = loadExamplePlan("opzoomerne");
  const doc = applicationDocument(plan);

  it("has the parts a funder asks for, in order", () => {
    expect(doc.blocks.flatMap((b) => (b.kind === "heading" && b.level === 1 ? [b.text] : []))).toEqual([
      "Resumé",
      "Ansøgeren",
      "Historie og baggrund",
      "Behov",
      "Målgruppe",
      "Formål",
      "Aktiviteter",
      "Budget",
      "Forventede resultater",
      "Samarbejdspartnere",
    ]);
  });

  it("states the yearly amount applied for and shows every activity and criterion, in Word and PDF", async () => {
    const index = indexPlan(plan);
    const expected = [...index.activities.map((a) => a.activity.title), ...index.criteria.map((c) => c.criterion.text)];
    for (const text of [docxText(await renderDocx(doc)), pdfText(await renderPdf(doc))]) {
      expect(text).toContain("550.000 kr.");
      expect(text).toContain("Der ansøges om 550.000 kr. om året (2021–2024).");
      expect(expected.filter((e) => !comparable(text).includes(comparable(e)))).toEqual([]);
    }
  });

  it("gives the success rate of 33 % as an expected result with its target", () => {
    const table = doc.blocks.find((b) => b.kind === "table" && b.caption?.startsWith("Forventede resultater"));
    if (table?.kind !== "table") throw new Error("Ingen resultattabel");
    expect(table.rows.some((r) => r.some((c) => c.includes("33 %")))).toBe(true);
  });
});
