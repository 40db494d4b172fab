import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Measure, MeasureKind } from "~/plan-format/measure";
import { computeMeasure, type MeasureResult } from "./compute-measure";
import type { LogbookFacts } from "./facts";
import { factsArb, maybe, type Period, PLAN } from "./property/facts-arbitrary";
import { measureArbs, periodArb, type Setting, settingArb } from "./property/measure-arbitraries";
import { type RefResult, reference } from "./property/reference";
import { refAddMonths, within } from "./property/reference-helpers";
import { type CourseTypeInfo, coveredActivities, filtersOf } from "./scope";

/**
 * computeMeasure against a deliberately plain reference (./property/reference.ts): loops over the
 * arrays, no index, no caching, every rule written out again (the reference imports nothing from
 * the engine). Random small logbooks, periods, filters, owners and scopes, for every measure kind.
 */

const RUNS_PER_KIND = 500;

const sameSet = (a: string[] | undefined, b: string[]) => expect(new Set(a ?? [])).toEqual(new Set(b));

function agree(actual: MeasureResult, expected: RefResult) {
  if (expected.value === null || actual.value === null) expect(actual.value).toBe(expected.value);
  else expect(actual.value).toBeCloseTo(expected.value, 9);
  for (const [key, ids] of Object.entries(expected.ids))
    sameSet(actual.counted[key as keyof typeof actual.counted], ids);
  if (expected.ids.immature) expect(actual.immature).toBe(expected.ids.immature.length);
}

/** The engine's scope for a setting: the covered activities by the engine's own rule, the rest as given. */
function engineScope(facts: LogbookFacts, measure: Measure, setting: Setting) {
  const courseTypes = new Map<string, CourseTypeInfo>();
  for (const [key, info] of Object.entries(setting.courseTypes ?? {}))
    if (info)
      courseTypes.set(key, { stages: info.stages, ...(info.category === null ? {} : { category: info.category }) });
  return {
    activityIds: coveredActivities(facts, filtersOf(measure), setting.owner),
    criterionKey: setting.criterionKey,
    planRange: setting.planKnown ? PLAN : undefined,
    courseTypes: setting.courseTypes === null ? undefined : courseTypes,
  };
}

/**
 * Now and then the day judged on is put exactly where a course's N months end (a rate within N
 * months), so the edge between too young and judgeable is tried often, not by luck.
 */
function pinned(measure: Measure, facts: LogbookFacts, period: Period, pin: number | undefined): Period {
  if (pin === undefined || measure.kind !== "outcomeRate" || measure.withinMonths === undefined) return period;
  const starters = facts.courses.filter((c) => within(c.startDate, period));
  if (starters.length === 0) return period;
  return { ...period, asOf: refAddMonths(starters[pin % starters.length].startDate, measure.withinMonths) };
}

describe("computeMeasure agrees with a plain reference on random logbooks", () => {
  for (const [kind, measureArb] of Object.entries(measureArbs) as [MeasureKind, fc.Arbitrary<Measure>][]) {
    it(`${kind} (${RUNS_PER_KIND} runs)`, () => {
      fc.assert(
        fc.property(factsArb, measureArb, periodArb, settingArb, maybe(fc.nat()), (facts, m, p, setting, pin) => {
          const period = pinned(m, facts, p, pin);
          const result = computeMeasure(m, facts, period, engineScope(facts, m, setting));
          agree(result, reference(m, facts, period, setting));
        }),
        { numRuns: RUNS_PER_KIND },
      );
    });
  }
});
