import { keptIn } from "~/memo";
import type { EventFact, LogbookFacts, ParticipantFact } from "./facts";

/** The kinds of logbook record a person can appear in; "new in the period" is judged per kind. */
export type RecordKind = "events" | "contacts" | "courses" | "referrals" | "assessments" | "volunteers";

/**
 * Look-ups built once per facts object (and cached), so computing every criterion of a plan
 * reads each list a fixed number of times.
 */
export interface FactIndex {
  participants: ReadonlyMap<string, ParticipantFact>;
  /** The events sorted by date, their positions in `facts.events` and their dates in the same order (for binary search). */
  eventsByDate: readonly EventFact[];
  eventOrder: Int32Array;
  eventDates: readonly string[];
  /** Activity id → ids of its direct sub-activities. */
  children: ReadonlyMap<string, readonly string[]>;
  /** Activity key → id. */
  activityIdByKey: ReadonlyMap<string, string>;
  /** The date a person first appears in records of the given kinds anywhere in the plan. */
  firstSeen(kinds: readonly RecordKind[]): ReadonlyMap<string, string>;
  /** The same dates by person number (see personNumbers). */
  firstSeenByNumber(kinds: readonly RecordKind[]): readonly (string | undefined)[];
  /** Every person numbered, and every event's attendees as those numbers (built on first use). */
  personNumbers(): PersonNumbers;
}

/**
 * The persons of a logbook as small integers 0 … count − 1 (participants first, then attendees not
 * among them), and the attendees of `facts.events[i]` as `people[offsets[i]] … people[offsets[i + 1] − 1]`:
 * columns of numbers, so distinct counts use a stamp array instead of sets of id strings.
 */
export interface PersonNumbers {
  count: number;
  offsets: Int32Array;
  people: Int32Array;
  /** Number → the person's id, and back. */
  ids: readonly string[];
  numberOf: ReadonlyMap<string, number>;
  /** Number → the participant record (undefined for an attendee unknown among the participants). */
  participantAt: readonly (ParticipantFact | undefined)[];
}

const cache = new WeakMap<LogbookFacts, FactIndex>();
/** Per participants list: the participants by id. Per record list: each person's first date in it. */
const participantsById = new WeakMap<readonly ParticipantFact[], ReadonlyMap<string, ParticipantFact>>();
const firstSeenIn = new WeakMap<readonly object[], Map<string, string>>();
/** The person numbers of facts where they were made (read without making them). */
const numbered = new WeakMap<LogbookFacts, Numbering>();

