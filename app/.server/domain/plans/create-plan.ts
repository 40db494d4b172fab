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
    start: z.enum([...templateKinds, "copy"], { error: "Vælg en skabelon." }),
    copyOf: z.string().optional(),
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "Brug kun små bogstaver, tal og bindestreg, fx nordparken-2023."),
    title: z.string().trim().min(2, "Skriv planens titel."),
    periodStart: z.iso.date({ error: "Skriv startdatoen som ÅÅÅÅ-MM-DD." }),
    periodEnd: z.iso.date({ error: "Skriv slutdatoen som ÅÅÅÅ-MM-DD." }),
    organisationId: z.string().uuid({ error: "Vælg organisationen, der ejer planen." }),
  })
  .refine((p) => p.periodStart < p.periodEnd, {
    path: ["periodEnd"],
    message: "Slutdatoen skal ligge efter startdatoen.",
  })
  .refine((p) => p.start !== "copy" || !!p.copyOf, { path: ["copyOf"], message: "Vælg planen, der skal kopieres." });

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
    throw userError("plan-exists", "Nøglen er allerede brugt af en anden plan.", [
      { path: "slug", message: "Vælg en anden nøgle." },
    ]);
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
  if (!valid.success || problems.length > 0)
    throw userError(
      "invalid-plan",
      "Den kopierede plan passer ikke til den nye periode. Ret perioden, eller start fra en skabelon.",
      problems,
    );
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
