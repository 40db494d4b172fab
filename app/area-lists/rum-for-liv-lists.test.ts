import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { attainment } from "~/measures/attainment";
import { emptyFacts, planActivities } from "~/measures/test-support";
import { parsePlanFile } from "~/plan-format/parse-plan-file";
import { listFiguresOf, planListHistories } from "./list-figures";

const parsed = parsePlanFile(readFileSync(new URL("../../examples/plans/rum-for-liv.yaml", import.meta.url), "utf8"));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const plan = parsed.plan;

describe("Rum for Liv: Akacieparken against the lists, from the plan's own 2010 figures", () => {
  it("reads the three figures of the 5 October 2010 list and the department's residents", () => {
    expect(listFiguresOf(plan, []).get("Akacieparken")).toEqual([
      { year: 2010, outsideWorkOrEducation: 44.3, convicted: 3.42, nonWestern: 70.1, residents: 1200 },
    ]);
  });

  it("meets all three criteria of the 2010 list, so it was on it — as the plan says", () => {
    const [y2010] = planListHistories(plan, []).get("Akacieparken") ?? [];
    expect(y2010.check.rules).toBe("ghettoliste-2010");
    expect(y2010.check.exposed.criteria.map((c) => [c.key, c.met, c.distance])).toEqual([
      ["nonWestern", true, 20.1],
      ["work", true, 4.3],
      ["crime", true, 0.72],
    ]);
    expect(y2010).toMatchObject({ status: "udsat", onList: true });
  });

  const criterion = (seriesValues: { seriesKey: string; period: string; value: number }[], p = plan) => {
    const facts = emptyFacts({ activities: planActivities(p), seriesValues });
    const rows = attainment(p, facts, "plan", "2017-06-01");
    return rows.find((r) => r.key === "akacieparken-ikke-paa-ghettolisten");
  };

  it("'ikke på ghettolisten ved projektperiodens udgang' has no data without figures for 1 December 2016", () => {
    expect(criterion([])).toMatchObject({ kind: "areaList", actual: null, target: 1, status: "ingen-data" });
  });

  it("is computed once the 2016 figures are entered as series (constructed figures, 2013–2017 rules: 3 of 5)", () => {
    const series = (
      key: string,
      listFigure: "outsideWorkOrEducation" | "convicted" | "basicSchoolingOnly" | "incomeShareOfRegion" | "nonWestern",
    ) => ({
      key,
      label: key,
      unit: "percent" as const,
      kind: "statistic" as const,
      listFigure,
      listArea: "Akacieparken",
    });
    const withSeries = {
      ...plan,
      series: [
        series("ak-arbejde", "outsideWorkOrEducation"),
        series("ak-doemte", "convicted"),
        series("ak-grundskole", "basicSchoolingOnly"),
        series("ak-indkomst", "incomeShareOfRegion"),
        series("ak-ikke-vestlige", "nonWestern"),
      ],
    };
    const figures = (work: number) => [
      { seriesKey: "ak-arbejde", period: "2016", value: work },
      { seriesKey: "ak-doemte", period: "2016", value: 1.9 },
      { seriesKey: "ak-grundskole", period: "2016", value: 52 },
      { seriesKey: "ak-indkomst", period: "2016", value: 58 },
      { seriesKey: "ak-ikke-vestlige", period: "2016", value: 66 },
    ];
    // non-Western and basic schooling met; work at 40.0 is not "over 40": two of five, off the list.
    expect(criterion(figures(40), withSeries)).toMatchObject({
      actual: 1,
      status: "opfyldt",
      counted: { values: ["2016"] },
    });
    // work at 40.1: three of five, on the list.
    expect(criterion(figures(40.1), withSeries)).toMatchObject({ actual: 0, status: "ikke-opfyldt" });
  });
});
