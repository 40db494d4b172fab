import { describe, expect, it } from "vitest";
import type { Measure } from "~/plan-format/measure";
import { attainment } from "./attainment";
import { computeMeasure } from "./compute-measure";
import type { CourseFact, LogbookFacts } from "./facts";
import { course, emptyFacts, event, examplePlan, person, planActivities, rowOf } from "./test-support";

/**
 * Cases worked out by hand: small logbooks, and the expected figures written down as numbers,
 * each with the sum that gives it.
 */

const year2016 = { start: "2016-01-01", end: "2016-12-31", id: "2016" };
const oneActivity = (partial: Partial<LogbookFacts>) =>
  emptyFacts({ activities: [{ id: "a1", key: "lektiecafe", parentId: null, focusAreaKey: "boern" }], ...partial });

describe("hand-checked: distinct persons and households", () => {
  it("a. a participant at 10 events in the period counts once", () => {
    const months = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"];
    const facts = oneActivity({
      participants: [person("p1")],
      events: months.map((m, i) => event(`e${i + 1}`, "a1", `2016-${m}-15`, { attendees: ["p1"] })),
    });
    const participants = computeMeasure({ kind: "participants" }, facts, year2016);
    expect(participants.value).toBe(1);
    expect(participants.counted.participants).toEqual(["p1"]);
    expect(participants.counted.events).toHaveLength(10);
    // Attendance, by contrast, counts every visit: 10 events × 1 named attendee = 10.
    expect(computeMeasure({ kind: "attendance" }, facts, year2016).value).toBe(10);
  });

  it("b. a household with three attending members counts once", () => {
    const facts = oneActivity({
      participants: [
        person("mor", { householdId: "h1" }),
        person("far", { householdId: "h1" }),
        person("barn", { householdId: "h1" }),
      ],
      events: [
        event("e1", "a1", "2016-03-01", { attendees: ["mor", "barn"] }),
        event("e2", "a1", "2016-04-01", { attendees: ["far"] }),
        event("e3", "a1", "2016-05-01", { attendees: ["mor", "far", "barn"] }),
      ],
    });
    const households = computeMeasure({ kind: "households", source: "events" }, facts, year2016);
    expect(households.value).toBe(1);
    expect(households.counted.households).toEqual(["h1"]);
    // The three members are three participants.
    expect(computeMeasure({ kind: "participants", source: "events" }, facts, year2016).value).toBe(3);
  });
});

describe("hand-checked: average attendance, 15 the first year and 20 after (Stærmosegården)", () => {
  // gode-liv-fremmoede: averageAttendance of arrangement/oplaeg/fritidsintroduktion in det-gode-liv;
  // targets PY1 15, PY2–PY4 20. The plan starts 1 May 2015, so PY1 = 2015-05-01 – 2016-04-30.
  const plan = examplePlan("staermosegaarden.yaml");
  const at = (id: string, date: string, headcount: number, type = "arrangement") =>
    event(id, "det-gode-liv", date, { headcount, type });
  const facts = emptyFacts({
    activities: planActivities(plan),
    events: [
      // PY1: (14 + 18 + 16) / 3 = 16. The first and last day of the plan year both belong to it.
      at("e1", "2015-05-01", 14),
      at("e2", "2015-11-10", 18, "oplaeg"),
      at("e3", "2016-04-30", 16, "fritidsintroduktion"),
      // Not counted: a type outside the criterion's event types.
      at("x1", "2015-12-01", 100, "madklub"),
      // PY2: (17 + 19) / 2 = 18.
      at("e4", "2016-05-01", 17),
      at("e5", "2017-04-30", 19),
      // PY3 (running on 2017-09-01): (20 + 22) / 2 = 21. An event after today is not yet known.
      at("e6", "2017-06-01", 20),
      at("e7", "2017-08-31", 22),
      at("e8", "2017-12-01", 1),
    ],
  });
  const today = "2017-09-01";

  it("c. PY1 average 16 against 15 → opfyldt", () => {
    const r = rowOf(attainment(plan, facts, "PY1", today), "gode-liv-fremmoede");
    expect(r).toMatchObject({ actual: 16, target: 15, targetPeriod: "PY1", status: "opfyldt" });
    expect(r.counted.events).toEqual(["e1", "e2", "e3"]);
  });

  it("c. PY2 (over) average 18 against 20 → ikke opfyldt", () => {
    const r = rowOf(attainment(plan, facts, "PY2", today), "gode-liv-fremmoede");
    expect(r).toMatchObject({ actual: 18, target: 20, targetPeriod: "PY2", status: "ikke-opfyldt" });
    expect(r.counted.events).toEqual(["e4", "e5"]);
  });

  it("c. PY3 still running, average 21 so far against 20 → paa-vej", () => {
    const r = rowOf(attainment(plan, facts, "PY3", today), "gode-liv-fremmoede");
    expect(r).toMatchObject({ actual: 21, target: 20, targetPeriod: "PY3", status: "paa-vej" });
    expect(r.range).toEqual({ start: "2017-05-01", end: "2017-09-01" });
  });
});

