import { inArray } from "drizzle-orm";
import { computeMeasure } from "~/measures/compute-measure";
import { minDate } from "~/measures/dates";
import { periodInPlan } from "~/plan-format/periods";
import { type PortfolioRow, portfolioRow } from "~/portfolio/portfolio-row";
import { type Actor, can } from "../../auth/policy";
import type { Database } from "../../db/client";
import { planResources } from "../../db/repositories/access";
import { selectPlanSummaries } from "../../db/repositories/plans";
import { type KeptLine, keepPortfolioLines, readPortfolioLines } from "../../db/repositories/portfolio-lines";
import { logbookRevisions } from "../../db/schema";
import { logInternalError, userError } from "../../errors";
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

/** Forgets the lines held in memory for the database, as a server that starts (tests and benchmarks). */
export function forgetPortfolioLines(db: Database) {
  lines.delete(db);
}

/**
 * The plan's line: from memory, else as kept in the database, while neither its logbook nor the
 * plan changed and it is as of the same day; else computed live (and added to `computed`, to be
 * kept). It is kept under the revision of the figures it was computed from, which may be an earlier
 * one than `revision` when the catch-up took too long (then it is computed again next time).
 */
async function lineOf(
  db: Database,
  actor: Actor,
  s: Summary,
  at: { revision: number; period: string; today: string; kept: KeptLine | undefined },
  computed: KeptLine[],
) {
  const { revision, period, today, kept } = at;
  const keyOf = (r: number) => `${s.id}@${r}@${s.contentRevision}|${period}|${today}`;
  const cache = linesOf(db);
  const hit = cache.get(keyOf(revision));
  if (hit) return hit;
  const remember = (r: number, line: PortfolioRow) => {
    if (cache.size >= maxLines) cache.delete(cache.keys().next().value as string);
    cache.set(keyOf(r), line);
  };
  if (kept && kept.revision === revision && kept.contentRevision === s.contentRevision && kept.asOf === today) {
    remember(revision, kept.line);
    return kept.line;
  }
  const { plan, planId } = await getPlan(db, actor, s.slug, "attainment.read");
  const live = await liveFacts(db, planId);
  const range = periodInPlan(period, plan.period);
  const reach =
    today < range.start
      ? 0
      : (computeMeasure({ kind: "participants" }, live.facts, { ...range, end: minDate(range.end, today) }).value ?? 0);
  const line = portfolioRow(plan, attainmentOf(live, plan, period, today), reach);
  remember(live.revision, line);
  computed.push({ planId, asOf: today, revision: live.revision, contentRevision: s.contentRevision, line });
  return line;
}

/**
 * Every plan the actor may read målopfyldelse of, narrowed by the filters, each with its criteria by
 * LBF focus area and status and the people reached (small numbers hidden). Aggregates only: no person
 * appears. A plan's line is computed from its live figures and kept, in memory and in the database
 * (`portfolio_lines`: for every server process and after a restart), until its logbook or the plan
 * changes or the day ends; the nightly job keeps the day's lines for the whole plan.
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
  const ids = chosen.map((s) => s.id);
  const [revisionRows, kept] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .select({ planId: logbookRevisions.planId, revision: logbookRevisions.revision })
          .from(logbookRevisions)
          .where(inArray(logbookRevisions.planId, ids)),
    readPortfolioLines(db, ids, filters.period),
  ]);
  const revisions = new Map(revisionRows.map((r) => [r.planId, r.revision]));
  const computed: KeptLine[] = [];
  const plans = [];
  for (const s of chosen) {
    const line = await lineOf(
      db,
      actor,
      s,
      { revision: revisions.get(s.id) ?? 0, period: filters.period, today, kept: kept.get(s.id) },
      computed,
    );
    plans.push({
      slug: s.slug,
      title: s.title,
      kind: s.kind,
      municipality: s.municipality,
      ownerName: s.ownerName,
      ...line,
    });
  }
  // Kept for every server process and the next start; a failure to keep them costs only a computation.
  await keepPortfolioLines(db, filters.period, computed).catch((error) => logInternalError(error));
  const first = Math.min(...readable.map((s) => Number(s.periodStart.slice(0, 4))));
  const last = Math.max(...readable.map((s) => Number(s.periodEnd.slice(0, 4))));
  const years = readable.length === 0 ? [] : Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  return { plans, municipalities, years, readable: readable.length, filters };
}

export type PortfolioView = Awaited<ReturnType<typeof portfolioAttainment>>;
