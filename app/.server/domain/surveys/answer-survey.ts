import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { readAnswers } from "~/surveys/questionnaire";
import type { Actor } from "../../auth/policy";
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
  const gone = userError("not-found", "Linket virker ikke. Tjek, at du har hele linket med.");
  if (!/^[A-Za-z0-9_-]{32}$/.test(token)) throw gone;
  const [row] = await db
    .select({ round: surveyRounds, survey: surveys })
    .from(surveyRounds)
    .innerJoin(surveys, eq(surveys.id, surveyRounds.surveyId))
    .where(eq(surveyRounds.token, token));
  if (!row) throw gone;
  if (!row.round.open) throw userError("round-closed", "Undersøgelsen er lukket. Tak for interessen.");
  return row;
}

/** Saves an anonymous answer through the link: no account, no name, only the round the token opens. */
export async function answerAnonymously(db: Database, token: string, posted: Record<string, unknown>) {
  const { round, survey } = await roundByToken(db, token);
  const { answers, problems } = readAnswers(survey.questions, posted);
  if (problems.length > 0) throw userError("invalid-answers", "Tjek svarene. Intet er sendt.", problems);
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
  if (!round) throw userError("not-found", "Runden findes ikke i undersøgelsen.");
  const { answers, problems } = readAnswers(survey.questions, posted);
  if (problems.length > 0) throw userError("invalid-answers", "Tjek svarene. Intet er gemt.", problems);
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
