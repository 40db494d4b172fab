import { describe, expect, it } from "vitest";
import { listHistory, offListAtEnd } from "./list-history";
import type { ListFigures } from "./list-rules";

const parallel = (year: number): ListFigures => ({
  year,
  residents: 1500,
  outsideWorkOrEducation: 45,
  convicted: 3,
  nationalConvicted: 1,
  basicSchoolingOnly: 40,
  incomeShareOfRegion: 70,
  nonWestern: 60,
});
const years = (from: number, to: number, f: (y: number) => ListFigures) =>
  Array.from({ length: to - from + 1 }, (_, i) => f(from + i));

describe("omdannelsesområde: § 61 a, stk. 4, the last five years as parallelsamfund", () => {
  it("the fifth year in a row makes it, the fourth does not", () => {
    const h = listHistory(years(2020, 2025, parallel));
    expect(h.map((y) => [y.check.year, y.status])).toEqual([
      [2020, "parallelsamfund"],
      [2021, "parallelsamfund"],
      [2022, "parallelsamfund"],
      [2023, "parallelsamfund"],
      [2024, "omdannelsesomraade"],
      [2025, "omdannelsesomraade"],
    ]);
    expect(h[4].isTransformation).toBe(true);
  });
  it("a year off the list starts the count again", () => {
    const h = listHistory(years(2019, 2025, (y) => (y === 2021 ? { ...parallel(y), nonWestern: 49 } : parallel(y))));
    expect(h.find((y) => y.check.year === 2021)?.status).toBe("udsat");
    expect(h.find((y) => y.check.year === 2025)?.status).toBe("parallelsamfund");
  });
  it("without figures for the years before, omdannelse is unknown but the area is still on the list", () => {
    const [y] = listHistory([parallel(2024)]);
    expect(y.isTransformation).toBeNull();
    expect(y).toMatchObject({ status: "parallelsamfund", onList: true });
  });
  it("the 2018 list counted four years, and years on the ghetto list before 2018", () => {
    const old = (y: number): ListFigures => ({
      ...parallel(y),
      outsideWorkOrEducation: 41,
      convicted: 2.8,
      basicSchoolingOnly: 51,
    });
    const h = listHistory([...years(2015, 2017, old), parallel(2018)]);
    expect(h.at(-1)).toMatchObject({ transformationYears: 4, isTransformation: true, status: "omdannelsesomraade" });
  });
});

describe("status and the criterion 'ikke på listen ved planperiodens udgang'", () => {
  const calm = (year: number): ListFigures => ({ ...parallel(year), outsideWorkOrEducation: 20, convicted: 0.5 });
  it("a calm area is on no list", () => {
    expect(listHistory([calm(2023)])[0]).toMatchObject({ status: "ingen", onList: false });
  });
  it("forebyggelsesområde when only § 61 b is met", () => {
    expect(listHistory([{ ...calm(2023), outsideWorkOrEducation: 35, convicted: 2 }])[0].status).toBe(
      "forebyggelsesomraade",
    );
  });
  it("reads the list of the last 1 December inside the period", () => {
    const h = listHistory([parallel(2015), calm(2016)]);
    expect(offListAtEnd(h, { start: "2013-01-01", end: "2016-12-31" })).toBe(1);
    expect(offListAtEnd(h, { start: "2013-01-01", end: "2016-11-30" })).toBe(0);
    expect(offListAtEnd(h, { start: "2013-01-01", end: "2017-12-31" })).toBeNull();
    expect(offListAtEnd(h, { start: "2016-12-02", end: "2017-11-30" })).toBeNull();
  });
});
