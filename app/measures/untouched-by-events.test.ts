import { describe, expect, it } from "vitest";
import type { IndexedCriterion } from "~/plan-format/plan-index";
import type { AttainmentRow } from "./attainment";
import { emptyFacts } from "./test-support";
import { untouchedByEvents } from "./untouched-by-events";

const facts = emptyFacts({
  activities: [
    { id: "cafe", key: "lektiecafe", parentId: null, focusAreaKey: "born" },
    { id: "club", key: "klub", parentId: null, focusAreaKey: "born" },
  ],
});
const planRange = { start: "2015-01-01", end: "2018-12-31" };
const criterion = (measure: object, baseline?: object) =>
  ({
    criterion: { key: "k", text: "", measure, baseline, targets: [], direction: "up" },
    path: [],
    activity: { key: "lektiecafe" },
    focusArea: { key: "born" },
  }) as unknown as IndexedCriterion;
const row = { range: { start: "2016-01-01", end: "2016-12-31" } } as AttainmentRow;
const participants = { kind: "participants", source: "events" };

describe("a criterion's row after events changed (decision 013c)", () => {
  it("stands when no changed event is in its activities on a day its figure covers", () => {
    expect(
      untouchedByEvents(facts, planRange, criterion(participants), row, [{ activityId: "club", date: "2016-05-01" }]),
    ).toBe(true);
    expect(
      untouchedByEvents(facts, planRange, criterion(participants), row, [{ activityId: "cafe", date: "2017-01-01" }]),
    ).toBe(true);
  });

  it("is computed again when one is, as it was or as it is", () => {
    const moved = [
      { activityId: "cafe", date: "2015-06-01" },
      { activityId: "cafe", date: "2016-06-01" },
    ];
    expect(untouchedByEvents(facts, planRange, criterion(participants), row, moved)).toBe(false);
  });

  it("is computed again when the change lies in the baseline's period, counted from the logbook", () => {
    const change = [{ activityId: "cafe", date: "2015-03-01" }];
    expect(untouchedByEvents(facts, planRange, criterion(participants, { period: "2015" }), row, change)).toBe(false);
    expect(
      untouchedByEvents(facts, planRange, criterion(participants, { value: 12, period: "2015" }), row, change),
    ).toBe(true);
  });

  it("is always computed again for new participants only (new depends on the whole plan)", () => {
    const newOnly = { ...participants, filters: { newOnly: true } };
    expect(
      untouchedByEvents(facts, planRange, criterion(newOnly), row, [{ activityId: "club", date: "2014-01-01" }]),
    ).toBe(false);
  });
});
