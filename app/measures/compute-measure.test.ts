import { describe, expect, it } from "vitest";
import type { Measure } from "~/plan-format/measure";
import { computeMeasure, type MeasurePeriod } from "./compute-measure";
import type { LogbookFacts } from "./facts";
import { coveredActivities, type MeasureScope } from "./scope";
import { contact, course, emptyFacts, event, person, referral } from "./test-support";

const y2016 = { start: "2016-01-01", end: "2016-12-31", id: "2016" };
const h1 = { start: "2016-01-01", end: "2016-06-30", id: "2016H1" };

/** Lektiecafé (a1) with a sub-activity (a1a) and its own sub-activity (a1a1); a2 beside it; a3 in another focus area. */
const base = (partial: Partial<LogbookFacts> = {}) =>
  emptyFacts({
    activities: [
      { id: "a1", key: "lektiecafe", parentId: null, focusAreaKey: "boern" },
      { id: "a1a", key: "lektiecafe-unge", parentId: "a1", focusAreaKey: "boern" },
      { id: "a1a1", key: "lektiecafe-unge-piger", parentId: "a1a", focusAreaKey: "boern" },
      { id: "a2", key: "familieklub", parentId: null, focusAreaKey: "boern" },
      { id: "a3", key: "jobcafe", parentId: null, focusAreaKey: "job" },
    ],
    participants: [
      person("p1", { birthYear: 2004, householdId: "h1", targetGroupTags: ["ung"], resident: true }),
      person("p2", { birthYear: 1980, householdId: "h1", resident: true }),
      person("p3", { birthYear: 1990, householdId: "h2", targetGroupTags: ["ung", "udsat"], resident: false }),
      person("p4", { birthYear: null, householdId: null, resident: true }),
    ],
    ...partial,
  });

const compute = (m: Measure, facts: LogbookFacts, period: MeasurePeriod = y2016, scope?: Partial<MeasureScope>) =>
  computeMeasure(m, facts, period, { activityIds: null, ...scope });

describe("participants", () => {
  const facts = base({
    events: [
      event("e1", "a1", "2016-01-10", { attendees: ["p1", "p2"] }),
      event("e2", "a1a1", "2016-02-10", { attendees: ["p1", "p3"] }),
      event("e3", "a2", "2016-03-10", { attendees: ["p4"], type: "oplaeg" }),
      event("e4", "a1", "2016-04-10", { headcount: 40 }),
      event("e5", "a1", "2015-12-31", { attendees: ["p4"] }),
      event("e6", "a1", "2017-01-01", { attendees: ["p4"] }),
    ],
    contacts: [contact("c1", "a3", "2016-05-01", { participantId: "p4" }), contact("c2", "a3", "2016-05-02")],
    courses: [
      course("k1", "a3", "p2", "2015-06-01", { endDate: "2016-01-15" }),
      course("k2", "a3", "p3", "2015-01-01", { endDate: "2015-12-31" }),
    ],
  });

  it("counts each person once over the whole period, never per month", () => {
    const r = compute({ kind: "participants", source: "events" }, facts);
    expect(r.value).toBe(4);
    expect(new Set(r.counted.participants)).toEqual(new Set(["p1", "p2", "p3", "p4"]));
    // A sum of monthly distinct counts would be 2 + 2 + 1 = 5.
    expect(r.counted.events).toEqual(["e1", "e2", "e3"]);
  });

  it("adds nobody for headcount-only events (they name no one)", () => {
    const r = compute({ kind: "participants", source: "events" }, facts, { start: "2016-04-01", end: "2016-04-30" });
    expect(r.value).toBe(0);
  });

  it("reads contacts and running courses, and all sources together", () => {
    expect(compute({ kind: "participants", source: "contacts" }, facts).counted.participants).toEqual(["p4"]);
    // k1 runs into 2016; k2 ended before it.
    expect(compute({ kind: "participants", source: "courses" }, facts).counted.participants).toEqual(["p2"]);
    expect(compute({ kind: "participants" }, facts).value).toBe(4);
  });

  it("filters by activity subtree, event type, tag, age, residence and newness", () => {
    const sub = coveredActivities(facts, {}, { activityKey: "lektiecafe-unge" });
    expect(compute({ kind: "participants", source: "events" }, facts, y2016, { activityIds: sub }).value).toBe(2);
    const only = coveredActivities(facts, { activity: "lektiecafe", includeSubActivities: false });
    expect(compute({ kind: "participants", source: "events" }, facts, y2016, { activityIds: only }).value).toBe(2);
    const typed: Measure = { kind: "participants", source: "events", filters: { eventTypes: ["oplaeg"] } };
    expect(compute(typed, facts).counted.participants).toEqual(["p4"]);
    const tagged: Measure = { kind: "participants", source: "events", filters: { targetGroupTags: ["udsat"] } };
    expect(compute(tagged, facts).counted.participants).toEqual(["p3"]);
    const young: Measure = { kind: "participants", source: "events", filters: { ageBand: { min: 10, max: 26 } } };
    expect(new Set(compute(young, facts).counted.participants)).toEqual(new Set(["p1", "p3"]));
    const residents: Measure = { kind: "participants", source: "events", filters: { residentsOnly: true } };
    expect(new Set(compute(residents, facts).counted.participants)).toEqual(new Set(["p1", "p2", "p4"]));
    // p4 attended on 2015-12-31 already, so is not new in 2016.
    const fresh: Measure = { kind: "participants", source: "events", filters: { newOnly: true } };
    expect(new Set(compute(fresh, facts).counted.participants)).toEqual(new Set(["p1", "p2", "p3"]));
  });

  it("judges the age band on each record's date", () => {
    const f = base({
      events: [
        event("e1", "a1", "2016-01-10", { attendees: ["p1"] }), // p1 is 12 in 2016
        event("e2", "a1", "2019-01-10", { attendees: ["p1"] }), // and 15 in 2019
      ],
    });
    const m: Measure = { kind: "participants", source: "events", filters: { ageBand: { min: 13 } } };
    expect(compute(m, f, { start: "2016-01-01", end: "2019-12-31" }).counted.events).toEqual(["e2"]);
  });
});

