import { inArray } from "drizzle-orm";
import { noAreas, type PortfolioRow } from "~/portfolio/portfolio-row";
import { type Actor, can } from "../../auth/policy";
import type { Database } from "../../db/client";
import { planResources } from "../../db/repositories/access";
import { selectPlanSummaries } from "../../db/repositories/plans";
import { type KeptLine, keepPortfolioLines, readPortfolioLines } from "../../db/repositories/portfolio-lines";
import { logbookRevisions } from "../../db/schema";
import { logInternalError, userError } from "../../errors";
import { computeLine, currentLine, type LineAt, refreshLines, type Summary } from "./plan-lines";

/** What a portfolio reader narrows the plans by: kommune, plan kind and period ("plan" or a calendar year). */
export interface PortfolioFilters {
  municipality?: string;
  kind?: "helhedsplan" | "tryghedsplan" | "projekt";
  period: string;
}

/** How long a portfolio page may spend computing lines before it shows earlier ones (marked) instead. */
const defaultBudgetMs = 1_000;

/** The line of a plan still being computed: nothing counted yet (the page says so). */
const pendingLine: PortfolioRow = Object.freeze({ areas: noAreas(), reach: null, reachSuppressed: false });

/**
 * Every plan the actor may read målopfyldelse of, narrowed by the filters, each with its criteria by
 * LBF focus area and status and the people reached (small numbers hidden). Aggregates only: no person
 * appears. A plan's line is computed from its live figures and kept in the database
 * (`portfolio_lines`: for every server process and after a restart) until its logbook or the plan
 * changes or the day ends; the nightly job keeps the day's lines for every period. The page computes
 * for at most `budgetMs`; a plan not reached is shown as it was (marked with when) or as being
 * computed, and is computed in the background (decision 013j).
 */
export async function portfolioAttainment(
  db: Database,
  actor: Actor,
  filters: PortfolioFilters,
  today: string,
  { budgetMs = defaultBudgetMs }: { budgetMs?: number } = {},
) {
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
  const atOf = (s: Summary): LineAt => ({ revision: revisions.get(s.id) ?? 0, period: filters.period, today });
  // Current lines first; then the others while the page's time lasts: plans never computed for the
  // period before those whose line is of an earlier revision or day. A plan not reached in time is
  // shown as it was (marked with when), or as being computed when it has no line yet, and is
  // computed in the background.
  const started = performance.now();
  const found = new Map<string, PortfolioRow>();
  const missing: Summary[] = [];
  for (const s of chosen) {
    const line = currentLine(s, atOf(s), kept.get(s.id));
    if (line) found.set(s.id, line);
    else missing.push(s);
  }
  const computed: KeptLine[] = [];
  const behind: { s: Summary; at: LineAt }[] = [];
  for (const s of [...missing.filter((m) => !kept.has(m.id)), ...missing.filter((m) => kept.has(m.id))]) {
    if (performance.now() - started >= budgetMs) {
      behind.push({ s, at: atOf(s) });
      continue;
    }
    const line = await computeLine(db, actor, s, atOf(s));
    computed.push(line);
    found.set(s.id, line.line);
  }
  // Kept for every server process and the next start; a failure to keep them costs only a computation.
  await keepPortfolioLines(db, filters.period, computed).catch((error) => logInternalError(error));
  if (behind.length > 0) refreshLines(db, behind);
  const plans = chosen.map((s) => {
    const current = found.get(s.id);
    const before = current ? undefined : kept.get(s.id);
    return {
      slug: s.slug,
      title: s.title,
      kind: s.kind,
      municipality: s.municipality,
      ownerName: s.ownerName,
      ...(current ?? before?.line ?? pendingLine),
      /** When the line shown was computed, if it is an earlier one being computed again (else null). */
      earlierFrom: before ? (before.madeAt ?? null) : null,
      /** No line yet: being computed in the background. */
      pending: !current && !before,
    };
  });
  const first = Math.min(...readable.map((s) => Number(s.periodStart.slice(0, 4))));
  const last = Math.max(...readable.map((s) => Number(s.periodEnd.slice(0, 4))));
  const years = readable.length === 0 ? [] : Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  return { plans, municipalities, years, readable: readable.length, filters, updating: behind.length };
}

export type PortfolioView = Awaited<ReturnType<typeof portfolioAttainment>>;
