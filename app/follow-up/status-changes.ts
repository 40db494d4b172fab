import type { Status } from "~/measures/status";

/** How far from its target a status is: met first, not met last; no figure or no target is not ranked. */
const rank: Partial<Record<Status, number>> = { opfyldt: 0, "paa-vej": 1, bagud: 2, "ikke-opfyldt": 3 };

/** Whether a status means the criterion is behind: bagud while the period runs, ikke opfyldt after it. */
export const isBehind = (s: Status) => s === "bagud" || s === "ikke-opfyldt";

export interface StatusChange<T> {
  row: T;
  before: Status;
  after: Status;
  /** worse: fell behind or further behind; better: caught up; other: a figure or target came or went. */
  change: "worse" | "better" | "other";
}

/**
 * The criteria whose status changed between two dates (the last meeting and this one), the ones
 * that fell behind first.
 *
 * @example statusChanges(before, after) // → [{ row, before: "paa-vej", after: "bagud", change: "worse" }]
 */
export function statusChanges<T extends { key: string; status: Status }>(before: T[], after: T[]): StatusChange<T>[] {
  const then = new Map(before.map((r) => [r.key, r.status]));
  const order = { worse: 0, better: 1, other: 2 };
  return after
    .flatMap((row) => {
      const was = then.get(row.key) ?? "ingen-data";
      if (was === row.status) return [];
      const from = rank[was];
      const to = rank[row.status];
      const change: StatusChange<T>["change"] =
        isBehind(row.status) && !isBehind(was)
          ? "worse"
          : from === undefined || to === undefined
            ? "other"
            : to > from
              ? "worse"
              : "better";
      return [{ row, before: was, after: row.status, change }];
    })
    .sort((a, b) => order[a.change] - order[b.change]);
}

/**
 * How much of its target a criterion has reached (1 = met), for ordering the ones furthest behind;
 * a target to go down is reached when the figure is at most the target.
 */
export function shareOfTarget(r: { actual: number | null; target: number | null; direction: "up" | "down" }) {
  if (r.actual === null || r.target === null) return undefined;
  if (r.direction === "up") return r.target === 0 ? 1 : r.actual / r.target;
  return r.actual === 0 ? 1 : r.target / r.actual;
}
