import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffPlans } from "~/plan-format/diff-plans";
import { convertWithLibreOffice, libreOfficeFilters } from "../../../tests/support/libreoffice";
import { loadExamplePlan } from "../../../tests/support/report-files";
import { planDocument } from "./plan-document";
import { renderDocx } from "./render-docx";
import { versionDiffDocument } from "./version-diff-document";

const dir = mkdtempSync(join(tmpdir(), "helhed-lo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts a Word file to PDF with LibreOffice (standing in for Word) and returns the PDF's text. */
function openInLibreOffice(name: string, docx: Buffer): string {
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, docx);
  convertWithLibreOffice([file], libreOfficeFilters.anyPdf, dir);
  const pdf = join(dir, `${name}.pdf`);
  expect(existsSync(pdf), `${name}.pdf`).toBe(true);
  return execFileSync("pdftotext", [pdf, "-"]).toString("utf8").replace(/\s+/g, " ");
}

describe("Word files open in LibreOffice", () => {
  it("the Amager plan document converts to PDF with its headings and the budget total", {
    timeout: 180_000,
  }, async () => {
    const plan = loadExamplePlan("amager-tryghedsplan-2017");
    const text = openInLibreOffice("amager", await renderDocx(planDocument(plan)));
    expect(text).toContain(plan.title);
    expect(text).toContain("1.200.000 kr.");
  });

  it("a version difference converts too", { timeout: 180_000 }, async () => {
    const before = loadExamplePlan("staermosegaarden");
    const after = structuredClone(before);
    after.focusAreas[0].activities[0].title = "Ny titel på aktiviteten";
    const doc = versionDiffDocument(
      { title: before.title, owner: before.owner.name },
      { number: 1, status: "approved" },
      { number: 2, status: "draft" },
      diffPlans(before, after),
    );
    expect(openInLibreOffice("diff", await renderDocx(doc))).toContain("Aktiviteter");
  });
});
