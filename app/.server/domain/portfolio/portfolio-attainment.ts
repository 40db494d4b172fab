import { inArray } from "drizzle-orm";
import { computeMeasure } from "~/measures/compute-measure";
import { minDate } from "~/measures/dates";
import { periodInPlan } from "~/plan-format/periods";
import { type PortfolioRow, portfolioRow } from "~/portfolio/portfolio-row";
import { type Actor, can } from "../../auth/policy";
import type { Database } from "../../db/client";
import { planResources } from "../../db/repositories/access";
import { selectPlanSummaries } from "../../db/repositories/plans";
import { logbookRevisions } from "../../db/schema";
import { userError } from "../../errors";
import { attainmentOf, liveFacts } from "../attainment/live-logbook";
import { getPlan } from "../plans/get-plan";

/** What a portfolio reader narrows the plans by: kommune, plan kind and period ("plan" or a calendar year). */
export interface PortfolioFilters {
  municipality?: string;
  kind?: "helhedsplan" | "tryghedsplan" | "projekt";
  period: string;
}

type Summary = Awaited<ReturnType<typeof selectPlanSummaries>>[number];

/** Each plan's line, per plan, logbook revision, plan change, period and day: a few hundred bytes each. */
const lines = new WeakMap<object, Map<string, PortfolioRow>>();
const maxLines = 20_000;

function linesOf(db: Database) {
  let map = lines.get(db);
  if (!map) {
    map = new Map();
    lines.set(db, map);
  }
  return map;
}

/** The plan's line: from memory while neither its logbook nor the plan changed, else computed live. */
async function lineOf(db: Database, actor: Actor, s: Summary, revision: number, period: string, today: string) {
  const key = `${s.id}@${revision}@${s.contentRevision}|${period}|${today}`;
  const cache = linesOf(db);
  const hit = cache.get(key);
  if (hit) return hit;
  const { plan, planId } = await getPlan(db, actor, s.slug, "attainment.read");
  const live = await liveFacts(db, planId);
  const range = periodInPlan(period, plan.period);
  const reach =
    today < range.start
      ? 0
      : (computeMeasure({ kind: "participants" }, live.facts, { ...range, end: minDate(range.end, today) }).value ?? 0);
  const line = portfolioRow(plan, attainmentOf(live, plan, period, today), reach);
  if (cache.size >= maxLines) cache.delete(cache.keys().next().value as string);
  cache.set(key, line);
  return line;
}

/**
 * Every plan the actor may read målopfyldelse of, narrowed by the filters, each with its criteria by
 * LBF focus area and status and the people reached (small numbers hidden). Aggregates only: no person
 * appears. A plan's line is computed from its live figures and kept until its logbook or plan changes.
 */
export async function portfolioAttainment(db: Database, actor: Actor, filters: PortfolioFilters, today: string) {
  if (filters.period !== "plan" && !/^\d{4}$/.test(filters.period))
    throw userError("bad-period", "portfolioPeriodUnknown", { params: { period: filters.period } });
  const [summaries, resources] = await Promise.all([selectPlanSummaries(db), planResources(db)]);
  const readable = summaries.filter((s) => {
    const resource = resources.get(s.id);
    return resource !== undefined && can(actor, "attainment.read", resource);
  });
  const municipalities = [...new Set(readable.flatMap((s) => (s.municipality ? [s.municipality] : [])))].sort();
  const year = filters.period === "plan" ? null : filters.period;
  const chosen = readable.filter(
    (s) =>
      (!filters.municipality || s.municipality === filters.municipality) &&
      (!filters.kind || s.kind === filters.kind) &&
      (year === null || (s.periodStart <= `${year}-12-31` && s.periodEnd >= `${year}-01-01`)),
  );
  const revisions = new Map(
    chosen.length === 0
      ? []
      : (
          await db
            .select({ planId: logbookRevisions.planId, revision: logbookRevisions.revision })
            .from(logbookRevisions)
            .where(
              inArray(
                logbookRevisions.planId,
                chosen.map((s) => s.id),
              ),
            )
        ).map((r) => [r.planId, r.revision]),
  );
  const plans = [];
  for (const s of chosen) {
    const line = await lineOf(db, actor, s, revisions.get(s.id) ?? 0, filters.period, today);
    plans.push({
      slug: s.slug,
      title: s.title,
      kind: s.kind,
      municipality: s.municipality,
      ownerName: s.ownerName,
      ...line,
    });
  }
  const first = Math.min(...readable.map((s) => Number(s.periodStart.slice(0, 4))));
  const last = Math.max(...readable.map((s) => Number(s.periodEnd.slice(0, 4))));
  const years = readable.length === 0 ? [] : Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  return { plans, municipalities, years, readable: readable.length, filters };
}

export type PortfolioView = Awaited<ReturnType<typeof portfolioAttainment>>;