/** The index of a facts object; built on first use and kept while the facts object lives. */
export function indexFacts(facts: LogbookFacts): FactIndex {
  const cached = cache.get(facts);
  if (cached) return cached;
  const participants = keptIn(participantsById, facts.participants, () => {
    // Set one by one: building from a list of [id, participant] pairs makes 50,000 pairs first.
    const byId = new Map<string, ParticipantFact>();
    for (const p of facts.participants) byId.set(p.id, p);
    return byId;
  });
  const events = facts.events;
  const eventOrder = Int32Array.from(events.keys()).sort((a, b) =>
    events[a].date < events[b].date ? -1 : events[a].date > events[b].date ? 1 : a - b,
  );
  const eventsByDate = Array.from(eventOrder, (at) => events[at]);
  const eventDates = eventsByDate.map((e) => e.date);
  const children = new Map<string, string[]>();
  const activityIdByKey = new Map<string, string>();
  for (const a of facts.activities) {
    activityIdByKey.set(a.key, a.id);
    if (a.parentId === null) continue;
    const list = children.get(a.parentId);
    if (list) list.push(a.id);
    else children.set(a.parentId, [a.id]);
  }
  const combined = new Map<string, Map<string, string>>();
  // Kept per record list: patched facts share the lists a write did not touch, and their dates.
  const ofKind = (kind: RecordKind) => keptIn(firstSeenIn, listOf(facts, kind), () => firstSeenOf(facts, kind));
  let numbers: Numbering | undefined;
  const byNumber = new Map<string, (string | undefined)[]>();
  const index: FactIndex = {
    personNumbers: () => {
      // Carried on from the facts these were patched from, where those were numbered.
      const from = patchedFrom.get(facts);
      numbers ??= numberingOf(facts) ?? numberPersons(facts, from && numberingOf(from));
      numbered.set(facts, numbers);
      return numbers;
    },
    firstSeenByNumber(kinds) {
      const name = [...kinds].sort().join("+");
      let list = byNumber.get(name);
      if (!list) {
        const { numberOf, count } = index.personNumbers();
        list = new Array<string | undefined>(count);
        for (const [id, date] of index.firstSeen(kinds)) {
          const n = numberOf.get(id);
          if (n !== undefined) list[n] = date;
        }
        byNumber.set(name, list);
      }
      return list;
    },
    participants,
    eventsByDate,
    eventOrder,
    eventDates,
    children,
    activityIdByKey,
    firstSeen(kinds) {
      if (kinds.length === 1) return ofKind(kinds[0]);
      const name = [...kinds].sort().join("+");
      let map = combined.get(name);
      if (!map) {
        map = new Map();
        for (const kind of kinds) for (const [id, date] of ofKind(kind)) earliest(map, id, date);
        combined.set(name, map);
      }
      return map;
    },
  };
  cache.set(facts, index);
  return index;
}

/** The columns of person numbers without their look-ups (what decoding the snapshot gives, see offerPersonNumbers). */
export type PersonColumns = Pick<PersonNumbers, "offsets" | "people"> & { ids: string[] };

/** Person numbers made where the facts were made (decoded from a snapshot), taken up on first use. */
const offered = new WeakMap<LogbookFacts, PersonColumns>();

/**
 * Gives the facts' person numbers as their maker laid them out: numbered as `numberPersons` numbers
 * them (participants first in list order, then other attendees as they first appear in event
 * order), so the index need not look up every attendance's id.
 */
export function offerPersonNumbers(facts: LogbookFacts, columns: PersonColumns) {
  offered.set(facts, columns);
}

/** Person numbers with what carries them on to patched facts: the numbering they belong to. */
interface Numbering extends PersonNumbers {
  /** The same for numbers carried on from earlier facts (a number, once given, never changes in it). */
  lineage: object;
}

/** Facts made by patching others, and those others (see carryIndex). */
const patchedFrom = new WeakMap<LogbookFacts, LogbookFacts>();
/**
 * Where each event's attendees lie as numbers of a numbering (`people[at …]`), kept with the
 * event: patched facts share unchanged events and copy their numbers from there.
 */
const eventNumbers = new WeakMap<object, { lineage: object; people: Int32Array; at: number }>();

/**
 * Notes that `to` was made by patching `from` (patchFacts): its person numbers carry on those of
 * `from` where they were made, so a registration numbers only its own attendees, not every
 * attendance of the plan again.
 */
export function carryIndex(from: LogbookFacts, to: LogbookFacts) {
  patchedFrom.set(to, from);
}

