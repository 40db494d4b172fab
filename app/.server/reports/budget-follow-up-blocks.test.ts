import { describe, expect, it } from "vitest";
import { budgetFollowUp } from "~/follow-up/budget-follow-up";
import { loadExamplePlan } from "../../../tests/support/report-files";
import { budgetFollowUpBlocks } from "./budget-follow-up-blocks";
import { reportLanguage } from "./report-language";

/** Amager's budget as a helhedsplan with a second, local funding source on one line. */
function planWithLocalSource(localAmount: number) {
  const plan = structuredClone(loadExamplePlan("amager-tryghedsplan-2017"));
  plan.kind = "helhedsplan";
  const budget = plan.budget;
  if (!budget) throw new Error("Amager har et budget");
  budget.sources.push({ key: "boligorganisationen", name: "Boligorganisationen", local: true });
  budget.lines.push({
    label: "Lokal medfinansiering",
    activity: budget.lines[0].activity,
    source: "boligorganisationen",
    amounts: [{ year: 2018, amount: localAmount }],
  });
  return plan;
}

describe("budget in reports", () => {
  it("shows each line with its activity and funding source, planned against spent, and the 25 % check", () => {
    const plan = planWithLocalSource(100_000);
    const follow = budgetFollowUp(plan.budget, [
      { label: budgetLabel(plan), activityKey: null, year: 2018, amount: 200_000, source: "manual" },
    ]);
    const [table, check] = budgetFollowUpBlocks(plan, follow, { first: 2018, last: 2018 }, reportLanguage("da"));
    if (table?.kind !== "table" || check?.kind !== "paragraph") throw new Error("Tabel og tjek forventet");
    expect(table.columns.map((c) => c.label)).toEqual([
      "Budgetlinje",
      "Aktivitet",
      "Finansiering",
      "Budget 2018",
      "Forbrug 2018",
    ]);
    const first = table.rows[0];
    expect(first[2]).toBe("Amager Partnerskabs midler (Københavns Kommune)");
    expect(first.slice(3)).toEqual(["235.000 kr.", "200.000 kr."]);
    expect(table.rows.at(-1)?.[2]).toBe("Boligorganisationen");
    expect(check.text).toMatch(/^Lokal medfinansiering: \d+(,\d)? % .* Det er under kravet om mindst 25 %\.$/);
  });

  it("says the rule is met when the local sources carry a quarter, and states it in English", () => {
    const plan = planWithLocalSource(5_000_000);
    const blocks = budgetFollowUpBlocks(
      plan,
      budgetFollowUp(plan.budget, []),
      { first: 2018, last: 2018 },
      reportLanguage("en"),
    );
    const check = blocks.at(-1);
    expect(check?.kind === "paragraph" && check.text).toMatch(/^Local co-financing: 68.4 % .*The 25 % rule is met\.$/);
  });
});

const budgetLabel = (plan: ReturnType<typeof planWithLocalSource>) => plan.budget?.lines[0].label ?? "";
