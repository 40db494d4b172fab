import { describe, expect, it } from "vitest";
import type { AttainmentView } from "~/.server/domain/attainment/plan-attainment";
import { trendText } from "./attainment-blocks";
import { trendBlocks } from "./chart-blocks";
import type { Block } from "./document";
import { reportLanguage } from "./report-language";

const quarters = ["2026Q1", "2026Q2", "2026Q3", "2026Q4"];
const l = reportLanguage("da");

/** A criterion's row as the reports get it, with its figure per quarter. */
const row = (kind: AttainmentView["kind"], trend: (number | null)[], trendCohorts = trend.map(() => 0)) =>
  ({ key: "k", text: "Beboere i job", kind, target: 20, trend, trendCohorts }) as unknown as AttainmentView;

const parts = (blocks: Block[]) => {
  const svg = blocks.find((b): b is Extract<Block, { kind: "svg" }> => b.kind === "svg");
  const table = blocks.find((b): b is Extract<Block, { kind: "table" }> => b.kind === "table");
  // Each chart is drawn by its own renderer instance, which numbers its class names: left out.
  return { svg: svg?.svg.replace(/zr\d+-/g, "zr-").replace(/zr-cls-\d+/g, "zr-cls"), cells: table?.rows[0].slice(1) };
};

describe("trend charts in reports for outside readers", () => {
  it("draws no count of persons the table hides: the chart is the one of the shown values alone", () => {
    const outside = parts(
      trendBlocks([row("participants", [3, 12, 2, 20])], quarters, "external", l, { targetLine: false }),
    );
    const shownOnly = parts(
      trendBlocks([row("participants", [null, 12, null, 20])], quarters, "internal", l, { targetLine: false }),
    );
    expect(outside.cells).toEqual(["<5", "12", "<5", "20"]);
    expect(outside.svg).toBe(shownOnly.svg);
    // Inside the organisation the real figures are drawn and shown.
    const inside = parts(
      trendBlocks([row("participants", [3, 12, 2, 20])], quarters, "internal", l, { targetLine: false }),
    );
    expect(inside.cells).toEqual(["3", "12", "2", "20"]);
    expect(inside.svg).not.toBe(outside.svg);
  });

  it("hides a rate over fewer than 5 persons in the chart, the table and the trend text", () => {
    const rates = row("outcomeRate", [50, 60, null, 25], [2, 10, 0, 8]);
    const outside = parts(trendBlocks([rates], quarters, "external", l, { targetLine: false }));
    const shownOnly = parts(
      trendBlocks([row("outcomeRate", [null, 60, null, 25])], quarters, "internal", l, { targetLine: false }),
    );
    expect(outside.cells?.[0]).toBe("× (under 5 i forløb)");
    expect(outside.cells?.slice(1)).toEqual(["60 %", "–", "25 %"]);
    expect(outside.svg).toBe(shownOnly.svg);
    expect(trendText(rates, quarters, "external")).not.toContain("50");
    expect(trendText(row("participants", [3, 12, 2, 20]), quarters, "external")).not.toMatch(/: [23](,|$)/);
  });

  it("leaves counts that are not of persons as they are (events)", () => {
    const events = parts(trendBlocks([row("events", [3, 12, 2, 20])], quarters, "external", l, { targetLine: false }));
    expect(events.cells).toEqual(["3", "12", "2", "20"]);
  });
});
