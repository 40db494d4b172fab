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

  it("turns plan years into May–April and judges a finished year as met or not met", () => {
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
      status: "ikke-opfyldt",
    });
    // While PY2 runs, the same figure is behind (it can still catch up).
    expect(row(attainment(plan, f, "PY2", "2016-06-01"), "gode-liv-fremmoede").status).toBe("bagud");
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

  it("pro-rates a target for the whole plan to a plan year, counting each person once", () => {
    const outcome = (id: string, who: string, date: string) =>
      course(id, "styrkede-vejledning-og-raadgivning", who, "2015-06-01", {
        courseType: "jobvejledning",
        outcome: "beskaeftigelse",
        outcomeDate: date,
      });
    const f = facts({
      courses: [
        outcome("k1", "p1", "2015-08-01"),
        outcome("k2", "p2", "2016-01-01"),
        outcome("k3", "p1", "2016-08-01"),
        outcome("k4", "p1", "2017-04-30"),
        outcome("k5", "p2", "2017-05-01"),
      ],
    });
    // "At 20 beboere kommer i beskæftigelse" (plan: 20). PY2 is 12 of the plan's 48 months: 20 × 12/48 = 5.
    const r = row(attainment(plan, f, "PY2", "2020-01-01"), "beskaeftigelse-i-alt");
    expect(r).toMatchObject({ target: 5, targetBasis: "prorated", unit: "persons", actual: 1, status: "ikke-opfyldt" });
    expect(r.targetParts).toEqual([{ period: "plan", value: 20, share: 0.25 }]);
    expect(r.range).toEqual({ start: "2016-05-01", end: "2017-04-30" });
    // The whole plan: p1 and p2 once each, against the plan's 20.
    expect(row(attainment(plan, f, "plan", "2020-01-01"), "beskaeftigelse-i-alt")).toMatchObject({
      target: 20,
      targetBasis: "exact",
      actual: 2,
      status: "ikke-opfyldt",
    });
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

  it("reads entered survey figures of a series and their baseline round", () => {
    const f = facts({
      seriesValues: [
        { seriesKey: "tryghed", period: "2015", value: 61 },
        { seriesKey: "tryghed", period: "2017", value: 68 },
        { seriesKey: "tilfredshed", period: "2017", value: 70 },
      ],
    });
    const rows = attainment(plan, f, "2017", "2018-01-15");
    expect(row(rows, "tryghed")).toMatchObject({
      baseline: 61,
      actual: 68,
      status: "opfyldt",
      unit: "figure",
      counted: { values: ["2017"] },
    });
    // A relative target without its baseline round cannot be judged: the baseline is the missing data.
    expect(row(rows, "tilfredshed")).toMatchObject({ baseline: null, actual: 70, status: "ingen-data" });
  });

  it("uses a half-year target inside the asked year for level figures", () => {
    const f = facts({ seriesValues: [{ seriesKey: "fraflytningsprocent", period: "2018H1", value: 5.8 }] });
    expect(row(attainment(plan, f, "2018", "2019-02-01"), "fraflytningsprocent")).toMatchObject({
      target: 6,
      targetBasis: "latest",
      targetPeriod: "2018H1",
      actual: 5.8,
      baseline: 8,
      status: "opfyldt",
    });
  });

  it("takes a calendar year and a quarter as the calendar's, with targets pro-rated from the plan years", () => {
    const mentor = (id: string, start: string) =>
      course(id, "styrkede-mentorforloeb-aktivitet", "p1", start, { courseType: "frivilligt-mentorforloeb" });
    const f = facts({
      courses: [
        mentor("k0", "2016-01-10"),
        mentor("k1", "2016-03-01"),
        mentor("k2", "2016-06-01"),
        mentor("k3", "2016-08-01"),
      ],
    });
    // 12 per plan year (May–April). 2016 is January–April of PY1 (4/12) and May–December of PY2 (8/12): 4 + 8 = 12.
    const year = row(attainment(plan, f, "2016", "2017-02-01"), "styrkede-mentorforloeb");
    expect(year).toMatchObject({ target: 12, targetBasis: "prorated", actual: 4, status: "ikke-opfyldt" });
    expect(year.range).toEqual({ start: "2016-01-01", end: "2016-12-31" });
    expect(year.targetParts).toEqual([
      { period: "PY1", value: 12, share: 4 / 12 },
      { period: "PY2", value: 12, share: 8 / 12 },
    ]);
    // Q2 2016: April (PY1, 1/12) and May–June (PY2, 2/12): 12 × 1/12 + 12 × 2/12 = 3; one course started.
    const quarter = row(attainment(plan, f, "2016Q2", "2020-01-01"), "styrkede-mentorforloeb");
    expect(quarter).toMatchObject({ target: 3, actual: 1, status: "ikke-opfyldt" });
    expect(quarter.range).toEqual({ start: "2016-04-01", end: "2016-06-30" });
    // While 2016 runs (15 Sept.): 259/366 of the year gone, 8.5 of 12 expected, 4 started.
    expect(row(attainment(plan, f, "2016", "2016-09-15"), "styrkede-mentorforloeb").status).toBe("bagud");
  });

  it("has no target where none runs in the period", () => {
    // udsaettelser has a target for PY4 only.
    const r = row(attainment(plan, facts({}), "PY2", "2019-06-01"), "udsaettelser");
    expect(r).toMatchObject({ target: null, targetPeriod: null, actual: null, status: "ingen-data" });
    expect(r.range).toEqual({ start: "2016-05-01", end: "2017-04-30" });
  });
});
