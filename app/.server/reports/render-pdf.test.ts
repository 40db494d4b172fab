import { describe, expect, it } from "vitest";
import { comparable, loadExamplePlan, pdfText } from "../../../tests/support/report-files";
import { milestoneTable } from "./organisation-blocks";
import { planDocument } from "./plan-document";
import { renderPdf } from "./render-pdf";

describe("renderPdf tables", () => {
  it("keeps the last line of every cell wherever the table falls on the page", async () => {
    // pdfkit compared float32-rounded positions, so at some offsets a cell lost its last line.
    const table = milestoneTable(loadExamplePlan("amager-tryghedsplan-2017"))[0];
    if (table?.kind !== "table") throw new Error("Ingen milepælstabel");
    const lost: string[] = [];
    for (let n = 0; n < 200; n += 10) {
      const pdf = await renderPdf({
        title: "Milepæle",
        blocks: [{ kind: "paragraph", text: "Lorem ipsum dolor sit amet. ".repeat(n) }, table],
      });
      const text = comparable(pdfText(pdf));
      lost.push(...table.rows.flat().filter((cell) => !text.includes(comparable(cell))));
    }
    expect(lost).toEqual([]);
  });
});

describe("a long PDF does not hold the server", () => {
  it("lets a timer run while a 40-page report is rendered", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    await renderPdf(planDocument(loadExamplePlan("rum-for-liv")));
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(3);
  });
});
