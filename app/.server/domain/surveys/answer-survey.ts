import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { readAnswers } from "~/surveys/questionnaire";
import type { Actor } from "../../auth/policy";
import { countAttempt, limits } from "../../auth/rate-limit";
import type { Database } from "../../db/client";
import { surveyResponses, surveyRounds, surveys } from "../../db/schema";
import { userError } from "../../errors";
import { getPlan } from "../plans/get-plan";
import { surveyOfPlan } from "./open-round";
import { syncSurveyFigure } from "./sync-survey-figure";

/**
 * The round a secret link opens, and only what answering needs: the survey's title and questions.
 * An unknown or malformed token is "not found"; a closed round says so. No plan, no other round.
 */
export async function roundByToken(db: Database, token: string) {
  const gone = userError("not-found", "surveyLinkBroken");
  if (!/^[A-Za-z0-9_-]{32}$/.test(token)) throw gone;
  const [row] = await db
    .select({ round: surveyRounds, survey: surveys })
    .from(surveyRounds)
    .innerJoin(surveys, eq(surveys.id, surveyRounds.surveyId))
    .where(eq(surveyRounds.token, token));
  if (!row) throw gone;
  if (!row.round.open) throw userError("round-closed", "surveyClosed");
  return row;
}

/**
 * Saves an anonymous answer through the link: no account, no name, only the round the token opens.
 * At most 20 answers an hour per link and address (counted atomically), so one holder of the link
 * cannot flood a round; the address is used only for the count (hashed), never stored with the answer.
 */
export async function answerAnonymously(db: Database, token: string, posted: Record<string, unknown>, address = "") {
  const { round, survey } = await roundByToken(db, token);
  if ((await countAttempt(db, limits.surveyAnswers, `${round.id}|${address}`)) > limits.surveyAnswers.limit)
    throw userError("rate-limited", "tooManyAnswers");
  const { answers, problems } = readAnswers(survey.questions, posted);
  if (problems.length > 0) throw userError("invalid-answers", "checkAnswersNotSent", problems);
  await db.insert(surveyResponses).values({
    id: randomUUID(),
    organisationId: round.organisationId,
    planId: round.planId,
    roundId: round.id,
    channel: "link",
    answers,
  });
  await syncSurveyFigure(db, survey, round);
}

/** Staff type in a questionnaire answered on paper, for a round of a survey of the plan. */
export async function enterPaperResponse(
  db: Database,
  actor: Actor,
  slug: string,
  surveyId: string,
  roundId: string,
  posted: Record<string, unknown>,
) {
  const { planId } = await getPlan(db, actor, slug, "plan.edit");
  const survey = await surveyOfPlan(db, planId, surveyId);
  const [round] = /^[0-9a-f-]{36}$/i.test(roundId)
    ? await db
        .select()
        .from(surveyRounds)
        .where(and(eq(surveyRounds.id, roundId), eq(surveyRounds.surveyId, survey.id)))
    : [];
  if (!round) throw userError("not-found", "roundNotFound");
  const { answers, problems } = readAnswers(survey.questions, posted);
  if (problems.length > 0) throw userError("invalid-answers", "checkAnswersNotSaved", problems);
  await db.insert(surveyResponses).values({
    id: randomUUID(),
    organisationId: round.organisationId,
    planId,
    roundId: round.id,
    channel: "paper",
    answers,
    enteredBy: actor.kind === "user" ? actor.userId : null,
  });
  await syncSurveyFigure(db, survey, round);
}
