import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Answers, CriterionShare, Question } from "~/surveys/questionnaire";
import { users } from "./accounts";
import { tenantColumns } from "./columns";
import { plans } from "./plans";

/** A resident survey (beboerundersøgelse) of a plan: its questions and the criterion share it feeds. */
export const surveys = pgTable(
  "surveys",
  {
    ...tenantColumns(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    title: text().notNull(),
    questions: jsonb().$type<Question[]>().notNull(),
    /** The survey criterion whose figure the rounds give, and which share of which question it reads. */
    criterionKey: text(),
    criterionShare: jsonb().$type<CriterionShare>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("surveys_plan_idx").on(t.planId)],
);

/** A round of a survey (baseline, follow-up) for a period, with its anonymous answering link. */
export const surveyRounds = pgTable(
  "survey_rounds",
  {
    ...tenantColumns(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    surveyId: uuid()
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    label: text().notNull(),
    kind: text({ enum: ["baseline", "followUp"] }).notNull(),
    period: text().notNull(),
    /** How many were asked (for the response rate), if known. */
    invited: integer(),
    /** The secret in the anonymous link: opens this round's questionnaire and nothing else. */
    token: text().notNull(),
    open: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("survey_rounds_token_idx").on(t.token), index("survey_rounds_survey_idx").on(t.surveyId)],
);

/** One filled-in questionnaire: through the link (anonymous) or typed in from paper by staff. */
export const surveyResponses = pgTable(
  "survey_responses",
  {
    ...tenantColumns(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    roundId: uuid()
      .notNull()
      .references(() => surveyRounds.id, { onDelete: "cascade" }),
    channel: text({ enum: ["link", "paper"] }).notNull(),
    answers: jsonb().$type<Answers>().notNull(),
    /** Who typed a paper response in; null for the anonymous link. */
    enteredBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("survey_responses_round_idx").on(t.roundId)],
);
