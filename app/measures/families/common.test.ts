import { describe, expect, it } from "vitest";
import { pick, scoped, scopedCourses } from "./common";

const courses = [
  { id: "c1", activityId: "a", courseType: "job" },
  { id: "c2", activityId: "b", courseType: "mentor" },
  { id: "c3", activityId: "a", courseType: "mentor" },
  { id: "c4", activityId: "c", courseType: "job" },
  { id: "c5", activityId: "b", courseType: "job" },
];
const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);

describe("records by scope (look-ups kept per list)", () => {
  it("gives the scope's records in the list's own order, whatever the order of the scope's activities", () => {
    expect(ids(scoped(courses, { activityIds: new Set(["b", "a"]) }))).toEqual(["c1", "c2", "c3", "c5"]);
    expect(ids(scoped(courses, { activityIds: new Set(["c"]) }))).toEqual(["c4"]);
    expect(ids(scoped(courses, { activityIds: new Set(["unknown"]) }))).toEqual([]);
    expect(scoped(courses, { activityIds: null })).toBe(courses);
  });

  it("narrows the whole plan by course type, and a scoped one by its activities", () => {
    expect(ids(scopedCourses(courses, { activityIds: null }, new Set(["job"])))).toEqual(["c1", "c4", "c5"]);
    expect(ids(scopedCourses(courses, { activityIds: new Set(["a"]) }, new Set(["job"])))).toEqual(["c1", "c3"]);
    expect(scopedCourses(courses, { activityIds: null })).toBe(courses);
  });

  it("builds its look-up per list, so a patched list (a new array) is looked up anew", () => {
    expect(ids(pick(courses, "activityId", ["a"]))).toEqual(["c1", "c3"]);
    const patched = [...courses, { id: "c6", activityId: "a", courseType: "job" }];
    expect(ids(pick(patched, "activityId", ["a"]))).toEqual(["c1", "c3", "c6"]);
    expect(ids(pick(courses, "activityId", ["a"]))).toEqual(["c1", "c3"]);
  });
});