describe("households", () => {
  it("counts distinct households, from a contact's own household or its person's", () => {
    const facts = base({
      contacts: [
        contact("c1", "a1", "2016-02-01", { participantId: "p1" }),
        contact("c2", "a1", "2016-03-01", { participantId: "p2" }),
        contact("c3", "a1", "2016-04-01", { householdId: "h9" }),
        contact("c4", "a1", "2016-04-01", { participantId: "p4" }),
      ],
    });
    const r = compute({ kind: "households", source: "contacts" }, facts);
    expect(r.value).toBe(2);
    expect(new Set(r.counted.households)).toEqual(new Set(["h1", "h9"]));
    // With a person filter, a contact naming no one cannot be judged and is left out.
    const residents: Measure = { kind: "households", source: "contacts", filters: { residentsOnly: true } };
    expect(compute(residents, facts).counted.households).toEqual(["h1"]);
  });

  it("counts the households of event attendees", () => {
    const facts = base({ events: [event("e1", "a1", "2016-01-10", { attendees: ["p1", "p2", "p3", "p4"] })] });
    expect(compute({ kind: "households", source: "events" }, facts).value).toBe(2);
  });
});

describe("attendance and averageAttendance", () => {
  const facts = base({
    events: [
      event("e1", "a1", "2016-01-10", { headcount: 30, breakdown: { residents: 20 }, attendees: ["p1"] }),
      event("e2", "a1", "2016-02-10", { attendees: ["p1", "p2", "p3"] }),
      event("e3", "a1", "2016-03-10", { headcount: 12 }),
      event("e4", "a1", "2016-04-10"),
      event("e5", "a1", "2016-05-10", { headcount: 99, type: "moede" }),
    ],
  });
  const types = { eventTypes: ["arrangement"] };

  it("adds up headcounts, or named attendees where no headcount was logged; unknown events are left out", () => {
    const r = compute({ kind: "attendance", filters: types }, facts);
    expect(r.value).toBe(45);
    expect(r.counted.events).toEqual(["e1", "e2", "e3"]);
    expect(compute({ kind: "averageAttendance", filters: types }, facts).value).toBe(15);
  });

  it("uses the residents breakdown for residentsOnly, else the named attendees who pass", () => {
    const residents = { ...types, residentsOnly: true };
    // e1: breakdown 20; e2: p1, p2 (p3 lives elsewhere); e3: a bare headcount cannot be filtered.
    expect(compute({ kind: "attendance", filters: residents }, facts).value).toBe(22);
    expect(compute({ kind: "averageAttendance", filters: residents }, facts).value).toBe(11);
    const tagged = { ...types, targetGroupTags: ["ung"] };
    expect(compute({ kind: "attendance", filters: tagged }, facts).value).toBe(3);
  });

  it("gives no average without events, and 0 attendance without events", () => {
    expect(compute({ kind: "averageAttendance" }, base()).value).toBeNull();
    expect(compute({ kind: "attendance" }, base()).value).toBe(0);
    expect(compute({ kind: "attendance" }, base({ events: [event("e", "a1", "2016-01-01")] })).value).toBeNull();
  });
});

