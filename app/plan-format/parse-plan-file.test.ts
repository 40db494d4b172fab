import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlanFile } from "./parse-plan-file";

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url), "utf8");

describe("parsePlanFile", () => {
  it("accepts a valid plan", () => {
    const result = parsePlanFile(fixture("mini-plan.yaml"));
    expect(result.ok).toBe(true);
  });

  it("reports shape errors with their paths", () => {
    const result = parsePlanFile(fixture("malformed-plan.yaml"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "slug",
        "kind",
        "focusAreas[0].activities[0].criteria[2].measure",
        "focusAreas[0].activities[0].criteria[2].targets[0].period",
      ]),
    );
    expect(result.problems.every((p) => p.message.length > 0)).toBe(true);
  });

  it("reports rule errors with their paths once the shape is right", () => {
    const text = fixture("malformed-plan.yaml")
      .replace("slug: Malformed Plan", "slug: malformed-plan")
      .replace("kind: masterplan", "kind: projekt")
      .replace("colour: blue ", "")
      .replace("2016Q5", "2016Q4");
    const result = parsePlanFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
    expect(byPath["partners[1].key"]).toMatch(/kommunen optræder to gange/);
    expect(byPath["focusAreas[0].activities[0].partners[0]"]).toMatch(/dansk-flygtningehjaelp/);
    expect(byPath["focusAreas[0].activities[0].criteria[0].targets"]).toBe(
      "Perioden 2016 optræder to gange. Angiv kun ét mål per periode.",
    );
    expect(byPath["focusAreas[0].activities[0].criteria[1].measure.courseType"]).toMatch(/mentor/);
    expect(byPath["focusAreas[0].activities[0].criteria[1].targets[0].period"]).toMatch(/uden for planens periode/);
    expect(result.problems).toHaveLength(5);
  });

  it("reports YAML syntax errors with their line", () => {
    const result = parsePlanFile("formatVersion: 1\nslug: [unclosed\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].path).toMatch(/^linje \d+/);
  });

  it("accepts JSON", () => {
    const result = parsePlanFile(
      JSON.stringify({
        formatVersion: 1,
        slug: "j",
        kind: "projekt",
        title: "J",
        owner: { name: "O" },
        period: { start: "2020-01-01", end: "2020-12-31" },
      }),
    );
    expect(result.ok).toBe(true);
  });

  it("rejects a plan whose end is before its start, and plan years beyond the plan", () => {
    const result = parsePlanFile(
      fixture("mini-plan.yaml").replace("end: 2020-12-31", "end: 2016-12-31").replace("PY2", "PY9"),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContain("period: Planens slutdato skal ligge efter startdatoen.");
  });
});
