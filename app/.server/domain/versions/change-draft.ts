import { eq } from "drizzle-orm";
import { checkPlan } from "~/plan-format/check-plan";
import { type PlanFile, planFileSchema } from "~/plan-format/plan";
import { formatPath } from "~/plan-format/plan-index";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { logbookUseProblems } from "../../db/plan-store/replace-plan";
import { planVersions } from "../../db/schema";
import { type DetailInput, userError } from "../../errors";
import { planForEdit } from "./plan-for-edit";
import { openVersion } from "./version-store";

/**
 * Changes the open draft: `change` gets a copy of the draft and returns the new plan. The result
 * must be a valid plan (schema and rules); otherwise every problem is returned with its path and
 * nothing is saved. A submitted or approved version is locked. With `dryRun` the change is only checked.
 */
export async function changeDraft(
  db: Database,
  actor: Actor,
  slug: string,
  change: (plan: PlanFile) => PlanFile,
  options: { dryRun?: boolean } = {},
) {
  const { planId } = await planForEdit(db, actor, slug);
  const draft = await openVersion(db, planId);
  if (!draft) throw userError("no-draft", "approvedVersionLocked");
  if (draft.status !== "draft") throw userError("locked", "submittedVersionLocked");
  const next = change(structuredClone(draft.document));
  if (next.slug !== draft.document.slug)
    throw userError("invalid-plan", "slugUnchangeable", [{ path: "slug", message: "planKeyUnchangeable" }]);
  const parsed = planFileSchema.safeParse(next);
  const problems: DetailInput[] = parsed.success
    ? checkPlan(parsed.data)
    : parsed.error.issues.map((i) => ({ path: formatPath(i.path as (string | number)[]), message: i.message }));
  // Found now, not only at approval: what the logbook uses cannot be removed.
  if (parsed.success && problems.length === 0)
    problems.push(...(await logbookUseProblems(db, planId, parsed.data)).problems);
  if (problems.length > 0 || !parsed.success) throw userError("invalid-plan", "invalidPlanChange", problems);
  // A dry run checks the change as the user types, without saving it.
  if (options.dryRun) return parsed.data;
  await db
    .update(planVersions)
    .set({ document: parsed.data, updatedAt: new Date() })
    .where(eq(planVersions.id, draft.id));
  return parsed.data;
}
