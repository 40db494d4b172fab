import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActorByEmail } from "~/.server/auth/load-actor";
import type { Actor } from "~/.server/auth/policy";
import type { DatabaseHandle } from "~/.server/db/client";
import { memberships, plans, surveyResponses, surveyRounds, users } from "~/.server/db/schema";
import { planAttainment } from "~/.server/domain/attainment/plan-attainment";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { answerAnonymously, enterPaperResponse, roundByToken } from "~/.server/domain/surveys/answer-survey";
import { createSurvey } from "~/.server/domain/surveys/create-survey";
import { openRound } from "~/.server/domain/surveys/open-round";
import { surveyView } from "~/.server/domain/surveys/survey-view";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const system = { kind: "system", reason: "test" } as const;
const slug = "amager-tryghedsplan-2017";

describe(`resident surveys: rounds, anonymous link, paper, comparison, criterion (${testDatabaseKind})`, () => {
  let h: DatabaseHandle;
  let manager: Actor;
  let surveyId: string;
  const tokenOf = async (roundId: string) =>
    (await h.db.select().from(surveyRounds).where(eq(surveyRounds.id, roundId)))[0].token;

  beforeAll(async () => {
    h = await createTestDatabase();
    await importPlan(h.db, system, { text: await readFile(`examples/plans/${slug}.yaml`, "utf8") });
    const [plan] = await h.db.select().from(plans).where(eq(plans.slug, slug));
    const userId = randomUUID();
    await h.db.insert(users).values({ id: userId, email: "leder@survey.test", name: "Leder" });
    await h.db.insert(memberships).values({
      id: randomUUID(),
      organisationId: plan.organisationId,
      userId,
      role: "planManager",
      sensitiveAccess: false,
    });
    manager = await loadActorByEmail(h.db, "leder@survey.test");
    surveyId = await createSurvey(h.db, manager, slug, {
      title: "3B's beboerundersøgelse",
      criterion: "beboerundersoegelse-utryghed",
    });
  });
  afterAll(async () => h?.close());

  it("a baseline round answered through the link gives the tryghed criterion its 2017 figure", async () => {
    const roundId = await openRound(h.db, manager, slug, surveyId, {
      label: "Basismåling 2017",
      kind: "baseline",
      period: "2017",
      invited: "40",
    });
    const token = await tokenOf(roundId);
    const answers = [...Array(8).fill("tryg"), ...Array(3).fill("utryg"), "meget-utryg"];
    for (const [i, tryg] of answers.entries())
      await answerAnonymously(h.db, token, { "q.tryg": tryg, "q.boet": i < 9 ? "over-10" : "under-2" });
    const a = await planAttainment(h.db, manager, slug, "2017", "2018-01-15");
    const row = a.rows.find((r) => r.key === "beboerundersoegelse-utryghed");
    // 4 of 12 utryg or meget utryg = 33.3 %, against the plan's baseline of 33.3 % in 2010: not better.
    expect(row).toMatchObject({ actual: 33.3, baseline: 33.3, status: "ikke-opfyldt" });
  });

  it("a follow-up round typed in from paper is compared with the baseline, with intervals, small groups hidden", async () => {
    const roundId = await openRound(h.db, manager, slug, surveyId, {
      label: "Opfølgning 2019",
      kind: "followUp",
      period: "2019",
      invited: "",
    });
    for (const tryg of [...Array(10).fill("tryg"), "meget-tryg", "utryg"])
      await enterPaperResponse(h.db, manager, slug, surveyId, roundId, { "q.tryg": tryg, "q.boet": "2-10" });
    const v = await surveyView(h.db, manager, slug, surveyId);
    expect(v.rounds.map((r) => [r.label, r.responses, r.byLink, r.rate])).toEqual([
      ["Basismåling 2017", 12, 12, 30],
      ["Opfølgning 2019", 12, 0, null],
    ]);
    const utryg = v.comparisons[0].questions.find((q) => q.question === "tryg" && q.option === "utryg");
    expect(utryg).toMatchObject({ before: { percent: 25 }, after: { percent: 8.3 } });
    expect(utryg?.diff.clear).toBe(false);
    const newcomers = v.rounds[0].results.find((r) => r.question === "tryg" && r.group === "boet:under-2");
    expect(newcomers).toMatchObject({ n: 3, suppressed: true });
    expect(v.rounds[1].criterion).toMatchObject({ percent: 8.3, n: 12 });
  });

  it("attack: a token opens only its own round; posted ids, unknown questions and closed rounds change nothing", async () => {
    const v = await surveyView(h.db, manager, slug, surveyId);
    const [base, follow] = v.rounds;
    const token = await tokenOf(base.id);
    const beforeIds = new Set((await h.db.select().from(surveyResponses)).map((r) => r.id));
    const before = beforeIds.size;
    // The form names another round and plan and adds fields: the answer still lands in the token's round only.
    await answerAnonymously(h.db, token, {
      "q.tryg": "tryg",
      roundId: follow.id,
      planId: randomUUID(),
      channel: "paper",
      "q.x": "1",
    });
    const rows = await h.db.select().from(surveyResponses);
    expect(rows.length).toBe(before + 1);
    const added = rows.find((r) => !beforeIds.has(r.id));
    expect(added).toMatchObject({ roundId: base.id, channel: "link", enteredBy: null });
    expect(Object.keys(added?.answers ?? {})).toEqual(["tryg"]);
    // Guessed, malformed and other ids are not found; nothing about the plan is returned by the token.
    // (A guess differs from the token in its last character: never the token itself.)
    const guess = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const bad of ["x", guess, base.id, "../../planer"])
      await expect(roundByToken(h.db, bad)).rejects.toThrow(/Linket virker ikke/);
    expect(Object.keys(await roundByToken(h.db, token))).toEqual(["round", "survey"]);
    // One address may send 20 answers an hour to a round; the 21st is refused, another address is not.
    for (let i = 0; i < 20; i++) await answerAnonymously(h.db, token, { "q.tryg": "tryg" }, "10.0.0.9");
    await expect(answerAnonymously(h.db, token, { "q.tryg": "tryg" }, "10.0.0.9")).rejects.toThrow(/mange svar/);
    await answerAnonymously(h.db, token, { "q.tryg": "tryg" }, "10.0.0.10");
    await h.db.update(surveyRounds).set({ open: false }).where(eq(surveyRounds.id, base.id));
    await expect(answerAnonymously(h.db, token, { "q.tryg": "tryg" })).rejects.toThrow(/lukket/);
    expect((await h.db.select().from(surveyResponses)).length).toBe(before + 22);
  });
});
