import { describe, expect, it } from "vitest";
import { indexFacts } from "./fact-index";
import { patchFacts } from "./patch-facts";
import { emptyFacts, event, person } from "./test-support";

describe("person numbers", () => {
  const facts = emptyFacts({
    participants: [person("p-anna"), person("p-bo")],
    events: [
      event("e1", "a1", "2024-03-01", { attendees: ["p-bo", "p-anna"] }),
      event("e2", "a1", "2024-03-08", { attendees: [] }),
      // An attendee who is not among the participants (a record since removed) still gets a number.
      event("e3", "a2", "2024-04-01", { attendees: ["p-gone", "p-bo"] }),
    ],
  });

  it("numbers the participants first, then other attendees, and lays out each event's attendees in order", () => {
    const { count, offsets, people } = indexFacts(facts).personNumbers();
    expect(count).toBe(3);
    expect([...offsets]).toEqual([0, 2, 2, 4]);
    expect([...people]).toEqual([1, 0, 2, 1]);
  });

  it("is built once per facts object", () => {
    expect(indexFacts(facts).personNumbers()).toBe(indexFacts(facts).personNumbers());
  });

  it("carries the numbers on to patched facts: a person keeps its number, a new one gets the next", () => {
    const before = indexFacts(facts).personNumbers();
    const after = patchFacts(facts, {
      participants: { ids: ["p-cai"], rows: [person("p-cai")] },
      events: {
        ids: ["e0", "e2"],
        rows: [
          event("e0", "a1", "2024-02-01", { attendees: ["p-cai", "p-anna"] }),
          event("e2", "a1", "2024-03-08", { attendees: ["p-bo"] }),
        ],
      },
    });
    const numbers = indexFacts(after).personNumbers();
    expect(numbers.ids.slice(0, before.count)).toEqual(before.ids);
    expect(numbers.numberOf.get("p-cai")).toBe(3);
    // Every event's attendees, read back through the numbers, are its attendees (new and changed events too).
    for (const [i, e] of after.events.entries())
      expect(
        Array.from(numbers.people.subarray(numbers.offsets[i], numbers.offsets[i + 1]), (n) => numbers.ids[n]),
      ).toEqual(e.attendees);
    expect(numbers.participantAt[3]?.id).toBe("p-cai");
    // The earlier numbering is as it was: the new person went into a copy of its map and ids.
    expect(before.count).toBe(3);
    expect(before.ids).toEqual(["p-anna", "p-bo", "p-gone"]);
    expect(before.numberOf.has("p-cai")).toBe(false);
  });

  it("shares the earlier numbering when a write brings no one new, and orders events by date, ties as listed", () => {
    const before = indexFacts(facts).personNumbers();
    const after = patchFacts(facts, {
      events: { ids: ["e4"], rows: [event("e4", "a1", "2024-03-01", { attendees: ["p-anna"] })] },
    });
    const numbers = indexFacts(after).personNumbers();
    expect(numbers.numberOf).toBe(before.numberOf);
    const e4 = after.events.findIndex((e) => e.id === "e4");
    expect(Array.from(numbers.people.subarray(numbers.offsets[e4], numbers.offsets[e4 + 1]))).toEqual([0]);
    const order = Array.from(indexFacts(after).eventOrder, (at) => after.events[at].id);
    expect(order).toEqual(["e1", "e4", "e2", "e3"]);
  });
});
