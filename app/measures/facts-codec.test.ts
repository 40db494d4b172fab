import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeFacts, encodeFacts } from "./facts-codec";
import { factsArb } from "./property/facts-arbitrary";
import { course, emptyFacts, event, person } from "./test-support";

describe("the logbook facts as compact bytes (the kept snapshot, decisions 013c and 013e)", () => {
  it("gives back the same facts, for any logbook", async () => {
    await fc.assert(
      fc.asyncProperty(factsArb, async (facts) => {
        expect(decodeFacts(await encodeFacts(facts))).toEqual(facts);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps nulls, empty lists, lists of strings and nested values, and shares each repeated string", async () => {
    const facts = emptyFacts({
      participants: [person("p1", { householdId: null, targetGroupTags: ["unge", "forældre"] }), person("p2")],
      events: [
        event("e1", "a1", "2016-03-01", { attendees: ["p1", "p2"], headcount: null, breakdown: { children: 3 } }),
        event("e2", "a1", "2016-03-01", { attendees: [] }),
      ],
      courses: [
        course("c1", "a1", "p1", "2016-01-01", {
          courseType: "job",
          stages: [
            { stage: "start", date: "2016-01-02" },
            { stage: "plan", date: "2016-02-01" },
          ],
          followUps: [{ offsetMonths: 6, date: "2016-07-01", status: "i job" }],
        }),
        course("c2", "a1", "p2", "2016-01-05"),
      ],
    });
    const bytes = await encodeFacts(facts, async () => {});
    const back = decodeFacts(bytes);
    expect(back).toEqual(facts);
    // "p1" is stored once; both events' attendees and the course refer to it.
    expect(Buffer.from(bytes).toString("latin1").match(/p1/g)).toHaveLength(1);
    expect(back?.events[0].attendees[0]).toBe(back?.courses[0].participantId);
  });

  it("reads the bytes wherever they lie in memory (not only on a 4-byte boundary)", async () => {
    const bytes = await encodeFacts(emptyFacts({ participants: [person("p1"), person("p2")] }));
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect(decodeFacts(shifted)).toEqual(decodeFacts(bytes));
  });

  it("refuses bytes of another format", () => {
    expect(decodeFacts(new TextEncoder().encode(JSON.stringify({ v: 1 })))).toBeNull();
    expect(decodeFacts(new Uint8Array(3))).toBeNull();
  });
});
