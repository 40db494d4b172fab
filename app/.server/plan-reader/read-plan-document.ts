import { validatePlanData } from "~/plan-format/parse-plan-file";
import type { PlanFile } from "~/plan-format/plan";
import { canonicalPlan } from "~/plan-format/serialize-plan";
import { bindCriteria, type CriterionProposal } from "~/plan-reader/bind-criteria";
import type { ReadItem, Unread } from "~/plan-reader/read-context";
import { readPlan } from "~/plan-reader/read-plan";
import { type DocumentKind, readDocument } from "./read-document";

/** A plan document read into a draft plan, with everything for the review. */
export interface DocumentReading {
  kind: DocumentKind;
  plan: PlanFile;
  items: ReadItem[];
  criteria: CriterionProposal[];
  unread: Unread[];
  /** Problems of the draft as a plan file (empty when it validates). */
  problems: { path: string; message: string }[];
}

/**
 * Reads a plan document (DOCX, PDF or text) into a draft plan: the reader finds the structure,
 * the criterion builder binds every criterion, and the draft is validated like a plan file.
 * Nothing is saved. `progress` is told per page (PDF) and at the end of each step.
 * @example const reading = await readPlanDocument(await readFile("plan.docx"), "plan.docx")
 */
export async function readPlanDocument(
  data: Uint8Array,
  name: string,
  progress?: (step: string, done: number, of: number) => void,
): Promise<DocumentReading> {
  const { kind, blocks } = await readDocument(data, name, (done, of) => progress?.("side", done, of));
  const reading = readPlan(blocks, name);
  progress?.("struktur", 1, 1);
  const { plan, proposals } = bindCriteria(reading);
  progress?.("succeskriterier", proposals.length, proposals.length);
  const checked = validatePlanData(JSON.parse(JSON.stringify(canonicalPlan(plan))));
  return {
    kind,
    plan: checked.ok ? checked.plan : plan,
    items: reading.items,
    criteria: proposals,
    unread: reading.unread,
    problems: checked.ok ? [] : checked.problems,
  };
}
