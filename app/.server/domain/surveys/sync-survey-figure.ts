import { eq } from "drizzle-orm";
import { indexPlan } from "~/plan-format/plan-index";
import { criterionShare } from "~/surveys/survey-results";
import type { Database } from "../../db/client";
import { readStoredPlan } from "../../db/plan-store/read-stored-plan";
import { surveyResponses, type surveyRounds, type surveys } from "../../db/schema";
import { figureStoreOf, writeEnteredFigure } from "../attainment/entered-figures";

/**
 * Gives the survey's criterion the figure of a round: the share of respondents in the counted
 * answers, computed from the responses (at least 5 answers, else nothing is written), written where
 * the criterion reads its entered figures for the round's period. Run after every response.
 */
export async function syncSurveyFigure(
  db: Database,
  survey: typeof surveys.$inferSelect,
  round: typeof surveyRounds.$inferSelect,
) {
  if (!survey.criterionKey || !survey.criterionShare) return;
  const plan = (await readStoredPlan(db, survey.planId)).plan;
  const criterion = indexPlan(plan).criteria.find((c) => c.criterion.key === survey.criterionKey)?.criterion;
  if (!criterion) return;
  const rows = await db
    .select({ answers: surveyResponses.answers })
    .from(surveyResponses)
    .where(eq(surveyResponses.roundId, round.id));
  const share = criterionShare(
    survey.criterionShare,
    rows.map((r) => r.answers),
  );
  if (!share) return;
  await writeEnteredFigure(db, figureStoreOf(criterion), {
    organisationId: survey.organisationId,
    planId: survey.planId,
    period: round.period,
    value: share.percent,
    source: `${survey.title}: ${round.label} (${share.n} svar)`,
    by: null,
  });
}
