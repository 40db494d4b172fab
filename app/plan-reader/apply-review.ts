import { addNewTypes, criterionFromProposal, proposeCriterion } from "~/plan-format/criterion-builder";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";

/** What the reviewer decided about one criterion: keep or drop it, and any correction. */
export interface CriterionDecision {
  keep: boolean;
  /** A corrected text: the criterion is proposed again from it. */
  text?: string;
  /** A corrected target for the criterion's first period (or for `period`). */
  value?: number;
  period?: string;
}

export interface ReviewDecisions {
  /** Paths of items to drop ("focusAreas.0.activities.2", "milestones.4", "budget.lines.1"). */
  drop: string[];
  criteria: Record<string, CriterionDecision>;
}

/** Removes the item a path names from its list. */
function dropPath(plan: PlanFile, path: string) {
  const parts = path.split(".");
  const index = Number(parts.pop());
  let list: unknown = plan;
  for (const p of parts) list = (list as Record<string, unknown> | undefined)?.[p];
  if (Array.isArray(list) && Number.isInteger(index)) list.splice(index, 1);
}

/**
 * Applies the review to a draft: drops the items and criteria the reviewer dropped, proposes a
 * corrected criterion again from its new text, and sets a corrected target. Pure; the result is
 * validated by the caller like any plan file.
 */
export function applyReview(draft: PlanFile, decisions: ReviewDecisions): PlanFile {
  const plan = structuredClone(draft);
  for (const { criterion, activity, focusArea } of indexPlan(plan).criteria) {
    const d = decisions.criteria[criterion.key];
    if (!d) continue;
    const owner = { activityKey: activity?.key, focusAreaKey: activity ? undefined : focusArea?.key };
    const text = d.text?.trim();
    if (text && text !== criterion.text) {
      const proposal = proposeCriterion(text, { plan, owner, period: criterion.targets[0]?.period });
      addNewTypes(plan, owner, proposal.creates);
      Object.assign(criterion, criterionFromProposal(proposal, criterion.key, text));
    }
    if (d.value !== undefined && Number.isFinite(d.value)) {
      const period = d.period ?? criterion.targets[0]?.period ?? "plan";
      criterion.targets = [{ period, value: d.value }, ...criterion.targets.filter((t) => t.period !== period)];
    }
  }
  const dropped = new Set(
    Object.entries(decisions.criteria)
      .filter(([, d]) => !d.keep)
      .map(([k]) => k),
  );
  const keep = <T extends { key: string }>(list: T[]) => list.filter((c) => !dropped.has(c.key));
  plan.criteria = keep(plan.criteria);
  for (const fa of plan.focusAreas) fa.criteria = keep(fa.criteria);
  for (const { activity } of indexPlan(plan).activities) activity.criteria = keep(activity.criteria);
  // deepest and last first, so that earlier indexes stay right
  const paths = [...decisions.drop].sort(
    (a, b) => b.split(".").length - a.split(".").length || b.localeCompare(a, "da", { numeric: true }),
  );
  for (const path of paths) dropPath(plan, path);
  return plan;
}
