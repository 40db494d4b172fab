import { asc, eq } from "drizzle-orm";
import { indexPlan } from "~/plan-format/plan-index";
import { criterionShare, difference, type Share, surveyResults } from "~/surveys/survey-results";
import { type Actor, can } from "../../auth/policy";
import type { Database } from "../../db/client";
import { surveyResponses, surveyRounds, surveys } from "../../db/schema";
import { getPlan } from "../plans/get-plan";
import { surveyOfPlan } from "./open-round";

/** The plan's surveys with their rounds and response counts. */
export async function listSurveys(db: Database, actor: Actor, slug: string) {
  const { plan, planId, resource } = await getPlan(db, actor, slug);
  const rows = await db.select().from(surveys).where(eq(surveys.planId, planId)).orderBy(asc(surveys.createdAt));
  const criteria = indexPlan(plan)
    .criteria.map((c) => c.criterion)
    .filter((c) => c.measure.kind === "survey");
  return {
    plan,
    mayEdit: can(actor, "plan.edit", resource),
    surveys: rows.map((s) => ({ id: s.id, title: s.title, criterionKey: s.criterionKey })),
    surveyCriteria: criteria.map((c) => ({ key: c.key, text: c.text })),
  };
}

/**
 * One survey: its rounds (responses, rate, the link for those who hand it out), results per round
 * (small groups suppressed), each follow-up round against the baseline round share by share with
 * 95 % intervals, and the criterion's figure per round.
 */
export async function surveyView(db: Database, actor: Actor, slug: string, surveyId: string) {
  const { plan, planId, resource } = await getPlan(db, actor, slug);
  const survey = await surveyOfPlan(db, planId, surveyId);
  const mayEdit = can(actor, "plan.edit", resource);
  const rounds = await db
    .select()
    .from(surveyRounds)
    .where(eq(surveyRounds.surveyId, survey.id))
    .orderBy(asc(surveyRounds.createdAt));
  const responses = await db
    .select({ roundId: surveyResponses.roundId, channel: surveyResponses.channel, answers: surveyResponses.answers })
    .from(surveyResponses)
    .where(eq(surveyResponses.planId, planId));
  const perRound = rounds.map((r) => {
    const mine = responses.filter((x) => x.roundId === r.id);
    const answers = mine.map((x) => x.answers);
    return {
      id: r.id,
      label: r.label,
      kind: r.kind,
      period: r.period,
      open: r.open,
      token: mayEdit ? r.token : null,
      responses: mine.length,
      byLink: mine.filter((x) => x.channel === "link").length,
      invited: r.invited,
      rate: r.invited ? Math.round((mine.length / r.invited) * 1000) / 10 : null,
      results: surveyResults(survey.questions, answers),
      criterion: survey.criterionShare ? criterionShare(survey.criterionShare, answers) : null,
    };
  });
  const baseline = perRound.find((r) => r.kind === "baseline");
  const comparisons = baseline
    ? perRound
        .filter((r) => r.id !== baseline.id && r.kind === "followUp")
        .map((r) => ({
          round: r.label,
          baseline: baseline.label,
          questions: compareRounds(baseline.results, r.results),
        }))
    : [];
  return { plan, survey, mayEdit, rounds: perRound, comparisons };
}

type Results = ReturnType<typeof surveyResults>;

/** Share by share (everyone, per choice question) a round against the baseline, with the difference's interval. */
function compareRounds(base: Results, next: Results) {
  const out: {
    question: string;
    option: string;
    label: string;
    before: Share;
    after: Share;
    diff: ReturnType<typeof difference>;
  }[] = [];
  for (const b of base.filter((r) => r.group === null && r.options)) {
    const a = next.find((r) => r.group === null && r.question === b.question);
    if (!a?.options || !b.options) continue;
    for (const o of b.options) {
      const after = a.options.find((x) => x.key === o.key);
      if (after)
        out.push({
          question: b.question,
          option: o.key,
          label: o.label,
          before: o.share,
          after: after.share,
          diff: difference(o.share, after.share),
        });
    }
  }
  return out;
}
