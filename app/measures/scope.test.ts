import { describe, expect, it } from "vitest";
import { coveredActivities, personTest } from "./scope";
import { emptyFacts, event, person } from "./test-support";

const facts = emptyFacts({
  activities: [
    { id: "a1", key: "a", parentId: null, focusAreaKey: "fa1" },
    { id: "a2", key: "a-sub", parentId: "a1", focusAreaKey: "fa1" },
    { id: "a3", key: "a-sub-sub", parentId: "a2", focusAreaKey: "fa1" },
    { id: "b1", key: "b", parentId: null, focusAreaKey: "fa1" },
    { id: "c1", key: "c", parentId: null, focusAreaKey: "fa2" },
  ],
  participants: [
    person("p1", { birthYear: 2000, targetGroupTags: ["ung"], resident: true }),
    person("p2", { birthYear: null, resident: false }),
  ],
  events: [
    event("e1", "a1", "2015-06-01", { attendees: ["p1"] }),
    event("e2", "c1", "2016-06-01", { attendees: ["p2"] }),
  ],
});
const ids = (s: ReadonlySet<string> | null) => (s === null ? null : [...s].sort());

describe("coveredActivities", () => {
  it("covers an activity and everything below it, at any depth", () => {
    expect(ids(coveredActivities(facts, { activity: "a" }))).toEqual(["a1", "a2", "a3"]);
    expect(ids(coveredActivities(facts, { activity: "a", includeSubActivities: false }))).toEqual(["a1"]);
    expect(ids(coveredActivities(facts, { activity: "nope" }))).toEqual([]);
  });

  it("defaults to the criterion's activity, else its focus area, else the whole plan", () => {
    expect(ids(coveredActivities(facts, {}, { activityKey: "a-sub", focusAreaKey: "fa1" }))).toEqual(["a2", "a3"]);
    expect(ids(coveredActivities(facts, {}, { focusAreaKey: "fa1" }))).toEqual(["a1", "a2", "a3", "b1"]);
    expect(coveredActivities(facts, {}, {})).toBeNull();
  });

  it("lets filters override the owner, and a focus-area filter narrow an activity", () => {
    expect(ids(coveredActivities(facts, { activity: "c" }, { activityKey: "a" }))).toEqual(["c1"]);
    expect(ids(coveredActivities(facts, { focusArea: "fa2" }))).toEqual(["c1"]);
    expect(ids(coveredActivities(facts, { activity: "c", focusArea: "fa1" }))).toEqual([]);
    expect(ids(coveredActivities(facts, { activity: "c" }, { focusAreaKey: "fa1" }))).toEqual(["c1"]);
  });
});

describe("personTest", () => {
  const y2016 = { start: "2016-01-01", end: "2016-12-31" };
  it("is inactive and lets everyone through without person filters", () => {
    const t = personTest(facts, {}, y2016, ["events"]);
    expect(t.active).toBe(false);
    expect(t("unknown", "2016-01-01")).toBe(true);
  });

  it("applies tags, age on the date, residence and newness", () => {
    expect(personTest(facts, { targetGroupTags: ["ung"] }, y2016, ["events"])("p1", "2016-01-01")).toBe(true);
    const band = personTest(facts, { ageBand: { min: 16, max: 16 } }, y2016, ["events"]);
    expect(band("p1", "2016-01-01")).toBe(true);
    expect(band("p1", "2017-01-01")).toBe(false);
    expect(band("p2", "2016-01-01")).toBe(false);
    expect(personTest(facts, { residentsOnly: true }, y2016, ["events"])("p2", "2016-06-01")).toBe(false);
    const fresh = personTest(facts, { newOnly: true }, y2016, ["events"]);
    expect(fresh("p1", "2016-06-01")).toBe(false);
    expect(fresh("p2", "2016-06-01")).toBe(true);
    expect(personTest(facts, { newOnly: true }, y2016, ["contacts"])("p2", "2016-06-01")).toBe(false);
  });
});
