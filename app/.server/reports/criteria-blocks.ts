import type { Criterion } from "~/plan-format/criterion";
import { type CriterionOwner, describeMeasure } from "~/plan-format/describe-measure";
import type { PlanFile } from "~/plan-format/plan";
import type { Block } from "./document";
import { baselineText, targetsText } from "./plan-text";
import { compactTable } from "./table-block";

/**
 * Success criteria as a table: the criterion as the plan words it, its target per period, the
 * baseline and the one-sentence rule of what is counted (in the owner's activity or focus area,
 * which may differ per criterion). Empty when there are no criteria.
 */
export function criteriaTable(
  plan: PlanFile,
  criteria: Criterion[],
  owner: CriterionOwner | ((c: Criterion) => CriterionOwner) = {},
  caption?: string,
): Block[] {
  if (criteria.length === 0) return [];
  const ownerOf = typeof owner === "function" ? owner : () => owner;
  return [
    compactTable(
      [
        { label: "Succeskriterium", width: 160 },
        { label: "Mål", width: 95, keep: true },
        { label: "Udgangspunkt", width: 80 },
        { label: "Hvad tælles" },
      ],
      criteria.map((c) => [c.text, targetsText(c), baselineText(c), describeMeasure(plan, c, ownerOf(c))]),
      { caption },
    ),
  ];
}
