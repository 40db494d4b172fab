import { describe, expect, it } from "vitest";
import { readAnswers, tryghedQuestionnaire } from "./questionnaire";
import { criterionShare, difference, minGroupSize, surveyResults, wilson } from "./survey-results";

const questions = tryghedQuestionnaire("Urbanplanen");

describe("shares and their 95 % confidence intervals", () => {
  it("Wilson's interval, checked against published values (Newcombe 1998: 81/263 → 0.2553–0.3662)", () => {
    expect(wilson(81, 263)).toMatchObject({ percent: 30.8, low: 25.5, high: 36.6 });
    expect(wilson(0, 10)).toMatchObject({ percent: 0, low: 0, high: 27.8 });
    expect(wilson(10, 10)).toMatchObject({ percent: 100, low: 72.2, high: 100 });
  });
  it("a difference is clear only when its interval leaves out zero", () => {
    expect(difference(wilson(30, 100), wilson(45, 100))).toMatchObject({ points: 15, clear: true });
    expect(difference(wilson(30, 100), wilson(35, 100))).toMatchObject({ points: 5, clear: false });
    // Newcombe 1998, example (56/70 vs 48/80): difference 0.2, interval 0.0524–0.3339.
    expect(difference(wilson(48, 80), wilson(56, 70))).toMatchObject({ points: 20, low: 5.2, high: 33.4 });
  });
});

describe("results per question and group, small groups suppressed", () => {
  const answers = [
    ...Array.from({ length: 6 }, () => ({ tryg: "tryg", boet: "over-10", husstand: 2 })),
    ...Array.from({ length: 3 }, () => ({ tryg: "utryg", boet: "under-2", husstand: 4, steder: "Tunnellen" })),
  ];
  const results = surveyResults(questions, answers);
  it("shows everyone's answers with shares", () => {
    const tryg = results.find((r) => r.question === "tryg" && r.group === null);
    expect(tryg?.n).toBe(9);
    expect(tryg?.options?.find((o) => o.key === "utryg")?.share.percent).toBe(33.3);
  });
  it(`hides a group under ${minGroupSize} (3 newcomers) and never shows free text per group`, () => {
    expect(results.find((r) => r.question === "tryg" && r.group === "boet:under-2")).toMatchObject({
      n: 3,
      suppressed: true,
    });
    expect(results.find((r) => r.question === "tryg" && r.group === "boet:under-2")?.options).toBeUndefined();
    expect(results.find((r) => r.question === "tryg" && r.group === "boet:over-10")?.suppressed).toBe(false);
    expect(results.some((r) => r.question === "steder" && r.group !== null)).toBe(false);
    expect(results.find((r) => r.question === "steder" && r.group === null)).toMatchObject({ suppressed: true, n: 3 });
  });
  it("the criterion's share: utryg or meget utryg among those who answered", () => {
    expect(criterionShare({ question: "tryg", options: ["utryg", "meget-utryg"] }, answers)).toMatchObject({
      count: 3,
      n: 9,
      percent: 33.3,
    });
    expect(criterionShare({ question: "tryg", options: ["utryg"] }, answers.slice(0, 4))).toBeNull();
  });
});

describe("reading an answer sheet", () => {
  it("keeps only the questionnaire's questions and options; refuses what it cannot read", () => {
    const r = readAnswers(questions, {
      "q.tryg": "utryg",
      "q.husstand": "3",
      roundId: "x",
      "q.hack": "1",
      "q.boet": "aldrig",
    });
    expect(r.answers).toEqual({ tryg: "utryg", husstand: 3 });
    expect(r.problems).toEqual([{ path: "boet", message: "Vælg et af svarene." }]);
    expect(readAnswers(questions, { "q.husstand": "40" }).problems[0].path).toBe("husstand");
    expect(readAnswers(questions, {}).problems[0].path).toBe("form");
  });
});
