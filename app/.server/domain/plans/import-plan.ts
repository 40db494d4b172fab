import { parsePlanFile } from "~/plan-format/parse-plan-file";
import type { PlanFile } from "~/plan-format/plan";
import { recordAudit } from "../../audit/record-audit";
import { authorize } from "../../auth/authorize";
import { type Actor, can } from "../../auth/policy";
import type { Database } from "../../db/client";
import { replacePlanStructure } from "../../db/plan-store/replace-plan";
import { insertPlan } from "../../db/plan-store/write-plan";
import { planResourceBySlug } from "../../db/repositories/access";
import { findOrCreateOrganisation } from "../../db/repositories/organisations";
import { userError } from "../../errors";
import { recordImportedVersion } from "../versions/record-imported-version";

export interface ImportPlanInput {
  /** The plan file's text (YAML or JSON). */
  text: string;
  /** Replace a plan with the same slug instead of refusing. */
  replace?: boolean;
  /** The organisation that will own the plan; defaults to the importer's only one. */
  organisationId?: string;
}

/** The organisation a user imports into: the one asked for, or the only one where they may import. */
function owningOrganisation(actor: Extract<Actor, { kind: "user" }>, asked?: string): string {
  if (asked) return asked;
  const allowed = actor.memberships.filter((m) =>
    can(actor, "plan.import", { type: "organisation", organisationId: m.organisationId }),
  );
  if (allowed.length === 1) return allowed[0].organisationId;
  if (allowed.length === 0) throw userError("forbidden", "mayNotImportPlans");
  throw userError("organisation-required", "chooseOwningOrganisation");
}

/**
 * Imports a plan file: validates it completely, checks the right to import into the owning
 * organisation, then writes it in one transaction. An invalid file, a missing right, or an
 * existing slug without `replace` is refused with every problem and writes nothing.
 * The operator (system actor) imports into the organisation named as the plan's owner.
 * @example await importPlan(db, actor, { text: await readFile("examples/plans/rum-for-liv.yaml", "utf8") })
 */
export async function importPlan(db: Database, actor: Actor, input: ImportPlanInput): Promise<PlanFile> {
  const result = parsePlanFile(input.text);
  if (!result.ok)
    throw userError("invalid-plan", "planFileHasProblems", {
      params: { count: result.problems.length },
      details: result.problems,
    });
  const plan = result.plan;
  await db.transaction(async (tx) => {
    const organisationId =
      actor.kind === "system"
        ? await findOrCreateOrganisation(tx, plan.owner.name)
        : owningOrganisation(actor, input.organisationId);
    await authorize(tx, actor, "plan.import", { type: "organisation", organisationId });
    const existing = await planResourceBySlug(tx, plan.slug);
    if (existing && !input.replace)
      throw userError("plan-exists", "planExistsUseReplace", { params: { slug: plan.slug } });
    if (existing)
      await authorize(tx, actor, "plan.import", {
        type: "organisation",
        organisationId: existing.resource.organisationId,
      });
    const planId = existing
      ? await replacePlanStructure(tx, existing.planId, plan, existing.resource.organisationId)
      : await insertPlan(tx, plan, organisationId);
    await recordImportedVersion(tx, actor, planId, existing?.resource.organisationId ?? organisationId, plan);
    await recordAudit(tx, actor, {
      action: existing ? "plan.replace" : "plan.import",
      resourceType: "plan",
      resourceId: planId,
      organisationId,
      outcome: "allowed",
      details: { slug: plan.slug },
    });
  });
  return plan;
}
