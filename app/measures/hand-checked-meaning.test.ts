import { describe, expect, it } from "vitest";
import type { Measure } from "~/plan-format/measure";
import { attainment } from "./attainment";
import { computeMeasure } from "./compute-measure";
import type { CourseFact } from "./facts";
import { course, emptyFacts, event, examplePlan, person, planActivities, rowOf } from "./test-support";

/**
 * The figures as the plans' sentences mean them, worked out by hand: people counted as people,
 * periods as the calendar has them, the whole plan as the whole plan, honest statuses and one
 * statistic entered once. Each expected number is written with the sum that gives it.
 */

const staermose = examplePlan("staermosegaarden.yaml"); // 1 May 2015 – 30 April 2019
const ips = examplePlan("ips-sydhavnen.yaml"); // 2017–2021

/** A job (beskæftigelse) course in Styrkede jobmuligheder, ending with the outcome on `date`. */
const jobCourse = (id: string, who: string, start: string, date: string): CourseFact =>
  course(id, "styrkede-vejledning-og-raadgivning", who, start, {
    courseType: "jobvejledning",
    outcome: "beskaeftigelse",
    outcomeDate: date,
    endDate: date,
  });

describe("people, not courses", () => {
  it("1. one resident with two job courses counts once: 'At 20 beboere kommer i beskæftigelse'", () => {
    const facts = emptyFacts({
      activities: planActivities(staermose),
      participants: [person("p1"), person("p2")],
      courses: [
        jobCourse("k1", "p1", "2015-06-01", "2015-10-01"),
        jobCourse("k2", "p1", "2016-01-05", "2016-03-01"), // the same resident, a second job
        jobCourse("k3", "p2", "2015-09-01", "2016-02-01"),
      ],
    });
    // beskaeftigelse-i-alt (plan: 20): p1 and p2 → 2, not 3.
    const whole = rowOf(attainment(staermose, facts, "plan", "2020-01-01"), "beskaeftigelse-i-alt");
    expect(whole).toMatchObject({ unit: "persons", actual: 2, target: 20, status: "ikke-opfyldt" });
    expect(whole.counted.courses).toEqual(["k1", "k2", "k3"]);
    expect(whole.counted.participants).toEqual(["p1", "p2"]);
    // Counted as courses (count: courses) the same logbook gives 3.
    const asCourses: Measure = { kind: "outcomes", outcomes: ["beskaeftigelse"], count: "courses" };
    expect(computeMeasure(asCourses, facts, { start: "2015-05-01", end: "2019-04-30" }).value).toBe(3);
  });

  describe("2. a restart after a drop-out is one success (IPS: 'omkring hver fjerde … inden for to år')", () => {
    const ipsCourse = (id: string, who: string, start: string, c: Partial<CourseFact> = {}) =>
      course(id, "ips-indsats", who, start, { courseType: "ips-forloeb", ...c });
    const facts = emptyFacts({
      activities: planActivities(ips),
      participants: ["p1", "p2", "p3", "p4", "p5", "p6"].map((id) => person(id)),
      courses: [
        ipsCourse("k1", "p1", "2017-01-10", { outcome: "frafald", outcomeDate: "2017-03-01", endDate: "2017-03-01" }),
        ipsCourse("k2", "p1", "2017-06-01", { outcome: "job", outcomeDate: "2018-01-01", endDate: "2018-01-01" }),
        ipsCourse("k3", "p2", "2017-02-01", { outcome: "job", outcomeDate: "2017-12-01" }),
        ipsCourse("k4", "p3", "2017-04-01", { outcome: "deltidsjob", outcomeDate: "2018-06-01" }),
        ipsCourse("k5", "p4", "2017-05-01", { outcome: "uddannelse", outcomeDate: "2018-08-01" }),
        ipsCourse("k6", "p5", "2017-07-01", { outcome: "frafald", outcomeDate: "2017-09-01", endDate: "2017-09-01" }),
        ipsCourse("k7", "p6", "2017-08-01", { endDate: "2019-08-01" }),
      ],
    });

    it("persons: 4 of 6 people reached job or education within 24 months of their first start → 66,7 %", () => {
      const row = rowOf(attainment(ips, facts, "2017", "2020-01-01"), "ips-hver-fjerde");
      expect(row.unit).toBe("persons");
      expect(row.actual).toBeCloseTo((4 / 6) * 100, 9);
      expect(row.counted.cohort).toEqual(["p1", "p2", "p3", "p4", "p5", "p6"]);
      expect(row.counted.participants).toEqual(["p1", "p2", "p3", "p4"]);
    });

    it("counted as courses the drop-out would be a failure and the restart a success: 4 of 7 → 57,1 %", () => {
      const m: Measure = {
        kind: "outcomeRate",
        courseType: "ips-forloeb",
        outcomes: ["job", "deltidsjob", "fleksjob", "uddannelse"],
        withinMonths: 24,
        count: "courses",
      };
      const r = computeMeasure(m, facts, { start: "2017-01-01", end: "2017-12-31", asOf: "2020-01-01" });
      expect(r.value).toBeCloseTo((4 / 7) * 100, 9);
    });

    it("6. the matured 2017 cohort at 66,7 % against the 25 % rate is met, not 'på vej'", () => {
      // The target is the whole plan's rate (25 %); a rate applies to any part of its period as it is.
      const row = rowOf(attainment(ips, facts, "2017", "2020-01-01"), "ips-hver-fjerde");
      expect(row).toMatchObject({ target: 25, targetBasis: "containing", status: "opfyldt", immature: 0 });
      // Judged in mid-2018, p5 and p6 (no success yet, 24 months not gone) cannot be judged: 4 / 4,
      // with two too young, and the status waits ("på vej") although 2017 is over.
      const early = rowOf(attainment(ips, facts, "2017", "2018-09-01"), "ips-hver-fjerde");
      expect(early).toMatchObject({ actual: 100, immature: 2, status: "paa-vej" });
    });
  });
});

