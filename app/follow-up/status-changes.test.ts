import { describe, expect, it } from "vitest";
import type { Status } from "~/measures/status";
import { shareOfTarget, statusChanges } from "./status-changes";

const row = (key: string, status: Status) => ({ key, status });

describe("statusChanges", () => {
  it("puts the criteria that fell behind first, then those that caught up, then the rest", () => {
    const changes = statusChanges(
      [row("a", "paa-vej"), row("b", "bagud"), row("c", "ingen-data"), row("d", "opfyldt"), row("e", "paa-vej")],
      [row("a", "opfyldt"), row("b", "paa-vej"), row("c", "bagud"), row("d", "opfyldt"), row("e", "mangler-maal")],
    );
    expect(changes.map((c) => [c.row.key, c.change])).toEqual([
      ["c", "worse"],
      ["a", "better"],
      ["b", "better"],
      ["e", "other"],
    ]);
  });
  it("counts a criterion that was behind and is now not met as worse, and a new one as from no data", () => {
    expect(statusChanges([row("a", "bagud")], [row("a", "ikke-opfyldt"), row("n", "paa-vej")])).toMatchObject([
      { row: { key: "a" }, change: "worse" },
      { row: { key: "n" }, before: "ingen-data", change: "other" },
    ]);
  });
});

describe("shareOfTarget", () => {
  it("reads a target to go down the other way round", () => {
    expect(shareOfTarget({ actual: 5, target: 10, direction: "up" })).toBe(0.5);
    expect(shareOfTarget({ actual: 8, target: 4, direction: "down" })).toBe(0.5);
    expect(shareOfTarget({ actual: null, target: 4, direction: "down" })).toBeUndefined();
  });
});
