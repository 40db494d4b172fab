import type { ActivityProfile } from "../demo-logbook-profiles";
import { counselling, fold } from "./words";

// How well an activity suits a need: the steps building the profiles pick the best-scoring one.

/** The activity in a scope that scores highest (the first one on a tie). */
export const best = (scope: ActivityProfile[], score: (p: ActivityProfile) => number): ActivityProfile => {
  let chosen = scope[0];
  let top = Number.NEGATIVE_INFINITY;
  for (const p of scope) {
    const s = score(p);
    if (s > top) {
      top = s;
      chosen = p;
    }
  }
  return chosen;
};
/** Activities logging named attendance score highest for criteria counting persons. */
export const namedScore = (p: ActivityProfile) => (p.mode === "named" || p.mode === "both" ? 3 : p.mode ? 1 : 0);
/** Activities that give advice (by their words) or already log contacts. */
export const counsellingScore = (p: ActivityProfile) =>
  (counselling.test(fold(`${p.key} ${p.activity.title}`)) ? 4 : 0) + (p.contacts ? 2 : 0);
/** Activities that meet persons by name: named attendance, courses, contacts, events. */
export const personsScore = (p: ActivityProfile) =>
  namedScore(p) + (p.courseTypes.length > 0 ? 2 : 0) + (p.contacts ? 2 : 0) + (p.eventTypes.size > 0 ? 1 : 0);
