import type { AttainmentRow } from "~/measures/attainment";
import type { Status } from "~/measures/status";
import type { PlanFile } from "~/plan-format/plan";
import { type LbfArea, lbfAreaOf, lbfAreas } from "./lbf-areas";

/** How many criteria of a plan's focus areas under one LBF area stand at each status. */
export interface AreaCounts {
  criteria: number;
  byStatus: Partial<Record<Status, number>>;
}

/** One plan's line in the portfolio: criteria by LBF area and status, and the people reached. Aggregates only. */
export interface PortfolioRow {
  areas: Record<LbfArea, AreaCounts>;
  /** Distinct participants in the period; null when fewer than the suppression threshold (shown as "<5"). */
  reach: number | null;
  reachSuppressed: boolean;
}

/** Plan-level criteria (no focus area) count under "andet". */
export function portfolioRow(plan: PlanFile, rows: AttainmentRow[], reach: number, threshold = 5): PortfolioRow {
  const areaOf = new Map(plan.focusAreas.map((f) => [f.key, lbfAreaOf(f)]));
  const areas = noAreas();
  for (const r of rows) {
    const area = (r.owner.focusAreaKey && areaOf.get(r.owner.focusAreaKey)) || "andet";
    const counts = areas[area];
    counts.criteria++;
    counts.byStatus[r.status] = (counts.byStatus[r.status] ?? 0) + 1;
  }
  const small = reach > 0 && reach < threshold;
  return { areas, reach: small ? null : reach, reachSuppressed: small };
}

/** Every LBF area with no criteria counted (a plan's line before any row is added, or one not computed yet). */
export function noAreas(): Record<LbfArea, AreaCounts> {
  return Object.fromEntries(lbfAreas.map((a) => [a, { criteria: 0, byStatus: {} }])) as Record<LbfArea, AreaCounts>;
}
