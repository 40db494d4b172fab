import type { EventFact, LogbookFacts } from "./facts";
import { eventAttendance } from "./families/events";

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

const always = Object.assign(() => true, { active: false });

/** Participant ids as small integers, so distinct counts use a stamp array instead of sets of strings. */
function personNumbers(facts: LogbookFacts): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const p of facts.participants) numbers.set(p.id, numbers.size);
  for (const e of facts.events) for (const a of e.attendees) if (!numbers.has(a)) numbers.set(a, numbers.size);
  return numbers;
}

/**
 * The figures of every activity in every calendar year with events, in one pass over the events
 * (pure): what a portfolio or a benchmark asks for all at once, equal to computing the
 * participants, averageAttendance and events measures one activity and year at a time.
 */
export function activityYearFigures(facts: LogbookFacts): ActivityYearFigures[] {
  const groups = new Map<string, EventFact[]>();
  for (const e of facts.events) {
    const key = `${e.activityId}|${e.date.slice(0, 4)}`;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  const numbers = personNumbers(facts);
  const stamp = new Int32Array(numbers.size).fill(-1);
  const out: ActivityYearFigures[] = [];
  let group = 0;
  for (const [key, events] of groups) {
    let participants = 0;
    let sum = 0;
    let known = 0;
    const eventsByType: Record<string, number> = {};
    for (const e of events) {
      eventsByType[e.type] = (eventsByType[e.type] ?? 0) + 1;
      const n = eventAttendance(e, always, false);
      if (n !== null) {
        sum += n;
        known++;
      }
      for (const a of e.attendees) {
        const i = numbers.get(a) as number;
        if (stamp[i] !== group) {
          stamp[i] = group;
          participants++;
        }
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
