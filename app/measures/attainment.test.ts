import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlanFile } from "~/plan-format/parse-plan-file";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import { attainment } from "./attainment";
import type { LogbookFacts } from "./facts";
import { course, emptyFacts, event, person, planActivities } from "./test-support";

const parsed = parsePlanFile(
  readFileSync(new URL("../../examples/plans/staermosegaarden.yaml", import.meta.url), "utf8"),
);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const plan: PlanFile = parsed.plan; // 2015-05-01 – 2019-04-30: plan years run May–April

const facts = (partial: Partial<LogbookFacts>) =>
  emptyFacts({
    activities: planActivities(plan),
    participants: [person("p1"), person("p2"), person("p3", { resident: false })],
    ...partial,
  });
const row = (rows: ReturnType<typeof attainment>, key: string) => {
  const found = rows.find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
};

describe("attainment", () => {
  it("gives one row per criterion with its key, text, owner and direction", () => {
    const rows = attainment(plan, facts({}), "PY1", "2016-06-01");
    expect(rows.map((r) => r.key)).toEqual(indexPlan(plan).criteria.map((c) => c.criterion.key));
    const r = row(rows, "gode-liv-fremmoede");
    expect(r.owner).toEqual({ activityKey: "det-gode-liv", focusAreaKey: "boern-unge-og-familier" });
    expect(r.text).toMatch(/15 deltagere/);
    expect(row(rows, "udsaettelser").direction).toBe("down");
  });

  it("turns plan years into May–April and judges a finished year as met or behind", () => {
    const f = facts({
      events: [
        event("e1", "det-gode-liv", "2015-05-01", { headcount: 10 }),
        event("e2", "det-gode-liv", "2016-04-30", { headcount: 20 }),
        event("e3", "det-gode-liv", "2016-05-01", { headcount: 1 }),
        event("e4", "beboernetvaerket-paa-vej", "2015-09-01", { headcount: 100 }),
      ],
    });
    const r = row(attainment(plan, f, "PY1", "2017-01-01"), "gode-liv-fremmoede");
    expect(r).toMatchObject({ target: 15, targetPeriod: "PY1", actual: 15, status: "opfyldt" });
    expect(r.range).toEqual({ start: "2015-05-01", end: "2016-04-30" });
    expect(r.counted.events).toEqual(["e1", "e2"]);
    expect(row(attainment(plan, f, "PY2", "2017-06-01"), "gode-liv-fremmoede")).toMatchObject({
      target: 20,
      actual: 1,
      status: "bagud",
    });
  });

  it("counts logbook records only up to today and judges the pace while the year runs", () => {
    const f = facts({
      courses: [
        course("k1", "styrkede-mentorforloeb-aktivitet", "p1", "2016-05-10", {
          courseType: "frivilligt-mentorforloeb",
        }),
        course("k2", "styrkede-mentorforloeb-aktivitet", "p2", "2016-06-10", {
          courseType: "frivilligt-mentorforloeb",
        }),
        course("k3", "styrkede-mentorforloeb-aktivitet", "p3", "2016-12-10", {
          courseType: "frivilligt-mentorforloeb",
        }),
      ],
    });
    // styrkede-mentorforloeb: 12 per plan year. On 31 July 2016, 92/365 of PY2 has gone: 3 expected.
    const july = row(attainment(plan, f, "PY2", "2016-07-31"), "styrkede-mentorforloeb");
    expect(july).toMatchObject({ actual: 2, target: 12, status: "bagud" });
    expect(july.range).toEqual({ start: "2016-05-01", end: "2016-07-31" });
    const june = row(attainment(plan, f, "PY2", "2016-06-15"), "styrkede-mentorforloeb");
    expect(june).toMatchObject({ actual: 2, status: "paa-vej" });
    expect(row(attainment(plan, f, "PY3", "2016-06-15"), "styrkede-mentorforloeb")).toMatchObject({
      actual: null,
      status: "ingen-data",
    });
  });

  it("uses a target of a longer period (plan) as progress to the end of the asked period", () => {
    const outcome = (id: string, date: string) =>
      course(id, "styrkede-vejledning-og-raadgivning", "p1", "2015-06-01", {
        courseType: "jobvejledning",
        outcome: "beskaeftigelse",
        outcomeDate: date,
      });
    const f = facts({
      courses: [
        outcome("k1", "2015-08-01"),
        outcome("k2", "2016-01-01"),
        outcome("k3", "2016-08-01"),
        outcome("k4", "2017-04-30"),
        outcome("k5", "2017-05-01"),
      ],
    });
    const r = row(attainment(plan, f, "PY2", "2020-01-01"), "beskaeftigelse-i-alt");
    expect(r).toMatchObject({ target: 20, targetPeriod: "plan", actual: 4 });
    expect(r.range).toEqual({ start: "2015-05-01", end: "2017-04-30" });
    // Judged at the end of PY2: half the plan gone, 10 of 20 expected.
    expect(r.status).toBe("bagud");
  });

  it("computes a baseline given only as a period, and compares 'better than baseline'", () => {
    const at = (id: string, date: string, attendees: string[]) =>
      event(id, "beboernetvaerket-paa-vej", date, { attendees });
    const f = facts({
      events: [at("e1", "2015-06-01", ["p1", "p2"]), at("e2", "2018-06-01", ["p1", "p2", "p3"])],
    });
    const r = row(attainment(plan, f, "PY4", "2019-06-01"), "bid-flere-deltagere");
    expect(r).toMatchObject({ baseline: 2, actual: 3, relativeTarget: "better-than-baseline", status: "opfyldt" });
  });

  it("reads entered survey figures and their baseline round", () => {
    const f = facts({
      values: [
        { criterionKey: "tryghed", period: "2015", value: 61 },
        { criterionKey: "tryghed", period: "2017", value: 68 },
        { criterionKey: "tilfredshed", period: "2017", value: 70 },
      ],
    });
    const rows = attainment(plan, f, "2017", "2018-01-15");
    expect(row(rows, "tryghed")).toMatchObject({
      baseline: 61,
      actual: 68,
      status: "opfyldt",
      counted: { values: ["2017"] },
    });
    expect(row(rows, "tilfredshed")).toMatchObject({ baseline: null, actual: 70, status: "ingen-data" });
  });

  it("uses a half-year target inside the asked year for level figures", () => {
    const f = facts({ values: [{ criterionKey: "fraflytningsprocent", period: "2018H1", value: 5.8 }] });
    expect(row(attainment(plan, f, "2018", "2019-02-01"), "fraflytningsprocent")).toMatchObject({
      target: 6,
      targetPeriod: "2018H1",
      actual: 5.8,
      baseline: 8,
      status: "opfyldt",
    });
  });

  it("shows a calendar year or a quarter as progress towards the plan year running at its end", () => {
    const mentor = (id: string, start: string) =>
      course(id, "styrkede-mentorforloeb-aktivitet", "p1", start, { courseType: "frivilligt-mentorforloeb" });
    const f = facts({
      courses: [mentor("k1", "2016-03-01"), mentor("k2", "2016-06-01"), mentor("k3", "2016-08-01")],
    });
    // Targets per plan year (May–April). 2016 ends in PY2; on 15 Sept. 2016, 138/365 of PY2 has gone: 4.5 expected.
    const year = row(attainment(plan, f, "2016", "2016-09-15"), "styrkede-mentorforloeb");
    expect(year).toMatchObject({ target: 12, targetPeriod: "PY2", actual: 2, status: "bagud" });
    expect(year.range).toEqual({ start: "2016-05-01", end: "2016-09-15" });
    const quarter = row(attainment(plan, f, "2016Q2", "2020-01-01"), "styrkede-mentorforloeb");
    // By 30 June, 61/365 of PY2 has gone: 2 expected.
    expect(quarter).toMatchObject({ targetPeriod: "PY2", actual: 1, status: "bagud" });
    expect(quarter.range).toEqual({ start: "2016-05-01", end: "2016-06-30" });
  });

  it("has no target where none runs in the period", () => {
    // udsaettelser has a target for PY4 only.
    const r = row(attainment(plan, facts({}), "PY2", "2019-06-01"), "udsaettelser");
    expect(r).toMatchObject({ target: null, targetPeriod: null, actual: null, status: "ingen-data" });
    expect(r.range).toEqual({ start: "2016-05-01", end: "2017-04-30" });
  });
});
