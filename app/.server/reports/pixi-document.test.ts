import { describe, expect, it } from "vitest";
import { comparable, examplePlanSlugs, loadExamplePlan, pdfPages, pdfText } from "../../../tests/support/report-files";
import { pixiDocument } from "./pixi-document";
import { renderPdf } from "./render-pdf";

describe.each(examplePlanSlugs)("the pixi version of %s", (slug) => {
  const plan = loadExamplePlan(slug);

  it("is 2–4 pages with every focus area and its activities' titles", async () => {
    const pdf = await renderPdf(pixiDocument(plan));
    const pages = pdfPages(pdf);
    console.info(`${slug}: pixi ${pages} sider`);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    const text = comparable(pdfText(pdf));
    const titles = plan.focusAreas.flatMap((f) => [f.title, ...f.activities.map((a) => a.title)]);
    expect(titles.filter((t) => !text.includes(comparable(t)))).toEqual([]);
  });

  it("says what the plan is, whom to contact and gives key figures", () => {
    const doc = pixiDocument(plan);
    const headings = doc.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
    expect(headings).toEqual(expect.arrayContaining(["Hvad er planen?", "Det sker i planen", "Sådan kan du være med"]));
    expect(doc.blocks.some((b) => b.kind === "keyFigures" && b.items.length >= 3)).toBe(true);
    if (plan.roles.length) expect(headings).toContain("Kontakt");
  });
});