describe("events", () => {
  it("counts events of the types in the activities covered", () => {
    const facts = base({
      events: [
        event("e1", "a1", "2016-01-10", { type: "beboerblad" }),
        event("e2", "a1a", "2016-07-10", { type: "beboerblad" }),
        event("e3", "a2", "2016-03-10", { type: "beboerblad" }),
        event("e4", "a1", "2016-03-10", { type: "arrangement" }),
      ],
    });
    const m: Measure = { kind: "events", filters: { eventTypes: ["beboerblad"] } };
    expect(compute(m, facts).value).toBe(3);
    const sub = coveredActivities(facts, {}, { activityKey: "lektiecafe" });
    expect(compute(m, facts, h1, { activityIds: sub }).counted.events).toEqual(["e1"]);
  });
});

describe("courses", () => {
  const facts = base({
    courses: [
      course("k1", "a3", "p1", "2016-02-01", {
        stages: [
          { stage: "afklaring", date: "2016-02-01" },
          { stage: "praktik", date: "2016-05-01" },
        ],
        outcome: "job",
        outcomeDate: "2017-01-15",
        endDate: "2017-01-15",
        followUps: [
          { offsetMonths: 3, date: "2017-04-15", status: "job" },
          { offsetMonths: 6, date: "2017-07-15", status: "ledig" },
        ],
      }),
      course("k2", "a3", "p2", "2016-09-01", {
        stages: [{ stage: "job", date: "2016-11-01" }],
        outcome: "job",
        outcomeDate: "2016-11-01",
      }),
      course("k3", "a3", "p3", "2015-09-01", { outcome: "uddannelse", endDate: "2016-03-01" }),
      course("k4", "a3", "p4", "2016-03-01", { courseType: "lommepengejob" }),
      course("k5", "a3", "p4", "2016-04-01", { outcome: "frafald", outcomeDate: "2016-06-01" }),
    ],
  });

  it("coursesStarted counts courses of the type started in the period", () => {
    const r = compute({ kind: "coursesStarted", courseType: "mentor" }, facts);
    expect(r.counted.courses).toEqual(["k1", "k2", "k5"]);
    expect(compute({ kind: "coursesStarted", courseType: "lommepengejob" }, facts).value).toBe(1);
    const adults: Measure = { kind: "coursesStarted", courseType: "mentor", filters: { ageBand: { min: 30 } } };
    expect(compute(adults, facts).counted.courses).toEqual(["k2"]);
  });

  it("funnelStage counts courses reaching the stage, or a later one when the order is known", () => {
    const m: Measure = { kind: "funnelStage", courseType: "mentor", stage: "praktik" };
    expect(compute(m, facts).counted.courses).toEqual(["k1"]);
    const courseTypes = new Map([["mentor", { stages: ["afklaring", "praktik", "job"] }]]);
    expect(compute(m, facts, y2016, { courseTypes }).counted.courses).toEqual(["k1", "k2"]);
  });

  it("outcomes counts courses ending with one of the outcomes in the period (undated: the end date)", () => {
    expect(compute({ kind: "outcomes", outcomes: ["job"] }, facts).counted.courses).toEqual(["k2"]);
    expect(compute({ kind: "outcomes", outcomes: ["uddannelse", "frafald"] }, facts).value).toBe(2);
    expect(compute({ kind: "outcomes", courseType: "lommepengejob", outcomes: ["frafald"] }, facts).value).toBe(0);
  });

  it("outcomeRate is the share of the period's starters reaching an outcome within N months", () => {
    const all: Measure = { kind: "outcomeRate", courseType: "mentor", outcomes: ["job"] };
    const r = compute(all, facts);
    // The cohort is persons by default (k5 is p4's course); as courses with count: courses.
    expect(r.counted.cohort).toEqual(["p1", "p2", "p4"]);
    expect(r.value).toBeCloseTo(200 / 3);
    expect(compute({ ...all, count: "courses" }, facts).counted.cohort).toEqual(["k1", "k2", "k5"]);
    // k1 started 2016-02-01 and got its job 2017-01-15: more than 6 months later.
    expect(compute({ ...all, withinMonths: 6 }, facts).value).toBeCloseTo(100 / 3);
    expect(compute(all, facts, { start: "2020-01-01", end: "2020-12-31" }).value).toBeNull();
  });

  it("followUp counts courses with a follow-up at the offset in the period, with a status if given", () => {
    const y2017 = { start: "2017-01-01", end: "2017-12-31" };
    expect(compute({ kind: "followUp", courseType: "mentor", offsetMonths: 3 }, facts, y2017).value).toBe(1);
    const m: Measure = { kind: "followUp", courseType: "mentor", offsetMonths: 6, statuses: ["job", "uddannelse"] };
    expect(compute(m, facts, y2017).value).toBe(0);
    expect(compute({ kind: "followUp", courseType: "mentor", offsetMonths: 3 }, facts).value).toBe(0);
  });

  it("actionPlans: created = started, fulfilled = reached the last stage of an action-plan type", () => {
    const f = base({
      courses: [
        course("hp1", "a3", "p1", "2016-02-01", {
          courseType: "handleplan",
          stages: [{ stage: "indfriet", date: "2016-10-01" }],
        }),
        course("hp2", "a3", "p2", "2016-03-01", {
          courseType: "handleplan",
          outcome: "indfriet",
          outcomeDate: "2017-02-01",
        }),
        course("hp3", "a3", "p3", "2015-03-01", { courseType: "handleplan" }),
        course("m1", "a3", "p3", "2016-03-01"),
      ],
    });
    const courseTypes = new Map([
      ["handleplan", { stages: ["udarbejdet", "indfriet"], category: "actionPlan" }],
      ["mentor", { stages: ["start"], category: "mentoring" }],
    ]);
    const created = compute({ kind: "actionPlans", stage: "created" }, f, y2016, { courseTypes });
    expect(created.counted.courses).toEqual(["hp1", "hp2"]);
    const fulfilled = compute({ kind: "actionPlans", stage: "fulfilled" }, f, y2016, { courseTypes });
    expect(fulfilled.counted.courses).toEqual(["hp1"]);
    const later = { start: "2017-01-01", end: "2017-12-31" };
    expect(compute({ kind: "actionPlans", stage: "fulfilled" }, f, later, { courseTypes }).value).toBe(1);
    // No action-plan type known: nothing can be said.
    expect(compute({ kind: "actionPlans", stage: "created" }, f).value).toBeNull();
    expect(compute({ kind: "actionPlans", stage: "created", courseType: "mentor" }, f).value).toBe(1);
  });
});

