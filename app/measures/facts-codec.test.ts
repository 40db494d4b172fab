import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexFacts } from "./fact-index";
import type { LogbookFacts } from "./facts";
import { decodeFacts, encodeFacts } from "./facts-codec";
import { patchFacts } from "./patch-facts";
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

  it("numbers the persons of decoded facts as the index numbers any logbook, and carries them on to a write", async () => {
    // Each event's attendees read back through the numbers: what every count by number relies on.
    const attendeesByNumber = (facts: LogbookFacts) => {
      const { ids, offsets, people } = indexFacts(facts).personNumbers();
      return facts.events.map((_, i) => Array.from(people.subarray(offsets[i], offsets[i + 1]), (n) => ids[n]));
    };
    await fc.assert(
      fc.asyncProperty(factsArb, async (facts) => {
        const decoded = decodeFacts(await encodeFacts(facts));
        if (!decoded) throw new Error("not decoded");
        const activity = decoded.activities[0]?.id ?? "a1";
        const known = decoded.participants[0]?.id ?? "p-known";
        // A write before the decoded facts were numbered (a restart, the snapshot behind): it carries
        // on their numbers (the same map while no one new comes).
        const write = patchFacts(decoded, {
          events: { ids: ["e-write"], rows: [event("e-write", activity, "2020-01-01", { attendees: [known] })] },
        });
        const carried = indexFacts(write).personNumbers();
        const numbers = indexFacts(decoded).personNumbers();
        if (decoded.participants.length > 0) expect(carried.numberOf).toBe(numbers.numberOf);
        expect(attendeesByNumber(write)).toEqual(write.events.map((e) => e.attendees));
        const scratch = indexFacts(structuredClone(facts)).personNumbers();
        expect([numbers.count, [...numbers.offsets], [...numbers.people], numbers.ids]).toEqual([
          scratch.count,
          [...scratch.offsets],
          [...scratch.people],
          scratch.ids,
        ]);
        expect([...numbers.numberOf]).toEqual([...scratch.numberOf]);
        expect(numbers.participantAt).toEqual(scratch.participantAt);
        expect(attendeesByNumber(decoded)).toEqual(decoded.events.map((e) => e.attendees));
        // A registration of someone new and of someone known, patched into the numbered decoded facts.
        const patched = patchFacts(decoded, {
          events: { ids: ["e-new"], rows: [event("e-new", activity, "2020-01-01", { attendees: ["p-new", known] })] },
        });
        expect(attendeesByNumber(patched)).toEqual(patched.events.map((e) => e.attendees));
      }),
      { numRuns: 100 },
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
