import type { Activity } from "~/plan-format/activity";
import type { Criterion } from "~/plan-format/criterion";
import { addNewTypes, criterionFromProposal, type Proposal, proposeCriterion } from "~/plan-format/criterion-builder";
import { describeMeasure } from "~/plan-format/describe-measure";
import { freshKey } from "~/plan-format/edit-plan";
import type { FocusArea, PlanFile } from "~/plan-format/plan";
import type { PlanReading, ReadCriterion } from "./read-plan";

/** A criterion of the draft beside the sentence it came from, for the review. */
export interface CriterionProposal {
  key: string;
  /** Where the criterion is in the draft, e.g. "focusAreas.0.activities.1.criteria.2". */
  path: string;
  read: ReadCriterion;
  proposal: Proposal;
  /** The rule in plain Danish: what the figure counts. */
  rule: string;
  /** Types the draft got for this criterion ("forløbstypen Mentorforløb i Mentorindsats"). */
  added: string[];
  confidence: "high" | "low";
}

const noHome = "Planen har ingen aktivitet at lægge forløbstypen i; der tælles forskellige deltagere i stedet.";

/** The object a path names: "plan", "focusAreas.0", "focusAreas.0.activities.2.activities.0". */
function ownerAt(plan: PlanFile, path: string): PlanFile | FocusArea | Activity | undefined {
  if (path === "plan") return plan;
  let current: unknown = plan;
  for (const part of path.split(".")) current = (current as Record<string, unknown> | undefined)?.[part];
  return current as FocusArea | Activity | undefined;
}

const shortName = (text: string) =>
  text
    .replace(/^at\s+/i, "")
    .split(/\s+/)
    .slice(0, 6)
    .join(" ");

/**
 * Binds every criterion the reader found with the criterion builder, in the draft it builds up:
 * each gets a measure, targets (with the period its heading names) and the course or event types
 * it needs, added to the draft. Returns the draft with its criteria and a proposal per criterion.
 */
export function bindCriteria(reading: PlanReading): { plan: PlanFile; proposals: CriterionProposal[] } {
  const plan = structuredClone(reading.plan);
  const used = new Set<string>();
  const proposals: CriterionProposal[] = [];
  for (const read of reading.criteria) {
    const owner = ownerAt(plan, read.ownerPath);
    if (!owner) continue;
    let proposal = proposeCriterion(read.text, { plan, owner: read.owner, period: read.period });
    const added = addNewTypes(plan, read.owner, proposal.creates);
    if (proposal.creates?.courseType && !added.some((a) => a.startsWith("forløbstypen")))
      proposal = {
        ...proposal,
        measure: { kind: "participants" },
        confidence: "low",
        notes: [...proposal.notes, noHome],
      };
    const key = freshKey(shortName(read.text), used);
    used.add(key);
    const criterion: Criterion = criterionFromProposal(proposal, key, read.text.slice(0, 3990));
    owner.criteria.push(criterion);
    const path = `${read.ownerPath === "plan" ? "" : `${read.ownerPath}.`}criteria.${owner.criteria.length - 1}`;
    const rule = describeMeasure(plan, criterion, read.owner);
    const confidence = read.confidence === "high" && proposal.confidence === "high" ? "high" : "low";
    proposals.push({ key, path, read, proposal, rule, added, confidence });
  }
  return { plan, proposals };
}