describe("contacts and referrals", () => {
  const facts = base({
    contacts: [
      contact("c1", "a1", "2016-01-05", { participantId: "p1", topic: "oekonomi" }),
      contact("c2", "a1", "2016-01-06", { participantId: "p1", topic: "bolig" }),
      contact("c3", "a1", "2016-01-07", { participantId: "p2", topic: "oekonomi" }),
      contact("c4", "a1", "2016-01-08", { householdId: "h5" }),
    ],
    referrals: [
      referral("r1", "a1", "2016-02-01", { participantId: "p1", receivingBody: "kommunen" }),
      referral("r2", "a1", "2016-02-02", { participantId: "p2", receivingBody: "kommunen" }),
      referral("r3", "a1", "2016-02-03", { participantId: "p3", receivingBody: "jobcenter" }),
      referral("r4", "a2", "2016-02-04", { householdId: "h7", receivingBody: "kommunen" }),
    ],
  });

  it("contacts counted as records, persons or households, by topic", () => {
    expect(compute({ kind: "contacts" }, facts).value).toBe(4);
    expect(compute({ kind: "contacts", count: "persons" }, facts).value).toBe(2);
    expect(compute({ kind: "contacts", count: "households" }, facts).value).toBe(2);
    expect(compute({ kind: "contacts", topics: ["oekonomi"] }, facts).counted.contacts).toEqual(["c1", "c3"]);
    expect(compute({ kind: "contacts", filters: { residentsOnly: true } }, facts).value).toBe(3);
  });

  it("referrals to receiving bodies, counted as records, persons or households", () => {
    const m: Measure = { kind: "referrals", receivingBodies: ["kommunen"] };
    expect(compute(m, facts).value).toBe(3);
    expect(compute({ ...m, count: "households" }, facts).counted.households).toEqual(["h1", "h7"]);
    expect(compute({ ...m, count: "persons" }, facts).value).toBe(2);
    const sub = coveredActivities(facts, {}, { activityKey: "lektiecafe" });
    expect(compute(m, facts, y2016, { activityIds: sub }).value).toBe(2);
  });
});

