import { computeMeasure } from "~/measures/compute-measure";
import { minDate } from "~/measures/dates";
import { periodInPlan } from "~/plan-format/periods";
import { type PortfolioRow, portfolioRow } from "~/portfolio/portfolio-row";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import type { selectPlanSummaries } from "../../db/repositories/plans";
import { type KeptLine, keepPortfolioLines } from "../../db/repositories/portfolio-lines";
import { logInternalError } from "../../errors";
import { attainmentOf, liveFacts } from "../attainment/live-logbook";
import { getPlan } from "../plans/get-plan";

/** A plan as the portfolio lists it. */
export type Summary = Awaited<ReturnType<typeof selectPlanSummaries>>[number];

/** What a plan's line is for: its logbook revision now, the period and the day. */
export interface LineAt {
  revision: number;
  period: string;
  today: string;
}

/**
 * The plan's line as kept in the database if it is current: neither its logbook nor the plan changed
 * since it was computed, and it is as of the same day.
 */
export function currentLine(s: Summary, at: LineAt, kept: KeptLine | undefined): PortfolioRow | null {
  const current =
    kept && kept.revision === at.revision && kept.contentRevision === s.contentRevision && kept.asOf === at.today;
  return current ? kept.line : null;
}

/**
 * The plan's line computed from its live figures, with what it was computed from, to be kept in the
 * database: under the revision of the figures it was computed from, which may be an earlier one
 * than asked when the catch-up took too long (then it is computed again next time).
 */
export async function computeLine(db: Database, actor: Actor, s: Summary, at: LineAt): Promise<KeptLine> {
  const { plan, planId } = await getPlan(db, actor, s.slug, "attainment.read");
  const live = await liveFacts(db, planId);
  const range = periodInPlan(at.period, plan.period);
  const reach =
    at.today < range.start
      ? 0
      : (computeMeasure({ kind: "participants" }, live.facts, { ...range, end: minDate(range.end, at.today) }).value ??
        0);
  const line = portfolioRow(plan, attainmentOf(live, plan, at.period, at.today), reach);
  return { planId, asOf: at.today, revision: live.revision, contentRevision: s.contentRevision, line };
}

/** Per database: the lines being computed in the background, by plan and period, and the run doing it. */
const refreshing = new WeakMap<object, { queued: Map<string, { s: Summary; at: LineAt }>; run: Promise<void> }>();

/**
 * Computes the plans' lines in the background, one plan at a time, keeping each in the database
 * as it is done: the portfolio showed their earlier lines (marked) to stay within its time. A line
 * does not depend on who reads it; the system computes it. A plan already queued is not queued again.
 */
export function refreshLines(db: Database, plans: { s: Summary; at: LineAt }[]) {
  let state = refreshing.get(db);
  if (!state) {
    const queued = new Map<string, { s: Summary; at: LineAt }>();
    const fresh: { queued: typeof queued; run: Promise<void> } = { queued, run: Promise.resolve() };
    fresh.run = (async () => {
      // Started on the next turn, so the page that asked is answered first.
      await new Promise((r) => setImmediate(r));
      for (const [key, { s, at }] of queued) {
        try {
          const line = await computeLine(db, { kind: "system", reason: "portfolio-lines" }, s, at);
          await keepPortfolioLines(db, at.period, [line]);
        } catch (error) {
          logInternalError(error);
        }
        queued.delete(key);
      }
      refreshing.delete(db);
    })();
    state = fresh;
    refreshing.set(db, state);
  }
  for (const p of plans) state.queued.set(`${p.s.id}|${p.at.period}`, p);
}

/** The background computation of lines under way for the database, if any (tests wait for it). */
export function linesRefreshing(db: Database): Promise<void> {
  return refreshing.get(db)?.run ?? Promise.resolve();
}
