import { getI18n, type Language } from "~/i18n";
import type { AttainmentRow } from "~/measures/attainment";
import { keptIn, objectId } from "~/memo";
import { describeMeasure } from "~/plan-format/describe-measure";
import { type DateRange, defaultPeriod, isPeriodOf, trendPeriods } from "~/plan-format/periods";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import type { Actor } from "../../auth/policy";
import { can } from "../../auth/policy";
import type { Database } from "../../db/client";
import { userError } from "../../errors";
import { getPlan, getPlanAgain, type PlanWithAccess } from "../plans/get-plan";
import { attainmentOf, liveFacts } from "./live-logbook";

/**
 * Målopfyldelse of every success criterion of a plan for a period, computed live from the
 * logbook (no stored results): actual, target, baseline, status, the rule in one Danish sentence,
 * and a trend over the period's sub-periods. Aggregates only: no person appears here.
 */
export async function planAttainment(
  db: Database,
  actor: Actor,
  slug: string,
  asked: string | undefined,
  today: string,
  options: {
    /** The periods of the trend; the period's own sub-periods if absent (reports pass the quarters up to it). */
    trendOver?: (period: string, plan: DateRange) => string[];
    /** The language of the rule sentences; Danish if absent. */
    lang?: Language;
    /** The plan as this request read it already (with `slug`), so it is not read again. */
    found?: PlanWithAccess;
  } = {},
) {
  const { plan, planId, resource } =
    options.found && options.found.plan.slug === slug
      ? await getPlanAgain(db, actor, options.found, "attainment.read")
      : await getPlan(db, actor, slug, "attainment.read");
  // Without a period: the current year while the plan runs, else the whole plan.
  const period = asked ?? defaultPeriod(plan.period, today);
  if (!isPeriodOf(plan.period, period)) throw userError("not-found", "periodNotInPlanChoose", { params: { period } });
  const live = await liveFacts(db, planId);
  const rows = attainmentOf(live, plan, period, today);
  const subPeriods = (options.trendOver ?? trendPeriods)(period, plan.period);
  const trendRows = subPeriods.map((p) => attainmentOf(live, plan, p, today));
  const computed = [rows, ...trendRows];
  const lang = options.lang ?? "da";
  // The rows with their rules and trends, made once per set of computed rows (kept per logbook
  // revision), plan and language, not on every request.
  const made = keptIn(withRules, rows, () => new Map<string, AttainmentView[]>());
  const key = [lang, ...[plan, ...trendRows].map(objectId)].join("|");
  return {
    plan,
    planId,
    mayDrillDown: can(actor, "attainment.drilldown", resource) || actor.kind === "system",
    mayEnterValues: can(actor, "plan.edit", resource),
    period,
    subPeriods,
    /** The engine's rows for the period and each trend period, as kept for the logbook's revision. */
    computed,
    rows: keptIn(made, key, () => rowsWithRules(plan, rows, trendRows, lang)),
  };
}

const withRules = new WeakMap<AttainmentRow[], Map<string, AttainmentView[]>>();

/** Each row with its rule in one sentence and its figure in each trend period. */
function rowsWithRules(
  plan: PlanFile,
  rows: AttainmentRow[],
  trendRows: AttainmentRow[][],
  lang: Language,
): AttainmentView[] {
  const trends = trendRows.map((t) => new Map(t.map((r) => [r.key, r.actual])));
  const cohorts = trendRows.map((t) => new Map(t.map((r) => [r.key, r.counted.cohort?.length ?? 0])));
  const criteria = new Map(indexPlan(plan).criteria.map((c) => [c.criterion.key, c]));
  // Shared by every request of the revision: frozen, so that no reader can change them for the next.
  return Object.freeze(
    rows.map((r) => {
      const c = criteria.get(r.key);
      return Object.freeze({
        ...r,
        rule: c ? describeMeasure(plan, c.criterion, r.owner, getI18n(lang).t) : "",
        trend: Object.freeze(trends.map((m) => m.get(r.key) ?? null)) as (number | null)[],
        trendCohorts: Object.freeze(cohorts.map((m) => m.get(r.key) ?? 0)) as number[],
      });
    }),
  ) as AttainmentView[];
}

export type PlanAttainment = Awaited<ReturnType<typeof planAttainment>>;
export type AttainmentView = AttainmentRow & {
  rule: string;
  trend: (number | null)[];
  /** The cohort behind a rate in each trend period (0: none, or not a rate), so reports can hide rates of few persons. */
  trendCohorts: number[];
};
