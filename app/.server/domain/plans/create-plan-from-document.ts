import { validatePlanData } from "~/plan-format/parse-plan-file";
import type { PlanFile } from "~/plan-format/plan";
import { authorize } from "../../auth/authorize";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { planResourceBySlug } from "../../db/repositories/access";
import { userError } from "../../errors";
import { saveNewPlan } from "./create-plan";

export interface PlanFromDocumentInput {
  /** The reviewed draft (a plan file's data), as the review page sends it back. */
  plan: unknown;
  organisationId: string;
  /** The plan's key, if the reviewer changed it. */
  slug?: string;
}

/**
 * Creates a plan from a reviewed plan document: the draft is validated exactly like an imported
 * plan file, the actor must be allowed to import into the organisation, and the plan starts as draft
 * version 1. An invalid draft, a taken key or a missing right is refused with every problem and
 * writes nothing.
 * @example await createPlanFromDocument(db, actor, { plan: reading.plan, organisationId })
 */
export async function createPlanFromDocument(
  db: Database,
  actor: Actor,
  input: PlanFromDocumentInput,
): Promise<PlanFile> {
  const data = input.slug ? { ...(input.plan as object), slug: input.slug } : input.plan;
  const checked = validatePlanData(data);
  if (!checked.ok)
    throw userError("invalid-plan", "draftHasProblems", {
      params: { count: checked.problems.length },
      details: checked.problems,
    });
  await authorize(db, actor, "plan.import", { type: "organisation", organisationId: input.organisationId });
  if (await planResourceBySlug(db, checked.plan.slug))
    throw userError("plan-exists", "slugTakenWriteAnother", {
      params: { slug: checked.plan.slug },
      details: [{ path: "slug", key: "chooseAnotherSlug" }],
    });
  await saveNewPlan(db, actor, checked.plan, input.organisationId, "document");
  return checked.plan;
}
