import { carryIndex } from "./fact-index";
import type { LogbookFacts } from "./facts";

/** The record lists of the facts that are kept by id and patched row by row. */
export type RecordList =
  | "participants"
  | "events"
  | "courses"
  | "contacts"
  | "referrals"
  | "assessments"
  | "volunteerHours";

/** The record lists, in the order the facts hold them. */
export const recordLists: readonly RecordList[] = [
  "participants",
  "events",
  "courses",
  "contacts",
  "referrals",
  "assessments",
  "volunteerHours",
];

/** Lists read whole again when anything in them changed (few rows: entered figures, milestones). */
export type WholeList = "values" | "seriesValues" | "milestones";

/**
 * What changed since the facts were read: per record list, the ids that changed and their rows as
 * they are now (an id without a row was removed); whole lists read again.
 */
export type FactsPatch = {
  [K in RecordList]?: { ids: readonly string[]; rows: LogbookFacts[K] };
} & { [K in WholeList]?: LogbookFacts[K] };

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The list with the changed ids replaced by their current rows, in id order (the order the
 * database reads them in, so a patched list equals one read from scratch).
 */
export function replaceRows<T extends { id: string }>(
  list: readonly T[],
  ids: readonly string[],
  rows: readonly T[],
): T[] {
  const changed = new Set(ids);
  for (const r of rows) changed.add(r.id);
  const kept = list.filter((r) => !changed.has(r.id));
  const added = [...rows].sort(byId);
  const out: T[] = new Array(kept.length + added.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < kept.length || j < added.length) {
    if (j >= added.length || (i < kept.length && kept[i].id < added[j].id)) out[k++] = kept[i++];
    else out[k++] = added[j++];
  }
  return out;
}

/**
 * New facts with the patch applied (pure): unchanged lists are shared with the old facts, so a
 * registration costs a pass over the lists it touched, not a new read of the logbook.
 */
export function patchFacts(facts: LogbookFacts, patch: FactsPatch): LogbookFacts {
  const next: LogbookFacts = { ...facts };
  for (const name of recordLists) {
    const p = patch[name];
    // The cast is safe: each list is replaced by rows of its own type.
    if (p) (next as Record<RecordList, unknown>)[name] = replaceRows<{ id: string }>(facts[name], p.ids, p.rows);
  }
  if (patch.values) next.values = patch.values;
  if (patch.seriesValues) next.seriesValues = patch.seriesValues;
  if (patch.milestones) next.milestones = patch.milestones;
  carryIndex(facts, next);
  return next;
}
