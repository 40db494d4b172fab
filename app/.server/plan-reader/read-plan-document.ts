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
 * Told how far the reading is: "side" per page (PDF) or once (DOCX, text), "struktur" before the
 * structure is read, "succeskriterier" before and after the criteria are bound. The reading waits
 * for a promise it returns (so a streamed answer can send each step before the next starts).
 */
export type ReadProgress = (step: "side" | "struktur" | "succeskriterier", done: number, of: number) => unknown;

/**
 * Reads a plan document (DOCX, PDF or text) into a draft plan: the reader finds the structure,
 * the criterion builder binds every criterion, and the draft is validated like a plan file.
 * Nothing is saved. `progress` is told per page (PDF) and at the end of each step.
 * @example const reading = await readPlanDocument(await readFile("plan.docx"), "plan.docx")
 */
export async function readPlanDocument(
  data: Uint8Array,
  name: string,
  progress?: ReadProgress,
): Promise<DocumentReading> {
  const { kind, blocks } = await readDocument(data, name, (done, of) => progress?.("side", done, of));
  await progress?.("struktur", 0, 1);
  const reading = readPlan(blocks, name);
  await progress?.("succeskriterier", 0, reading.criteria.length);
  const { plan, proposals } = bindCriteria(reading);
  await progress?.("succeskriterier", proposals.length, proposals.length);
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
