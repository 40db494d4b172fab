import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Measure, MeasureKind } from "~/plan-format/measure";
import { computeMeasure } from "./compute-measure";
import { dependsOn, type FactList } from "./depends-on";
import type { LogbookFacts } from "./facts";
import { recordLists } from "./patch-facts";
import { factsArb } from "./property/facts-arbitrary";
import { measureArbs, periodArb } from "./property/measure-arbitraries";
import { coveredActivities, filtersOf } from "./scope";

const lists: FactList[] = [...recordLists, "values", "seriesValues", "milestones"];

/**
 * The live figures reuse a criterion's figure when nothing its measure reads changed: so a measure's
 * figure must be the same whatever the lists outside dependsOn(measure) hold.
 */
describe("dependsOn names every list a measure's figure can change with", () => {
  for (const [kind, measureArb] of Object.entries(measureArbs) as [MeasureKind, fc.Arbitrary<Measure>][]) {
    it(kind, () => {
      fc.assert(
        fc.property(factsArb, factsArb, measureArb, periodArb, (facts, other, m, period) => {
          const reads = dependsOn(m);
          // Every list the measure does not read replaced by another logbook's list.
          const changed: LogbookFacts = { ...facts };
          for (const list of lists) if (!reads.has(list)) Object.assign(changed, { [list]: other[list] });
          const scope = { activityIds: coveredActivities(facts, filtersOf(m)), criterionKey: "c1" };
          const a = computeMeasure(m, facts, period, scope);
          const b = computeMeasure(m, changed, period, scope);
          expect(b.value).toEqual(a.value);
        }),
        { numRuns: 300 },
      );
    });
  }
});
