import { indexFacts } from "./fact-index";
import type { LogbookFacts } from "./facts";
import { eventAttendance } from "./families/events";
import { everyone } from "./scope";

/** Three figures of one activity (itself, not its sub-activities) in one calendar year. */
export interface ActivityYearFigures {
  activityId: string;
  year: number;
  /** Distinct participants named at its events (the `participants` measure with `source: events`). */
  participants: number;
  /** Attendance ÷ events whose attendance is known (the `averageAttendance` measure); null when none is known. */
  averageAttendance: number | null;
  /** Its events by type (the `events` measure per event type). */
  eventsByType: Record<string, number>;
}

/**
 * The figures of every activity in every calendar year with events, in one pass over the events
 * (pure): what a portfolio or a benchmark asks for all at once, equal to computing the
 * participants, averageAttendance and events measures one activity and year at a time.
 */
export function activityYearFigures(facts: LogbookFacts): ActivityYearFigures[] {
  // Events by activity and year, as their places in facts.events (the person numbers' order).
  const groups = new Map<string, number[]>();
  for (const [i, e] of facts.events.entries()) {
    const key = `${e.activityId}|${e.date.slice(0, 4)}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  }
  const numbers = indexFacts(facts).personNumbers();
  const { count, offsets, people } = numbers;
  const stamp = new Int32Array(count).fill(-1);
  const out: ActivityYearFigures[] = [];
  let group = 0;
  for (const [key, events] of groups) {
    let participants = 0;
    let sum = 0;
    let known = 0;
    const eventsByType: Record<string, number> = {};
    for (const i of events) {
      const e = facts.events[i];
      eventsByType[e.type] = (eventsByType[e.type] ?? 0) + 1;
      const n = eventAttendance(e, everyone, false, numbers, i);
      if (n !== null) {
        sum += n;
        known++;
      }
      for (let k = offsets[i]; k < offsets[i + 1]; k++)
        if (stamp[people[k]] !== group) {
          stamp[people[k]] = group;
          participants++;
        }
    }
    const [activityId, year] = key.split("|");
    out.push({
      activityId,
      year: Number(year),
      participants,
      averageAttendance: known === 0 ? null : sum / known,
      eventsByType,
    });
    group++;
  }
  return out;
}