describe("assessments and volunteers", () => {
  it("assessments count distinct persons with the assessment", () => {
    const facts = base({
      assessments: [
        { id: "s1", activityId: "a1", date: "2016-02-01", participantId: "p1", assessment: "netvaerk" },
        { id: "s2", activityId: "a1", date: "2016-08-01", participantId: "p1", assessment: "netvaerk" },
        { id: "s3", activityId: "a1", date: "2016-08-01", participantId: "p2", assessment: "andet" },
      ],
    });
    const r = compute({ kind: "assessments", assessment: "netvaerk" }, facts);
    expect(r.value).toBe(1);
    expect(r.counted.assessments).toEqual(["s1", "s2"]);
  });

  it("volunteers count distinct persons, in roles, new in the period", () => {
    const facts = base({
      events: [event("e0", "a1", "2015-01-01", { attendees: ["p3"] })],
      volunteerHours: [
        { id: "v1", activityId: "a1", date: "2016-02-01", participantId: "p1", role: "mentor", hours: 2 },
        { id: "v2", activityId: "a1", date: "2016-03-01", participantId: "p1", role: "mentor", hours: 2 },
        { id: "v3", activityId: "a1", date: "2016-03-01", participantId: "p2", role: "kok", hours: 2 },
        { id: "v4", activityId: "a1", date: "2015-03-01", participantId: "p2", role: "kok", hours: 2 },
        { id: "v5", activityId: "a1", date: "2016-03-01", participantId: "p3", role: null, hours: 2 },
      ],
    });
    expect(compute({ kind: "volunteers" }, facts).value).toBe(3);
    expect(compute({ kind: "volunteers", roles: ["mentor"] }, facts).counted.participants).toEqual(["p1"]);
    // New as a volunteer: p2 volunteered in 2015; p3 came to an event in 2015 but first volunteered in 2016.
    const fresh = compute({ kind: "volunteers", filters: { newOnly: true } }, facts);
    expect(new Set(fresh.counted.participants)).toEqual(new Set(["p1", "p3"]));
  });
});

describe("entered figures and milestones", () => {
  const planRange = { start: "2015-05-01", end: "2019-04-30" };
  const facts = base({
    values: [
      { criterionKey: "fraflytning", period: "2016H1", value: 7.5 },
      { criterionKey: "fraflytning", period: "2016H2", value: 7.1 },
      { criterionKey: "tryghed", period: "2015", value: 61 },
      { criterionKey: "tryghed", period: "2017", value: 68 },
      { criterionKey: "ja-nej", period: "PY1", value: 1 },
      { criterionKey: "ja-nej", period: "PY2", value: 0 },
      { criterionKey: "ja-nej", period: "PY3", value: 1 },
    ],
    milestones: [
      { key: "samarbejde", status: "done", doneDate: "2016-09-01" },
      { key: "analyse", status: "planned", doneDate: null },
    ],
  });
  const stat: Measure = { kind: "externalStatistic", statistic: "Fraflytningsprocent", unit: "percent" };
  const survey: Measure = { kind: "survey", question: "Tryg?", unit: "percent" };

  it("reads the figure entered for the period, or the latest inside a longer period", () => {
    expect(compute(stat, facts, h1, { criterionKey: "fraflytning", planRange }).value).toBe(7.5);
    expect(compute(stat, facts, y2016, { criterionKey: "fraflytning", planRange }).value).toBe(7.1);
    expect(compute(stat, facts, y2016, { criterionKey: "fraflytning" }).value).toBeNull();
    const plan = { ...planRange, id: "plan" };
    const r = compute(survey, facts, plan, { criterionKey: "tryghed", planRange });
    expect(r).toEqual({ value: 68, counted: { values: ["2017"] } });
    expect(compute(survey, facts, y2016, { criterionKey: "tryghed", planRange }).value).toBeNull();
  });

  it("milestone: 1 when done by the period's end; yes/no per period entered as 1/0", () => {
    expect(compute({ kind: "milestone", milestone: "samarbejde" }, facts).value).toBe(1);
    expect(compute({ kind: "milestone", milestone: "samarbejde" }, facts, h1).value).toBe(0);
    expect(compute({ kind: "milestone", milestone: "analyse" }, facts).value).toBe(0);
    expect(compute({ kind: "milestone", milestone: "ukendt" }, facts).value).toBeNull();
    const yesNo: Measure = { kind: "milestone" };
    const py2 = { start: "2016-05-01", end: "2017-04-30", id: "PY2" };
    expect(compute(yesNo, facts, py2, { criterionKey: "ja-nej", planRange }).value).toBe(0);
    const whole = compute(yesNo, facts, { ...planRange, id: "plan" }, { criterionKey: "ja-nej", planRange });
    expect(whole).toEqual({ value: 2, counted: { values: ["PY1", "PY2", "PY3"] } });
  });
});
