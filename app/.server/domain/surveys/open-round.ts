import { randomBytes, randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { surveyRounds, surveys } from "../../db/schema";
import { userError } from "../../errors";
import { getPlan } from "../plans/get-plan";

const input = z.object({
  label: z.string().trim().min(2, "roundNameRequired").max(120),
  kind: z.enum(["baseline", "followUp"], { error: "chooseBaselineOrFollowUp" }),
  period: z
    .string()
    .trim()
    .regex(/^\d{4}(H[12])?$/, "roundYearExample"),
  invited: z
    .string()
    .trim()
    .regex(/^\d{0,6}$/, "respondentsWholeNumber")
    .transform((s) => (s === "" ? null : Number(s))),
});

/** A survey of the plan, checked on the stored row (a posted id from another plan is not found). */
export async function surveyOfPlan(db: Database, planId: string, surveyId: string) {
  const gone = userError("not-found", "surveyNotFound");
  if (!/^[0-9a-f-]{36}$/i.test(surveyId)) throw gone;
  const [survey] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.id, surveyId), eq(surveys.planId, planId)));
  if (!survey) throw gone;
  return survey;
}

/** Opens a round (baseline or follow-up) with a fresh secret link for anonymous answers. */
export async function openRound(
  db: Database,
  actor: Actor,
  slug: string,
  surveyId: string,
  posted: Record<string, unknown>,
) {
  const { planId, resource } = await getPlan(db, actor, slug, "plan.edit");
  const survey = await surveyOfPlan(db, planId, surveyId);
  const parsed = input.safeParse(posted);
  if (!parsed.success)
    throw userError(
      "invalid-round",
      "checkFields",
      parsed.error.issues.map((i) => ({ path: String(i.path[0]), message: i.message })),
    );
  const id = randomUUID();
  await db.insert(surveyRounds).values({
    id,
    organisationId: resource.organisationId,
    planId,
    surveyId: survey.id,
    ...parsed.data,
    token: randomBytes(24).toString("base64url"),
  });
  return id;
}

/** Closes a round: its link takes no more answers (the results stay). */
export async function closeRound(db: Database, actor: Actor, slug: string, surveyId: string, roundId: string) {
  const { planId } = await getPlan(db, actor, slug, "plan.edit");
  const survey = await surveyOfPlan(db, planId, surveyId);
  const done = /^[0-9a-f-]{36}$/i.test(roundId)
    ? await db
        .update(surveyRounds)
        .set({ open: false })
        .where(and(eq(surveyRounds.id, roundId), eq(surveyRounds.surveyId, survey.id)))
        .returning({ id: surveyRounds.id })
    : [];
  if (done.length === 0) throw userError("not-found", "roundNotFound");
}
