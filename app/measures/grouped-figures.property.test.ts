import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeMeasure } from "./compute-measure";
import { activityYearFigures } from "./grouped-figures";
import { factsArb } from "./property/facts-arbitrary";

describe("activityYearFigures", () => {
  it("equals the participants, averageAttendance and events measures per activity, year and type", () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const figures = activityYearFigures(facts);
        const years = new Set(facts.events.map((e) => Number(e.date.slice(0, 4))));
        for (const a of facts.activities)
          for (const year of years) {
            const period = { start: `${year}-01-01`, end: `${year}-12-31` };
            const scope = { activityIds: new Set([a.id]) };
            const f = figures.find((x) => x.activityId === a.id && x.year === year);
            const participants = computeMeasure({ kind: "participants", source: "events" }, facts, period, scope);
            const average = computeMeasure({ kind: "averageAttendance" }, facts, period, scope);
            expect(f?.participants ?? 0).toBe(participants.value);
            expect(f?.averageAttendance ?? null).toBe(average.value);
            const types = new Set(facts.events.map((e) => e.type));
            for (const type of types) {
              const events = computeMeasure({ kind: "events", filters: { eventTypes: [type] } }, facts, period, scope);
              expect(f?.eventsByType[type] ?? 0).toBe(events.value);
            }
          }
      }),
      { numRuns: 300 },
    );
  });
});
