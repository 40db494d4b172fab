import { describe, expect, it } from "vitest";
import { indexFacts } from "./fact-index";
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
});
