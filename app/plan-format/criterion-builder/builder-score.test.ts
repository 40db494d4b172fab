import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { blocksFromText } from "~/plan-reader/blocks";
import { type ReadCriterion, readPlan } from "~/plan-reader/read-plan";
import { scoreBuilder, scoreTable, totalRow } from "~/plan-reader/score-builder";
import { checkPlan } from "../check-plan";
import { type Criterion, criterionSchema } from "../criterion";
import { parsePlanFile } from "../parse-plan-file";
import { indexPlan } from "../plan-index";
import { criterionFromProposal } from "./index";

/**
 * Scores the builder against the hand-written example plans, as issue 15 defines "right without
 * adjustment": for every criterion (plan, focus area and activity level) the builder reads the
 * criterion's text, its owner, the plan with every criterion removed, and the period the heading
 * above the text names in the plan's source document (../shared/seeds, read by the plan reader:
 * "Succeskriterier (2013)"); its proposal is compared with the criterion the plan's authors wrote on
 * unit (what is counted), measure kind, keys and filters, and targets per period. Free texts the
 * reviewer writes anyway (a survey's question, a statistic's name and source) are not compared;
 * the strict count that also compares them is printed beside it.
 */

const dir = new URL("../../../examples/plans/", import.meta.url);
const seeds = new URL("../../../../shared/seeds/", import.meta.url);

// Issue 15 asks for at least 110 of the 124 criteria right without adjustment; the other floors sit a
// little below what the builder reaches (December 2026), so that a change that makes it read worse fails.
const floors = { exact: 110 / 124, measure: 0.88, kind: 0.97 };

/** The criteria the plan reader finds in a plan's source document, if the document is there. */
function readSource(planText: string): ReadCriterion[] | undefined {
  const name = /seeds\/([a-z0-9.-]+\.txt)/.exec(planText)?.[1];
  const file = name ? new URL(name, seeds) : undefined;
  if (!file || !existsSync(file)) return undefined;
  return readPlan(blocksFromText(readFileSync(file, "utf8")), name).criteria;
}

const plans = readdirSync(dir)
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .flatMap((file) => {
    const text = readFileSync(new URL(file, dir), "utf8");
    const result = parsePlanFile(text);
    if (!result.ok) {
      console.log(`${file}: springes over, filen er ikke gyldig (${result.problems.length} problemer)`);
      return [];
    }
    return [{ file, plan: result.plan, read: readSource(text) }];
  });

describe("the criterion builder against the example plans", () => {
  const scored = plans.map(({ file, plan, read }) => ({ file, ...scoreBuilder(file, plan, read) }));
  const proposals = new Map(scored.map((s) => [s.file, s.proposals]));

  it("reads most criteria as the plans' authors bound them", () => {
    const rows = scored.map((s) => s.row);
    const all = totalRow(rows);
    console.log("Kriteriebyggeren mod eksempelplanerne (perioden fra overskriften i kildedokumentet)");
    console.table(scoreTable(rows));
    expect(all.total).toBe(124);
    expect(all.exact / all.total).toBeGreaterThanOrEqual(floors.exact);
    expect(all.measure / all.total).toBeGreaterThanOrEqual(floors.measure);
    expect(all.kind / all.total).toBeGreaterThanOrEqual(floors.kind);
  });

  it("proposes criteria that pass the schema and checkPlan in every plan", () => {
    for (const { file, plan } of plans) {
      const copy = structuredClone(plan);
      const list = proposals.get(file) ?? [];
      indexPlan(copy).criteria.forEach(({ criterion }, i) => {
        const proposed = criterionSchema.parse(
          criterionFromProposal(list[i].proposal, criterion.key, criterion.text),
        ) as Criterion;
        for (const key of Object.keys(criterion)) delete (criterion as Partial<Criterion>)[key as keyof Criterion];
        Object.assign(criterion, proposed);
      });
      expect({ file, problems: checkPlan(copy) }).toEqual({ file, problems: [] });
    }
  });
});
