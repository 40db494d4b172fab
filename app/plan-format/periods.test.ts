import { describe, expect, it } from "vitest";
import { overlaps, periodRange, planYearCount } from "./periods";

const plan = { start: "2015-05-01", end: "2019-04-30" };

describe("periods", () => {
  it("turns every period kind into dates", () => {
    expect(periodRange("2016", plan)).toEqual({ start: "2016-01-01", end: "2016-12-31" });
    expect(periodRange("2016H1", plan)).toEqual({ start: "2016-01-01", end: "2016-06-30" });
    expect(periodRange("2016H2", plan)).toEqual({ start: "2016-07-01", end: "2016-12-31" });
    expect(periodRange("2016Q1", plan)).toEqual({ start: "2016-01-01", end: "2016-03-31" });
    expect(periodRange("2016Q4", plan)).toEqual({ start: "2016-10-01", end: "2016-12-31" });
    expect(periodRange("PY1", plan)).toEqual({ start: "2015-05-01", end: "2016-04-30" });
    expect(periodRange("PY4", plan)).toEqual({ start: "2018-05-01", end: "2019-04-30" });
    expect(periodRange("plan", plan)).toEqual(plan);
  });

  it("handles leap years in February quarters and plan years", () => {
    expect(periodRange("2016Q1", plan).end).toBe("2016-03-31");
    expect(periodRange("PY1", { start: "2016-03-01", end: "2020-02-29" }).end).toBe("2017-02-28");
  });

  it("counts plan years, a started year counting", () => {
    expect(planYearCount(plan)).toBe(4);
    expect(planYearCount({ start: "2013-01-01", end: "2016-12-31" })).toBe(4);
    expect(planYearCount({ start: "2017-01-01", end: "2017-06-30" })).toBe(1);
  });

  it("tells whether ranges overlap", () => {
    expect(overlaps(periodRange("2015", plan), plan)).toBe(true);
    expect(overlaps(periodRange("2014", plan), plan)).toBe(false);
    expect(overlaps(periodRange("2019H1", plan), plan)).toBe(true);
    expect(overlaps(periodRange("2019H2", plan), plan)).toBe(false);
  });
});
