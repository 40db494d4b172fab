import { randomUUID } from "node:crypto";
import { z } from "zod";
import { indexPlan } from "~/plan-format/plan-index";
import { tryghedQuestionnaire } from "~/surveys/questionnaire";
import { recordAudit } from "../../audit/record-audit";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { surveys } from "../../db/schema";
import { userError } from "../../errors";
import { getPlan } from "../plans/get-plan";

const input = z.object({
  title: z.string().trim().min(3, "surveyTitleRequired").max(200),
  criterion: z.string().optional(),
});

/**
 * Creates a resident survey with the tryghed questionnaire; bound to a survey criterion of the plan,
 * its rounds give that criterion's figure (the share answering utryg or meget utryg when the
 * criterion counts unsafe residents, else tryg or meget tryg).
 */
export async function createSurvey(db: Database, actor: Actor, slug: string, posted: Record<string, unknown>) {
  const { plan, planId, resource } = await getPlan(db, actor, slug, "plan.edit");
  const parsed = input.safeParse(posted);
  if (!parsed.success)
    throw userError(
      "invalid-survey",
      "checkFields",
      parsed.error.issues.map((i) => ({ path: String(i.path[0]), message: i.message })),
    );
  const key = parsed.data.criterion || undefined;
  const criterion = key ? indexPlan(plan).criteria.find((c) => c.criterion.key === key)?.criterion : undefined;
  if (key && criterion?.measure.kind !== "survey")
    throw userError("invalid-survey", "checkFields", [{ path: "criterion", message: "chooseSurveyCriterion" }]);
  const down = criterion?.direction === "down";
  const id = randomUUID();
  await db.insert(surveys).values({
    id,
    organisationId: resource.organisationId,
    planId,
    title: parsed.data.title,
    questions: tryghedQuestionnaire(plan.areas[0]?.name ?? "boligområdet"),
    criterionKey: key ?? null,
    criterionShare: key
      ? { question: "tryg", options: down ? ["utryg", "meget-utryg"] : ["meget-tryg", "tryg"] }
      : null,
  });
  await recordAudit(db, actor, {
    action: "survey.create",
    resourceType: "plan",
    resourceId: planId,
    organisationId: resource.organisationId,
    outcome: "allowed",
    details: { survey: id },
  });
  return id;
}
