import { describe, expect, it } from "vitest";
import { checkAreaLists } from "./check-area-lists";
import type { ListFigures } from "./list-rules";

/** An area of the 2024 list that meets nothing: every figure far from its threshold. */
const calm: ListFigures = {
  year: 2024,
  residents: 2000,
  outsideWorkOrEducation: 10,
  convicted: 0.5,
  nationalConvicted: 1,
  basicSchoolingOnly: 20,
  incomeShareOfRegion: 90,
  nonWestern: 10,
};
const area = (over: Partial<ListFigures>): ListFigures => ({ ...calm, ...over });
const metOf = (f: ListFigures, key: string, group: "exposed" | "prevention" = "exposed") =>
  checkAreaLists(f)[group]?.criteria.find((c) => c.key === key)?.met;

describe("§ 61 a, stk. 1: the four criteria of an udsat boligområde, at and around each threshold", () => {
  // [criterion, figure, threshold as the law words it, value → met]
  const cases: [string, keyof ListFigures, [number, boolean][]][] = [
    // nr. 1: "overstiger 40 pct."
    [
      "work",
      "outsideWorkOrEducation",
      [
        [39.9, false],
        [40, false],
        [40.1, true],
      ],
    ],
    // nr. 2: "udgør mindst tre gange landsgennemsnittet" (national 1 % → 3 %)
    [
      "crime",
      "convicted",
      [
        [2.99, false],
        [3, true],
        [3.01, true],
      ],
    ],
    // nr. 3: "overstiger 60 pct."
    [
      "education",
      "basicSchoolingOnly",
      [
        [59.9, false],
        [60, false],
        [60.1, true],
      ],
    ],
    // nr. 4: "udgør mindre end 55 pct."
    [
      "income",
      "incomeShareOfRegion",
      [
        [54.9, true],
        [55, false],
        [55.1, false],
      ],
    ],
  ];
  for (const [key, figure, values] of cases)
    for (const [value, met] of values)
      it(`${key} at ${value}: ${met ? "met" : "not met"}`, () => {
        expect(metOf(area({ [figure]: value }), key)).toBe(met);
      });

  it("the crime threshold follows the national average: 3 × 0.8 % = 2.4 %", () => {
    const check = checkAreaLists(area({ convicted: 2.4, nationalConvicted: 0.8 }));
    const crime = check.exposed.criteria.find((c) => c.key === "crime");
    expect(crime).toMatchObject({ threshold: 2.4, distance: 0, met: true });
    expect(metOf(area({ convicted: 2.39, nationalConvicted: 0.8 }), "crime")).toBe(false);
  });

  it("the distance to each threshold is the figure minus the threshold, in percentage points", () => {
    const check = checkAreaLists(area({ outsideWorkOrEducation: 44.3, incomeShareOfRegion: 52 }));
    expect(check.exposed.criteria.map((c) => [c.key, c.distance])).toEqual([
      ["work", 4.3],
      ["crime", -2.5],
      ["education", -40],
      ["income", -3],
    ]);
  });
});

describe("§ 61 a: udsat boligområde, parallelsamfund and the 1,000 residents", () => {
  const two = { outsideWorkOrEducation: 41, basicSchoolingOnly: 61 };
  it("one criterion is not enough, two are", () => {
    expect(checkAreaLists(area({ outsideWorkOrEducation: 41 })).isExposed).toBe(false);
    expect(checkAreaLists(area(two)).isExposed).toBe(true);
  });
  it("every pair of the four criteria makes an udsat boligområde", () => {
    const hits: Partial<ListFigures>[] = [
      { outsideWorkOrEducation: 41 },
      { convicted: 3 },
      { basicSchoolingOnly: 61 },
      { incomeShareOfRegion: 50 },
    ];
    for (let i = 0; i < 4; i++)
      for (let j = i + 1; j < 4; j++) expect(checkAreaLists(area({ ...hits[i], ...hits[j] })).isExposed).toBe(true);
  });
  it("at least 1,000 residents: 999 is not an area under the law, 1,000 is", () => {
    expect(checkAreaLists(area({ ...two, residents: 999 })).isExposed).toBe(false);
    expect(checkAreaLists(area({ ...two, residents: 1000 })).isExposed).toBe(true);
  });
  it("parallelsamfund: non-Western over 50 % (50 is not over) and two criteria", () => {
    expect(checkAreaLists(area({ ...two, nonWestern: 50 })).isParallel).toBe(false);
    expect(checkAreaLists(area({ ...two, nonWestern: 50.1 })).isParallel).toBe(true);
    expect(checkAreaLists(area({ outsideWorkOrEducation: 41, nonWestern: 90 })).isParallel).toBe(false);
  });
  it("a missing figure leaves the answer open only where it could change it", () => {
    const { basicSchoolingOnly: _, ...noEducation } = area({ outsideWorkOrEducation: 41 });
    expect(checkAreaLists(noEducation).isExposed).toBeNull();
    expect(checkAreaLists({ ...noEducation, convicted: 3 }).isExposed).toBe(true);
    const { nationalConvicted: __, ...noNational } = calm;
    expect(checkAreaLists(noNational).exposed.criteria[1]).toMatchObject({ threshold: null, met: null });
    expect(checkAreaLists(noNational).isExposed).toBe(false);
  });
});

