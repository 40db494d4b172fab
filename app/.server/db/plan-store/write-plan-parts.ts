import type { PlanFile } from "~/plan-format/plan";
import * as t from "../schema";
import type { PlanRows } from "./write-plan";

/** Adds the plan's governance bodies and their members. */
export function insertGovernance(r: PlanRows, plan: PlanFile) {
  plan.governance.forEach((g, i) => {
    const { members, ...fields } = g;
    const groupId = r.add(t.governanceGroups, i, fields);
    members.forEach((m, j) => {
      const { organisation, ...rest } = m;
      r.add(t.governanceMembers, j, { groupId, ...rest, partnerKey: organisation });
    });
  });
}

/** Adds funding sources, budget lines with their yearly amounts, footnotes and stated totals. */
export function insertBudget(r: PlanRows, plan: PlanFile) {
  const budget = plan.budget;
  if (!budget) return;
  const sourceIds = new Map<string, string>();
  budget.sources.forEach((s, i) => sourceIds.set(s.key, r.add(t.budgetSources, i, { ...s })));
  budget.lines.forEach((line, i) => {
    const lineId = r.add(t.budgetLines, i, {
      label: line.label,
      activityId: line.activity ? r.activityIds.get(line.activity) : undefined,
      sourceId: line.source ? sourceIds.get(line.source) : undefined,
      footnoteKey: line.footnote,
      note: line.note,
    });
    line.amounts.forEach((a, j) =>
      r.add(t.budgetAmounts, j, { lineId, year: a.year, amount: a.amount, footnoteKey: a.footnote }),
    );
  });
  budget.footnotes.forEach((f, i) => r.add(t.budgetFootnotes, i, { ...f }));
  budget.statedTotals.forEach((s, i) => r.add(t.budgetStatedTotals, i, { ...s }));
}

/** Adds the theory of change's nodes and links. */
export function insertTheoryOfChange(r: PlanRows, plan: PlanFile) {
  const toc = plan.theoryOfChange;
  if (!toc) return;
  const nodeIds = new Map<string, string>();
  toc.nodes.forEach((n, i) =>
    nodeIds.set(n.key, r.add(t.tocNodes, i, { key: n.key, level: n.level, label: n.label, refKey: n.ref })),
  );
  toc.links.forEach((l, i) => r.add(t.tocLinks, i, { fromNodeId: nodeIds.get(l.from), toNodeId: nodeIds.get(l.to) }));
}