function numberPersons(facts: LogbookFacts, base: Numbering | undefined): Numbering {
  // The base's map and ids are shared until a person new to them appears (then copied once): a
  // registration of people numbered before copies nothing. The base's are never changed.
  let number = (base?.numberOf as Map<string, number> | undefined) ?? new Map<string, number>();
  let ids = (base?.ids as string[] | undefined) ?? [];
  let shared = base !== undefined;
  const lineage = base?.lineage ?? {};
  const numberOf = (id: string) => {
    let n = number.get(id);
    if (n === undefined) {
      if (shared) [number, ids, shared] = [new Map(number), [...ids], false];
      n = ids.length;
      number.set(id, n);
      ids.push(id);
    }
    return n;
  };
  const participantAt: ParticipantFact[] = [];
  for (const p of facts.participants) participantAt[numberOf(p.id)] = p;
  const offsets = new Int32Array(facts.events.length + 1);
  let total = 0;
  for (const [i, e] of facts.events.entries()) {
    offsets[i] = total;
    total += e.attendees.length;
  }
  offsets[facts.events.length] = total;
  const people = new Int32Array(total);
  for (const [i, e] of facts.events.entries()) {
    const at = offsets[i];
    const length = e.attendees.length;
    const kept = eventNumbers.get(e);
    if (kept?.lineage === lineage) {
      for (let k = 0; k < length; k++) people[at + k] = kept.people[kept.at + k];
      continue;
    }
    for (let k = 0; k < length; k++) people[at + k] = numberOf(e.attendees[k]);
    // Where this event's numbers lie, for patched facts that share the event: in this column when
    // the whole logbook is numbered, in a copy of their own when a write numbers a few events (a
    // column per write would otherwise be kept alive by the events it numbered).
    eventNumbers.set(e, base ? { lineage, people: people.slice(at, at + length), at: 0 } : { lineage, people, at });
  }
  return { count: ids.length, offsets, people, ids, numberOf: number, participantAt, lineage };
}

/** The facts' numbering where it was made, or made from the numbers offered for them (then kept). */
function numberingOf(facts: LogbookFacts): Numbering | undefined {
  const made = numbered.get(facts);
  if (made) return made;
  const columns = offered.get(facts);
  if (!columns) return undefined;
  const taken = takeUp(facts, columns);
  numbered.set(facts, taken);
  return taken;
}

/** Offered numbers made whole: the look-ups, and where each event's numbers lie for facts patched from these. */
function takeUp(facts: LogbookFacts, { ids, offsets, people }: PersonColumns): Numbering {
  const lineage = {};
  const numberOf = new Map<string, number>();
  for (let n = 0; n < ids.length; n++) numberOf.set(ids[n], n);
  // Participants with distinct ids are numbered 0 … n − 1 in list order (the same string objects).
  const { participants, events } = facts;
  const inOrder = participants.every((p, i) => ids[i] === p.id);
  const participantAt: ParticipantFact[] = inOrder ? participants.slice() : [];
  if (!inOrder) for (const p of participants) participantAt[numberOf.get(p.id) as number] = p;
  for (let i = 0; i < events.length; i++) eventNumbers.set(events[i], { lineage, people, at: offsets[i] });
  return { count: ids.length, offsets, people, ids, numberOf, participantAt, lineage };
}

function earliest(map: Map<string, string>, id: string, date: string) {
  const seen = map.get(id);
  if (seen === undefined || date < seen) map.set(id, date);
}

/** The record list a kind of first appearance is read from. */
function listOf(facts: LogbookFacts, kind: RecordKind): readonly object[] {
  return kind === "volunteers" ? facts.volunteerHours : facts[kind];
}

function firstSeenOf(facts: LogbookFacts, kind: RecordKind): Map<string, string> {
  const map = new Map<string, string>();
  switch (kind) {
    case "events":
      for (const e of facts.events) for (const p of e.attendees) earliest(map, p, e.date);
      break;
    case "contacts":
      for (const c of facts.contacts) if (c.participantId !== null) earliest(map, c.participantId, c.date);
      break;
    case "courses":
      for (const c of facts.courses) earliest(map, c.participantId, c.startDate);
      break;
    case "referrals":
      for (const r of facts.referrals) if (r.participantId !== null) earliest(map, r.participantId, r.date);
      break;
    case "assessments":
      for (const a of facts.assessments) earliest(map, a.participantId, a.date);
      break;
    case "volunteers":
      for (const v of facts.volunteerHours) earliest(map, v.participantId, v.date);
      break;
  }
  return map;
}

/** The first index in a sorted list of ISO dates whose date is on or after `date`. */
export function lowerBound(dates: readonly string[], date: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid] < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