describe("true periods", () => {
  const facts = emptyFacts({
    activities: planActivities(staermose),
    participants: ["p1", "p2", "p3", "p4", "p5"].map((id) => person(id)),
    courses: [
      jobCourse("k1", "p1", "2015-11-01", "2016-02-10"), // PY1, calendar 2016
      jobCourse("k2", "p2", "2016-01-10", "2016-06-15"), // PY2, 2016
      jobCourse("k3", "p3", "2016-03-01", "2016-12-01"), // PY2, 2016
      jobCourse("k4", "p4", "2016-09-01", "2017-04-20"), // PY2, 2017
      jobCourse("k5", "p5", "2015-06-01", "2015-07-01"), // PY1, 2015
    ],
  });

  it("3. the whole plan of a yearly criterion: the sum of the yearly targets against the plan's result", () => {
    // styrkede-beskaeftigelse: "5 beboere kommer i beskæftigelse om året", 5 in each of PY1–PY4.
    const row = rowOf(attainment(staermose, facts, "plan", "2020-01-01"), "styrkede-beskaeftigelse");
    // Target 5 + 5 + 5 + 5 = 20; result: 5 different residents over the plan.
    expect(row).toMatchObject({ target: 20, targetBasis: "sum", actual: 5, status: "ikke-opfyldt" });
    expect(row.targetParts.map((p) => p.period)).toEqual(["PY1", "PY2", "PY3", "PY4"]);
    expect(row.range).toEqual({ start: "2015-05-01", end: "2019-04-30" });
    // An average over the whole plan is set against the average of its yearly targets: (15 + 20 + 20 + 20) / 4.
    const average = rowOf(attainment(staermose, facts, "plan", "2020-01-01"), "gode-liv-fremmoede");
    expect(average).toMatchObject({ target: 18.75, targetBasis: "mean" });
  });

  it("4. a calendar year across May–April plan years is 1 January–31 December, its target pro-rated", () => {
    const row = rowOf(attainment(staermose, facts, "2016", "2020-01-01"), "styrkede-beskaeftigelse");
    // January–April 2016 belong to PY1 and count too: k1 (February), k2, k3 → 3 residents.
    expect(row).toMatchObject({ actual: 3, period: { id: "2016", start: "2016-01-01", end: "2016-12-31" } });
    // 5 × 4/12 (PY1) + 5 × 8/12 (PY2) = 5.
    expect(row.target).toBeCloseTo(5, 9);
    expect(row.targetBasis).toBe("prorated");
    expect(row.counted.participants).toEqual(["p1", "p2", "p3"]);
    // 2015 is the plan's part of it: 1 May–31 December, 5 × 8/12 of PY1.
    const first = rowOf(attainment(staermose, facts, "2015", "2020-01-01"), "styrkede-beskaeftigelse");
    expect(first.period).toEqual({ id: "2015", start: "2015-05-01", end: "2015-12-31" });
    expect(first.target).toBeCloseTo(10 / 3, 9);
    expect(first.actual).toBe(1);
    // A quarter against the yearly target says so: Q4 2016 is 3/12 of PY2, 5 × 3/12 = 1,25.
    const quarter = rowOf(attainment(staermose, facts, "2016Q4", "2020-01-01"), "styrkede-beskaeftigelse");
    expect(quarter).toMatchObject({ target: 1.25, targetBasis: "prorated", actual: 1 });
    expect(quarter.targetParts).toEqual([{ period: "PY2", value: 5, share: 0.25 }]);
  });
});

