import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Measure, MeasureKind } from "~/plan-format/measure";
import { planFileSchema } from "~/plan-format/plan";
import { attainment } from "./attainment";
import { dateArb, factsArb, MILESTONES, NAMED, PLAN } from "./property/facts-arbitrary";
import { measureArbs, type Setting } from "./property/measure-arbitraries";
import { refAttainment } from "./property/reference-attainment";

/**
 * The whole path from a period id to a row — true calendar periods cut at the plan's ends, the
 * stated or derived target (sums, pro-rated shares, means, containing and latest periods), the
 * figure over the days the target covers, the status — against the plain reference in
 * ./property/reference-attainment.ts, for every measure kind and every period of a May–April plan.
 */

const RUNS_PER_KIND = 150;
/** The periods a reader can choose in the plan 1 May 2015 – 30 April 2018 (PY4 lies outside it). */
const ASKED = Object.keys(NAMED).filter((id) => id !== "PY4");
const TARGET_PERIODS = ASKED;

const targetsArb = fc
  .uniqueArray(
    fc.record({
      period: fc.constantFrom(...TARGET_PERIODS),
      target: fc.oneof(
        { arbitrary: fc.integer({ min: 1, max: 40 }).map((value) => ({ value })), weight: 5 },
        {
          arbitrary: fc
            .constantFrom("better-than-baseline", "comparable-to-comparison-area")
            .map((relative) => ({ relative: relative as "better-than-baseline" | "comparable-to-comparison-area" })),
          weight: 1,
        },
      ),
    }),
    { selector: (t) => t.period, maxLength: 5 },
  )
  .map((list) => list.map((t) => ({ period: t.period, ...t.target })));

const baselineArb = fc.oneof(
  fc.constant(undefined),
  fc.record({ value: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ period: fc.constantFrom("2015", "PY1", "2016H1") }),
  fc.record({ comparisonValue: fc.integer({ min: 0, max: 40 }) }),
);

const dueArb = fc.constantFrom("2015Q4", "2016Q2", "2017", "2017-09-30", "2018Q1");

const caseArb = (measureArb: fc.Arbitrary<Measure>) =>
  fc.record({
    facts: factsArb,
    measure: measureArb,
    targets: targetsArb,
    baseline: baselineArb,
    direction: fc.constantFrom("up", "down") as fc.Arbitrary<"up" | "down">,
    period: fc.constantFrom(...ASKED),
    today: fc.oneof(dateArb, fc.constantFrom("2019-06-01", "2014-12-31")),
    dues: fc.tuple(...MILESTONES.map(() => dueArb)),
  });

describe("attainment agrees with a plain reference for true periods and derived targets", () => {
  for (const [kind, measureArb] of Object.entries(measureArbs) as [MeasureKind, fc.Arbitrary<Measure>][]) {
    it(`${kind} (${RUNS_PER_KIND} runs)`, () => {
      fc.assert(
        fc.property(caseArb(measureArb), (c) => {
          const criterion = {
            key: "c1",
            text: "Kriteriet",
            measure: c.measure,
            targets: c.targets,
            direction: c.direction,
            ...(c.baseline ? { baseline: c.baseline } : {}),
          };
          const plan = planFileSchema.parse({
            formatVersion: 1,
            slug: "ejendom",
            kind: "projekt",
            title: "Planen",
            owner: { name: "Ejeren" },
            period: PLAN,
            criteria: [criterion],
            milestones: MILESTONES.map((key, i) => ({ key, title: key, due: c.dues[i] })),
          });
          const [row] = attainment(plan, c.facts, c.period, c.today);
          const setting: Setting = { owner: {}, criterionKey: "c1", planKnown: true, courseTypes: {} };
          const due =
            c.measure.kind === "milestone" && c.measure.milestone !== undefined
              ? dueEnd(c.dues[MILESTONES.indexOf(c.measure.milestone)])
              : undefined;
          const expected = refAttainment(plan.criteria[0], c.facts, c.period, c.today, setting, due);
          if (expected.target === null || row.target === null) expect(row.target).toBe(expected.target);
          else expect(row.target).toBeCloseTo(expected.target, 9);
          expect(row.relativeTarget ?? null).toBe(expected.relative);
          expect(row.range).toEqual(expected.range);
          if (expected.value === null || row.actual === null) expect(row.actual).toBe(expected.value);
          else expect(row.actual).toBeCloseTo(expected.value, 9);
          expect(row.status).toBe(expected.status);
        }),
        { numRuns: RUNS_PER_KIND },
      );
    });
  }
});

/** The last day a milestone is due, read by hand: a date, the end of a quarter or of a year. */
function dueEnd(due: string | undefined): string | undefined {
  if (due === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return due;
  const quarterEnds = ["03-31", "06-30", "09-30", "12-31"];
  const q = /^(\d{4})Q(\d)$/.exec(due);
  return q ? `${q[1]}-${quarterEnds[Number(q[2]) - 1]}` : `${due}-12-31`;
}
