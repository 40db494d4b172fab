import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkPlan } from "./check-plan";
import { diffPlans } from "./diff-plans";
import {
  freshKey,
  locateActivity,
  moveActivity,
  removeActivity,
  reorderActivity,
  upsertActivity,
  upsertCriterion,
} from "./edit-plan";
import { parsePlanFile } from "./parse-plan-file";
import type { PlanFile } from "./plan";

const mini = (): PlanFile => {
  const r = parsePlanFile(readFileSync(new URL("../../tests/fixtures/mini-plan.yaml", import.meta.url), "utf8"));
  if (!r.ok) throw new Error("fixture");
  return r.plan;
};

describe("editing a plan", () => {
  it("adds, moves, reorders and removes activities, keeping the plan valid", () => {
    const plan = mini();
    upsertActivity(plan, { focusAreaKey: "fa" }, undefined, { key: "a2", title: "A2" });
    upsertActivity(plan, { focusAreaKey: "fa", parentKey: "a2" }, undefined, { key: "a21", title: "A21" });
    expect(locateActivity(plan, "a21")?.focusArea.key).toBe("fa");
    reorderActivity(plan, "a2", "up");
    expect(plan.focusAreas[0].activities.map((a) => a.key)).toEqual(["a2", "a1"]);
    moveActivity(plan, "a2", { focusAreaKey: "fa", parentKey: "a21" });
    expect(plan.focusAreas[0].activities.map((a) => a.key)).toEqual(["a2", "a1"]);
    moveActivity(plan, "a11", { focusAreaKey: "fa", parentKey: "a2" });
    expect(locateActivity(plan, "a2")?.activity.activities.map((a) => a.key)).toEqual(["a21", "a11"]);
    removeActivity(plan, "a1");
    expect(plan.budget?.lines[0].activity).toBeUndefined();
    // What removing a1 breaks is reported, not hidden: its course type was used by a11's criterion.
    expect(checkPlan(plan).map((p) => p.path)).toEqual([
      "focusAreas[0].activities[0].activities[1].criteria[0].measure.courseType",
    ]);
  });

  it("makes fresh keys from titles", () => {
    expect(freshKey("Lektiecafé for børn", ["lektiecafe-for-boern"])).toBe("lektiecafe-for-boern-2");
  });

  it("shows what changed between two versions", () => {
    const before = mini();
    const after = structuredClone(before);
    upsertActivity(after, { focusAreaKey: "fa" }, undefined, { key: "a3", title: "Ny aktivitet" });
    upsertCriterion(after, { kind: "activity", key: "a1" }, "c1", {
      ...before.focusAreas[0].activities[0].criteria[0],
      targets: [{ period: "2017", value: 45 }],
    });
    (after.budget?.lines[0].amounts[0] as { amount: number }).amount = 120;
    const diff = diffPlans(before, after);
    expect(diff.activities.added).toEqual([{ key: "a3", title: "Ny aktivitet" }]);
    expect(diff.criteria.targets).toEqual([{ key: "c1", text: "40 unge", period: "2017", from: "40", to: "45" }]);
    expect(diff.budget.amounts).toEqual([{ label: "L", year: 2017, from: 100, to: 120 }]);
    expect(diff.empty).toBe(false);
    expect(diffPlans(before, structuredClone(before)).empty).toBe(true);
  });
});
