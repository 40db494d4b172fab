import { describe, expect, it } from "vitest";
import { indexPlan } from "~/plan-format/plan-index";
import {
  comparable,
  docxHeadings,
  docxText,
  examplePlanSlugs,
  loadExamplePlan,
  pdfText,
} from "../../../tests/support/report-files";
import { planDocument } from "./plan-document";
import { activityHeading } from "./plan-text";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";

/** The texts of a plan that its document must show. */
function expectedTexts(slug: string) {
  const plan = loadExamplePlan(slug);
  const index = indexPlan(plan);
  return {
    plan,
    activities: index.activities.map((a) => a.activity),
    criteria: index.criteria.map((c) => c.criterion.text),
  };
}

const missing = (haystack: string, needles: string[]) => needles.filter((n) => !haystack.includes(comparable(n)));

describe.each(examplePlanSlugs)("the plan document of %s", (slug) => {
  const { plan, activities, criteria } = expectedTexts(slug);
  const doc = planDocument(plan);

  it("has a real heading for every activity", () => {
    const headings = doc.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
    expect(activities.filter((a) => !headings.includes(activityHeading(a)))).toEqual([]);
  });

  it("shows every activity title and criterion text in Word, with the activities as Word headings", async () => {
    const docx = await renderDocx(doc);
    const text = comparable(docxText(docx));
    expect(
      missing(
        text,
        activities.map((a) => a.title),
      ),
    ).toEqual([]);
    expect(missing(text, criteria)).toEqual([]);
    const headings = docxHeadings(docx);
    expect(activities.filter((a) => !headings.includes(activityHeading(a)))).toEqual([]);
    console.info(
      `${slug} (docx): ${headings.length} headings, ${activities.length} activities, ${criteria.length} criteria found`,
    );
  });

  it("shows every activity title, criterion text and table cell in the PDF", async () => {
    const text = comparable(pdfText(await renderPdf(doc)));
    expect(
      missing(
        text,
        activities.map((a) => a.title),
      ),
    ).toEqual([]);
    expect(missing(text, criteria)).toEqual([]);
    expect(
      missing(
        text,
        doc.blocks.flatMap((b) => (b.kind === "table" ? b.rows.flat() : [])),
      ),
    ).toEqual([]);
  });
});

describe("the finance table", () => {
  it("shows Amager's stated yearly total of 1.200.000 kr. for every year, with unknown amounts as ?", () => {
    const doc = planDocument(loadExamplePlan("amager-tryghedsplan-2017"));
    const budget = doc.blocks.find((b) => b.kind === "table" && b.caption === "Budget pr. år");
    if (budget?.kind !== "table") throw new Error("Ingen budgettabel");
    expect(budget.columns.map((c) => c.label)).toEqual(["Budgetlinje", "2017", "2018", "2019", "2020"]);
    expect(budget.footer).toEqual(["I alt ifølge planen", ...Array(4).fill("1.200.000 kr.")]);
    expect(budget.rows.find((r) => r[0] === "Bylivspuljen")).toEqual(["Bylivspuljen", "233.000 kr.", "?", "?", "?"]);
    expect(budget.rows.at(-1)).toEqual([
      "Sum af kendte beløb",
      "1.200.000 kr.",
      "640.000 kr. + ?",
      "235.000 kr. + ?",
      "235.000 kr. + ?",
    ]);
  });

  it("prints the yearly total in the Amager PDF and Word document", async () => {
    const doc = planDocument(loadExamplePlan("amager-tryghedsplan-2017"));
    expect(pdfText(await renderPdf(doc))).toContain("1.200.000 kr.");
    expect(docxText(await renderDocx(doc))).toContain("1.200.000 kr.");
  });

  it("leaves out sections a plan has no content for", () => {
    const headings = planDocument(loadExamplePlan("staermosegaarden")).blocks.flatMap((b) =>
      b.kind === "heading" && b.level === 1 ? [b.text] : [],
    );
    expect(headings).not.toContain("Finansiering");
    expect(headings).not.toContain("Milepælsplan");
    expect(headings).toEqual(expect.arrayContaining(["Indhold", "Resumé", "Baggrund", "Vision", "Hovedformål"]));
  });
});
