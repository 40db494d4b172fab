import { eq } from "drizzle-orm";
import { checkPlan } from "~/plan-format/check-plan";
import { type PlanFile, planFileSchema } from "~/plan-format/plan";
import { formatPath } from "~/plan-format/plan-index";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { planVersions } from "../../db/schema";
import { userError } from "../../errors";
import { planForEdit } from "./plan-for-edit";
import { openVersion } from "./version-store";

/**
 * Changes the open draft: `change` gets a copy of the draft and returns the new plan. The result
 * must be a valid plan (schema and rules); otherwise every problem is returned with its path and
 * nothing is saved. A submitted or approved version is locked.
 */
export async function changeDraft(db: Database, actor: Actor, slug: string, change: (plan: PlanFile) => PlanFile) {
  const { planId } = await planForEdit(db, actor, slug);
  const draft = await openVersion(db, planId);
  if (!draft) throw userError("no-draft", "Der er ingen kladde. Start en ny version for at ændre planen.");
  if (draft.status !== "draft")
    throw userError(
      "locked",
      "Versionen er sendt til godkendelse og kan ikke ændres. Træk den tilbage til kladde for at ændre den.",
    );
  const next = change(structuredClone(draft.document));
  if (next.slug !== draft.document.slug)
    throw userError("invalid-plan", "Planens nøgle (slug) kan ikke ændres.", [
      { path: "slug", message: "Planens nøgle kan ikke ændres." },
    ]);
  const parsed = planFileSchema.safeParse(next);
  const problems = parsed.success
    ? checkPlan(parsed.data)
    : parsed.error.issues.map((i) => ({ path: formatPath(i.path as (string | number)[]), message: i.message }));
  if (problems.length > 0 || !parsed.success)
    throw userError("invalid-plan", "Ændringen giver en ugyldig plan. Intet er gemt.", problems);
  await db
    .update(planVersions)
    .set({ document: parsed.data, updatedAt: new Date() })
    .where(eq(planVersions.id, draft.id));
  return parsed.data;
}