describe("honest status", () => {
  it("5. a closed year below target is 'ikke opfyldt'; while it runs it is 'bagud'", () => {
    const facts = emptyFacts({
      activities: planActivities(staermose),
      participants: [person("p1"), person("p2")],
      courses: [jobCourse("k1", "p1", "2016-05-10", "2016-06-01"), jobCourse("k2", "p2", "2016-06-10", "2016-07-01")],
    });
    // PY2 (May 2016–April 2017): 2 residents against 5.
    const closed = rowOf(attainment(staermose, facts, "PY2", "2017-06-01"), "styrkede-beskaeftigelse");
    expect(closed).toMatchObject({ actual: 2, target: 5, status: "ikke-opfyldt" });
    // On 1 March 2017, 10 of 12 months gone: 4,2 expected, 2 reached → behind, and it can still catch up.
    const running = rowOf(attainment(staermose, facts, "PY2", "2017-03-01"), "styrkede-beskaeftigelse");
    expect(running.status).toBe("bagud");
  });

  it("a figure with no target for the period is 'mangler mål', not 'ingen data'", () => {
    const amager = examplePlan("amager-tryghedsplan-2017.yaml");
    const facts = emptyFacts({
      activities: planActivities(amager),
      events: [event("e1", "dialog-kommunikation-og-begivenheder", "2017-05-01", { type: "tryghedsvandring" })],
    });
    const rows = attainment(amager, facts, "2017", "2018-02-01");
    // "Tryghedsvandringer, der gennemføres løbende": one walk, no number in the plan.
    expect(rowOf(rows, "tryghedsvandringer")).toMatchObject({ actual: 1, target: null, status: "mangler-maal" });
    // Nothing logged for the yearly newsletters: no figure at all.
    expect(rowOf(rows, "beboerblade")).toMatchObject({ actual: 0, target: 5, status: "ikke-opfyldt" });
  });
});

describe("7. one statistic feeding three criteria", () => {
  it("the fraflytningsprocent entered once for 1st half 2018 is the figure of all three criteria", () => {
    const facts = emptyFacts({
      activities: planActivities(staermose),
      seriesValues: [
        { seriesKey: "fraflytningsprocent", period: "2014H1", value: 8.1 },
        { seriesKey: "fraflytningsprocent", period: "2018H1", value: 5.6, source: "Odense Kommune" },
      ],
    });
    const rows = attainment(staermose, facts, "plan", "2019-06-01");
    for (const key of ["fraflytningsprocent", "boern-familier-fraflytningsprocent", "bid-fraflytningsprocent"])
      expect(rowOf(rows, key)).toMatchObject({
        actual: 5.6,
        target: 6,
        targetPeriod: "2018H1",
        baseline: 8,
        unit: "figure",
        status: "opfyldt",
      });
  });
});
