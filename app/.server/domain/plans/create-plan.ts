import { eq } from "drizzle-orm";
import { z } from "zod";
import { checkPlan } from "~/plan-format/check-plan";
import { type PlanFile, planFileSchema } from "~/plan-format/plan";
import { formatPath } from "~/plan-format/plan-index";
import { planFromTemplate, templateKinds } from "~/plan-format/templates";
import { recordAudit } from "../../audit/record-audit";
import { authorize } from "../../auth/authorize";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { insertPlan } from "../../db/plan-store/write-plan";
import { planResourceBySlug } from "../../db/repositories/access";
import { organisations } from "../../db/schema";
import { userError } from "../../errors";
import { addVersion } from "../versions/version-store";
import { getPlan } from "./get-plan";

/** What the "new plan" form asks. */
export const newPlanSchema = z
  .object({
    start: z.enum([...templateKinds, "copy"], { error: "chooseTemplate" }),
    copyOf: z.string().optional(),
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "slugFormat"),
    title: z.string().trim().min(2, "planTitleRequired"),
    periodStart: z.iso.date({ error: "startDateFormat" }),
    periodEnd: z.iso.date({ error: "endDateFormat" }),
    organisationId: z.string().uuid({ error: "choosePlanOrganisation" }),
  })
  .refine((p) => p.periodStart < p.periodEnd, {
    path: ["periodEnd"],
    message: "endAfterStart",
  })
  .refine((p) => p.start !== "copy" || !!p.copyOf, { path: ["copyOf"], message: "choosePlanToCopy" });

/**
 * Creates a plan from a template or as a copy of a plan the actor may read, owned by one of the
 * actor's organisations. It starts as draft version 1 (its content shows until a version is approved).
 */
export async function createPlan(db: Database, actor: Actor, input: z.input<typeof newPlanSchema>): Promise<PlanFile> {
  const parsed = newPlanSchema.safeParse(input);
  if (!parsed.success)
    throw userError(
      "invalid-plan",
      "Tjek felterne.",
      parsed.error.issues.map((i) => ({ path: String(i.path[0]), message: i.message })),
    );
  const p = parsed.data;
  await authorize(db, actor, "plan.import", { type: "organisation", organisationId: p.organisationId });
  if (await planResourceBySlug(db, p.slug))
    throw userError("plan-exists", "slugTaken", [{ path: "slug", message: "chooseAnotherSlug" }]);
  const [org] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, p.organisationId));
  const base = { slug: p.slug, title: p.title, owner: org.name, start: p.periodStart, end: p.periodEnd };
  const plan =
    p.start === "copy"
      ? {
          ...(await getPlan(db, actor, p.copyOf as string)).plan,
          ...{
            slug: p.slug,
            title: p.title,
            owner: { name: org.name },
            period: { start: p.periodStart, end: p.periodEnd },
            approvals: [],
          },
        }
      : planFromTemplate(p.start, base);
  const valid = planFileSchema.safeParse(plan);
  const problems = valid.success
    ? checkPlan(valid.data)
    : valid.error.issues.map((i) => ({ path: formatPath(i.path as (string | number)[]), message: i.message }));
  if (!valid.success || problems.length > 0) throw userError("invalid-plan", "copiedPlanPeriodMismatch", problems);
  await saveNewPlan(db, actor, valid.data, p.organisationId, p.start);
  return valid.data;
}

/** Writes a new plan and its draft version 1 in one transaction, and audits it ("plan.create"). */
export async function saveNewPlan(db: Database, actor: Actor, plan: PlanFile, organisationId: string, from: string) {
  await db.transaction(async (tx) => {
    const planId = await insertPlan(tx, plan, organisationId);
    await addVersion(tx, { planId, organisationId, document: plan, status: "draft", actor });
    await recordAudit(tx, actor, {
      action: "plan.create",
      resourceType: "plan",
      resourceId: planId,
      organisationId,
      outcome: "allowed",
      details: { slug: plan.slug, from },
    });
  });
}
