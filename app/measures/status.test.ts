import { describe, expect, it } from "vitest";
import { expectedShare, type StatusInput, status } from "./status";

const year = { start: "2016-01-01", end: "2016-12-31" };
const at = (input: Partial<StatusInput>) =>
  status({ actual: 0, target: 12, direction: "up", range: year, today: "2016-07-01", ...input });

describe("expectedShare", () => {
  it("grows linearly through the period, day by day", () => {
    expect(expectedShare(year, "2015-12-31")).toBe(0);
    expect(expectedShare(year, "2016-01-01")).toBeCloseTo(1 / 366);
    expect(expectedShare(year, "2016-07-01")).toBeCloseTo(183 / 366);
    expect(expectedShare(year, "2016-12-31")).toBe(1);
  });

  it("follows monthly weights, also across a year boundary (plan year May–April)", () => {
    const summerOff = { seasonal: [1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1] };
    expect(expectedShare(year, "2016-06-30", summerOff)).toBeCloseTo(0.6);
    expect(expectedShare(year, "2016-08-31", summerOff)).toBeCloseTo(0.6);
    expect(expectedShare(year, "2016-09-15", summerOff)).toBeCloseTo(0.6 + 0.05);
    const py = { start: "2015-05-01", end: "2016-04-30" };
    const onlyJanuary = { seasonal: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
    expect(expectedShare(py, "2015-12-31", onlyJanuary)).toBe(0);
    expect(expectedShare(py, "2016-01-31", onlyJanuary)).toBeCloseTo(1);
    expect(expectedShare(year, "2016-03-01", { seasonal: Array(12).fill(0) })).toBeCloseTo(61 / 366);
  });
});

describe("status", () => {
  it("has no data without a figure, a missing target without one, or before the period", () => {
    expect(at({ actual: null })).toBe("ingen-data");
    expect(at({ actual: null, target: null })).toBe("ingen-data");
    // A figure without a target is not "no data": the target is what is missing.
    expect(at({ target: null })).toBe("mangler-maal");
    expect(at({ actual: 7, target: null, today: "2017-01-01" })).toBe("mangler-maal");
    expect(at({ today: "2015-12-31" })).toBe("ingen-data");
    expect(at({ target: { relative: "better-than-baseline" } })).toBe("ingen-data");
  });

  it("a finished period is met or not met: it can no longer be behind", () => {
    expect(at({ actual: 12, today: "2017-01-01" })).toBe("opfyldt");
    expect(at({ actual: 11, today: "2017-01-01" })).toBe("ikke-opfyldt");
    expect(at({ actual: 4, direction: "down", target: 4, today: "2017-01-01" })).toBe("opfyldt");
    expect(at({ actual: 5, direction: "down", target: 4, today: "2017-01-01" })).toBe("ikke-opfyldt");
    expect(at({ actual: 11, today: "2017-01-01", growth: "level" })).toBe("ikke-opfyldt");
  });

  it("an unsettled figure (a cohort with members too young to judge) stays open after its period", () => {
    expect(at({ actual: 30, target: 25, growth: "level", today: "2018-01-01", settled: false })).toBe("paa-vej");
    expect(at({ actual: 20, target: 25, growth: "level", today: "2018-01-01", settled: false })).toBe("bagud");
    expect(at({ actual: 30, target: 25, growth: "level", today: "2018-01-01" })).toBe("opfyldt");
  });

  it("a running count is on track at the expected share of the target by today", () => {
    // 1 July 2016: 183/366 of the year gone, so 6 of 12 expected.
    expect(at({ actual: 6 })).toBe("paa-vej");
    expect(at({ actual: 5 })).toBe("bagud");
    expect(at({ actual: 12 })).toBe("opfyldt");
    const lateStart = { seasonal: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1] };
    expect(at({ actual: 0, profile: lateStart })).toBe("paa-vej");
  });

  it("mirrors the logic for direction down", () => {
    expect(at({ actual: 2, target: 4, direction: "down" })).toBe("paa-vej");
    expect(at({ actual: 3, target: 4, direction: "down" })).toBe("bagud");
    expect(at({ actual: 5, target: 4, direction: "down" })).toBe("bagud");
  });

  it("judges levels as they stand and milestones as on their way until the end", () => {
    expect(at({ actual: 15, target: 15, growth: "level" })).toBe("paa-vej");
    expect(at({ actual: 14, target: 15, growth: "level" })).toBe("bagud");
    expect(at({ actual: 6.5, target: 6, direction: "down", growth: "level" })).toBe("bagud");
    expect(at({ actual: 0, target: 1, growth: "milestone" })).toBe("paa-vej");
    expect(at({ actual: 1, target: 1, growth: "milestone" })).toBe("opfyldt");
    expect(at({ actual: 0, target: 1, growth: "milestone", today: "2017-01-01" })).toBe("ikke-opfyldt");
  });

  it("compares relative targets with the baseline (strictly better) or the comparison area", () => {
    const better = { relative: "better-than-baseline" } as const;
    const done = { today: "2017-06-01", growth: "level" } as const;
    expect(at({ ...done, actual: 68, target: better, baseline: { value: 61 } })).toBe("opfyldt");
    expect(at({ ...done, actual: 61, target: better, baseline: { value: 61 } })).toBe("ikke-opfyldt");
    expect(at({ ...done, actual: 5, target: better, baseline: { value: 8 }, direction: "down" })).toBe("opfyldt");
    const comparable = { relative: "comparable-to-comparison-area" } as const;
    expect(at({ ...done, actual: 3, target: comparable, baseline: { comparisonValue: 3 }, direction: "down" })).toBe(
      "opfyldt",
    );
    expect(at({ ...done, actual: 3, target: comparable, baseline: { value: 8 } })).toBe("ingen-data");
  });
});