describe("hand-checked: the IPS rate within 24 months (IPS Sydhavnen)", () => {
  // ips-hver-fjerde: outcomeRate of ips-forloeb, outcomes job/deltidsjob/fleksjob/uddannelse within
  // 24 months of the start; target 25 for the whole plan (2017–2021).
  const plan = examplePlan("ips-sydhavnen.yaml");
  // Counted as courses here (each person has one course); the plan counts persons (see hand-checked-meaning).
  const measure: Measure = {
    kind: "outcomeRate",
    courseType: "ips-forloeb",
    outcomes: ["job", "deltidsjob", "fleksjob", "uddannelse"],
    withinMonths: 24,
    count: "courses",
  };
  const ips = (id: string, start: string, c: Partial<CourseFact> = {}) =>
    course(id, "ips-indsats", id.replace("k", "p"), start, { courseType: "ips-forloeb", ...c });
  const factsOf = (courses: CourseFact[]) =>
    emptyFacts({
      activities: planActivities(plan),
      participants: courses.map((c) => person(c.participantId)),
      courses,
    });
  const year2017 = { start: "2017-01-01", end: "2017-12-31", id: "2017" };

  const started2017 = [
    ips("k1", "2017-01-15", { outcome: "job", outcomeDate: "2018-06-01", endDate: "2018-06-01" }), // 16½ months
    ips("k2", "2017-03-01", { outcome: "uddannelse", outcomeDate: "2019-03-01" }), // exactly 24 months: counts
    ips("k3", "2017-04-01", { outcome: "fleksjob", outcomeDate: "2019-10-01" }), // 30 months: too late
    ips("k4", "2017-05-01", { outcome: "frafald", outcomeDate: "2017-11-01" }),
    ips("k5", "2017-06-01"),
    ips("k6", "2017-08-01"),
    ips("k7", "2017-10-01"),
    ips("k8", "2017-12-01"),
  ];

  it("d. 8 started in 2017, 2 in job or education within 24 months, 1 after 30 months → 25 %", () => {
    const facts = factsOf(started2017);
    // 2 / 8 = 25 %. Judged in 2020, all 8 courses are older than 24 months.
    const r = computeMeasure(measure, facts, { ...year2017, asOf: "2020-01-01" });
    expect(r.value).toBe(25);
    expect(r.immature).toBe(0);
    expect(r.counted.courses).toEqual(["k1", "k2"]);
    expect(r.counted.cohort).toHaveLength(8);
    // Over the finished plan: the same cohort, 25 against 25 → opfyldt.
    const row = rowOf(attainment(plan, facts, "plan", "2022-03-01"), "ips-hver-fjerde");
    expect(row).toMatchObject({ actual: 25, target: 25, targetPeriod: "plan", status: "opfyldt", immature: 0 });
  });

  it("e. a cohort too young to judge: all started within 24 months of today, none succeeded → null, ingen-data", () => {
    const young = [ips("k1", "2017-07-01"), ips("k2", "2017-11-15"), ips("k3", "2018-05-01")];
    const facts = factsOf(young);
    const today = "2018-06-01";
    const r = computeMeasure(measure, facts, { ...year2017, asOf: today });
    // Only k1 and k2 started in 2017; neither has had its 24 months.
    expect(r).toMatchObject({ value: null, immature: 2 });
    expect(r.counted.immature).toEqual(["k1", "k2"]);
    expect(r.counted.cohort).toEqual([]);
    const row = rowOf(attainment(plan, facts, "plan", today), "ips-hver-fjerde");
    expect(row).toMatchObject({ actual: null, status: "ingen-data", immature: 3, target: 25 });
    expect(row.counted.immature).toEqual(["p1", "p2", "p3"]);
  });

  it("e. a mixed cohort: only those who can be judged count in the denominator", () => {
    const facts = factsOf([
      ips("k1", "2017-03-01", { outcome: "job", outcomeDate: "2018-01-10" }), // mature, success
      ips("k2", "2017-05-01"), // mature (24 months passed 2019-05-01), no outcome: failure
      ips("k3", "2017-07-01"), // 24 months end on 2019-07-01 = today: mature, failure
      ips("k4", "2018-01-01"), // still running, window open: immature, left out
      ips("k5", "2018-09-01", { outcome: "deltidsjob", outcomeDate: "2019-03-01" }), // young but already a success
      ips("k6", "2018-10-01", { outcome: "frafald", outcomeDate: "2019-01-01" }), // ended young
    ]);
    const today = "2019-07-01";
    // As courses: k6 ended without the outcome and cannot reach it: judged k1, k2, k3, k5, k6; 2 / 5 = 40 %.
    const asCourses = computeMeasure(measure, facts, { start: "2017-01-01", end: "2021-12-31", asOf: today });
    expect(asCourses).toMatchObject({ value: 40, immature: 1 });
    expect(asCourses.counted.cohort).toEqual(["k1", "k2", "k3", "k5", "k6"]);
    expect(asCourses.counted.immature).toEqual(["k4"]);
    expect(asCourses.counted.courses).toEqual(["k1", "k5"]);
    // As the plan counts, persons: p6 dropped out but may start again within 24 months, so p6 is not
    // judged yet either. Judged p1, p2, p3, p5; succeeded p1, p5 → 2 / 4 = 50 %.
    const row = rowOf(attainment(plan, facts, "plan", today), "ips-hver-fjerde");
    expect(row).toMatchObject({ actual: 50, immature: 2, status: "paa-vej" });
    expect(row.counted.cohort).toEqual(["p1", "p2", "p3", "p5"]);
    expect(row.counted.immature).toEqual(["p4", "p6"]);
    expect(row.counted.courses).toEqual(["k1", "k5"]);
    // A day earlier p3's window is still open too: 2 / 3, three immature.
    const before = rowOf(attainment(plan, facts, "plan", "2019-06-30"), "ips-hver-fjerde");
    expect(before.actual).toBeCloseTo(200 / 3);
    expect(before.immature).toBe(3);
  });
});