describe("§ 61 b: forebyggelsesområde, at and around each threshold", () => {
  const cases: [string, keyof ListFigures, [number, boolean][]][] = [
    [
      "work",
      "outsideWorkOrEducation",
      [
        [29.9, false],
        [30, false],
        [30.1, true],
      ],
    ],
    [
      "crime",
      "convicted",
      [
        [1.99, false],
        [2, true],
      ],
    ],
    [
      "education",
      "basicSchoolingOnly",
      [
        [60, false],
        [60.1, true],
      ],
    ],
    [
      "income",
      "incomeShareOfRegion",
      [
        [64.9, true],
        [65, false],
      ],
    ],
  ];
  for (const [key, figure, values] of cases)
    for (const [value, met] of values)
      it(`${key} at ${value}: ${met ? "met" : "not met"}`, () => {
        expect(metOf(area({ [figure]: value }), key, "prevention")).toBe(met);
      });

  const two = { outsideWorkOrEducation: 31, incomeShareOfRegion: 60 };
  it("non-Western over 30 % (30 is not over) and two of the four criteria", () => {
    expect(checkAreaLists(area({ ...two, nonWestern: 30 })).isPrevention).toBe(false);
    expect(checkAreaLists(area({ ...two, nonWestern: 30.1 })).isPrevention).toBe(true);
    expect(checkAreaLists(area({ outsideWorkOrEducation: 31, nonWestern: 40 })).isPrevention).toBe(false);
    expect(checkAreaLists(area({ ...two, nonWestern: 40, residents: 999 })).isPrevention).toBe(false);
  });
  it("there was no § 61 b before the list of 2021", () => {
    expect(checkAreaLists(area({ ...two, nonWestern: 40, year: 2020 })).isPrevention).toBeUndefined();
  });
});

describe("the lists before 2018", () => {
  it("2010: two of three, convictions over 2.7 % (270 per 10,000), no parallelsamfund", () => {
    const c = checkAreaLists({
      year: 2010,
      residents: 1200,
      outsideWorkOrEducation: 40,
      convicted: 2.7,
      nonWestern: 51,
    });
    expect(c.rules).toBe("ghettoliste-2010");
    expect(c.exposed.criteria.map((x) => x.met)).toEqual([true, false, false]);
    expect(c.isExposed).toBe(false);
    expect(checkAreaLists({ year: 2010, residents: 1200, convicted: 2.71, nonWestern: 51 }).isExposed).toBe(true);
    expect(c.isParallel).toBeUndefined();
  });
  it("2013–2017: three of five, basic schooling over 50 %", () => {
    const f = { year: 2016, residents: 1500, nonWestern: 60, basicSchoolingOnly: 50.1, incomeShareOfRegion: 56 };
    expect(checkAreaLists(f).isExposed).toBeNull();
    expect(checkAreaLists({ ...f, outsideWorkOrEducation: 40, convicted: 2.7 }).isExposed).toBe(false);
    expect(checkAreaLists({ ...f, outsideWorkOrEducation: 40.1, convicted: 1 }).isExposed).toBe(true);
  });
});
