import type { TFunction } from "i18next";
import { formatPeriodWithDates, targetExplanation } from "~/format/attainment-text";
import { formatPeriod, formatPeriodShort } from "~/format/format";
import type { Language } from "~/i18n";
import { statuses } from "~/measures/status";
import { keptIn, objectId } from "~/memo";
import type { PageJson } from "~/page-json";
import { periodChoices } from "~/plan-format/periods";
import { descendantsOf, indexPlan } from "~/plan-format/plan-index";
import type { UserActor } from "../auth/policy";
import { statusBarsSvg } from "../charts/render-chart";
import { sparklineSvg } from "../charts/sparkline";
import { statusColours } from "../charts/status-colours";
import type { Database } from "../db/client";
import { computeTimeOf } from "../domain/attainment/live-logbook";
import { planAttainment } from "../domain/attainment/plan-attainment";
import type { PlanWithAccess } from "../domain/plans/get-plan";
import { userError } from "../errors";
import { pageJson } from "../http/page-json";

/** Which criteria a dashboard shows: the whole plan, one focus area, or one activity and everything below it. */
export type DashboardScope = { kind: "plan" } | { kind: "focusArea"; key: string } | { kind: "activity"; key: string };

/** Who reads a dashboard, and in which language. */
export interface DashboardReader {
  db: Database;
  actor: UserActor;
  t: TFunction;
  lang: Language;
  /** The plan as this request read it already (the page's layout), so it is not read again. */
  found?: PlanWithAccess;
}

/**
 * The data of a målopfyldelse dashboard (plan, focus area or activity) for the period asked
 * (`asked`, from ?periode=), or the current year while the plan runs: status counts with their
 * chart, and the criteria grouped by where they sit, each with its rule and trend. User errors are
 * thrown (the route turns them into answers).
 */
export async function attainmentDashboard(
  { db, actor, t, lang, found }: DashboardReader,
  slug: string,
  scope: DashboardScope,
  today: string,
  asked: string | undefined,
) {
  const a = await planAttainment(db, actor, slug, asked, today, { lang, found });
  // The view is made once per set of computed figures (kept per logbook revision and period), plan,
  // scope, language, day and rights, and handed out frozen: the render cache names it by identity.
  const key = JSON.stringify([
    scope,
    lang,
    today,
    a.period,
    a.mayDrillDown,
    a.mayEnterValues,
    ...[a.plan, ...a.computed].map(objectId),
  ]);
  const made = keptIn(views, a.computed[0], () => new Map<string, PageJson<DashboardView>>());
  const view = keptIn(made, key, () => pageJson(dashboardView(a, t, lang, slug, scope)));
  return { view, plan: a.plan, planId: a.planId };
}

export type DashboardView = ReturnType<typeof dashboardView>;
const views = new WeakMap<object, Map<string, PageJson<DashboardView>>>();

function dashboardView(a: Attainment, t: TFunction, lang: Language, slug: string, scope: DashboardScope) {
  const plan = a.plan;
  const index = indexPlan(plan);
  const focusArea = scope.kind === "focusArea" ? plan.focusAreas.find((f) => f.key === scope.key) : undefined;
  const activity = scope.kind === "activity" ? index.activities.find((x) => x.activity.key === scope.key) : undefined;
  if ((scope.kind === "focusArea" && !focusArea) || (scope.kind === "activity" && !activity))
    throw userError("not-found", "pageNotInPlan");
  const inActivity = activity
    ? new Set([activity.activity, ...descendantsOf(activity.activity)].map((a) => a.key))
    : undefined;
  const rows = a.rows.filter((r) =>
    scope.kind === "plan"
      ? true
      : scope.kind === "focusArea"
        ? r.owner.focusAreaKey === scope.key
        : r.owner.activityKey !== undefined && inActivity?.has(r.owner.activityKey),
  );
  const groups = dashboardGroups(scope, plan, index, rows, inActivity, t, lang);
  const counts = statuses.map((s) => ({ status: s, count: rows.filter((r) => r.status === s).length }));
  return {
    slug,
    title:
      scope.kind === "plan"
        ? t("attainment.title")
        : scope.kind === "focusArea"
          ? `${t("attainment.title")}: ${focusArea?.title}`
          : `${t("attainment.title")}: ${activity?.activity.title}`,
    period: a.period,
    periodLabel: formatPeriodWithDates(a.period, plan.period, t, lang),
    choices: periodChoices(plan.period).map((c) => ({ ...c, label: formatPeriod(c.id, plan.period, t) })),
    subPeriods: a.subPeriods.map((p) => formatPeriodShort(p, t)),
    counts,
    chart: statusBarsSvg(
      counts.map((c) => ({
        label: t(`attainment.statuses.${c.status}`),
        value: c.count,
        color: statusColours[c.status],
      })),
    ),
    groups: groups.filter((g) => g.rows.length > 0 || scope.kind !== "plan"),
    // The engine's time when it computed these figures: the same on every answer until the logbook
    // changes, so the page stays the same too (render-cache.ts).
    ms: Math.max(1, Math.round(a.computed.reduce((sum, rows) => sum + computeTimeOf(rows), 0))),
  };
}

type Attainment = Awaited<ReturnType<typeof planAttainment>>;

/** The dashboard's criteria grouped by where they sit: the plan and its focus areas, or the activities below. */
function dashboardGroups(
  scope: DashboardScope,
  plan: Attainment["plan"],
  index: ReturnType<typeof indexPlan>,
  rows: Attainment["rows"],
  inActivity: Set<string> | undefined,
  t: TFunction,
  lang: Language,
) {
  const view = (r: (typeof rows)[number]) => ({
    key: r.key,
    text: r.text,
    target: r.target,
    relative: r.relativeTarget,
    targetNote: targetExplanation(r, t, lang),
    actual: r.actual,
    kind: r.kind,
    status: r.status,
    immature: r.immature ?? 0,
    rule: r.rule,
    trend: r.trend,
    spark: sparklineSvg(r.trend, r.target ?? undefined),
  });
  const groups =
    scope.kind === "plan"
      ? [
          {
            key: "plan",
            title: t("attainment.overall"),
            link: undefined,
            rows: rows.filter((r) => !r.owner.focusAreaKey).map(view),
          },
          ...plan.focusAreas.map((f) => ({
            key: f.key,
            title: f.number ? `${f.number} ${f.title}` : f.title,
            link: `indsatsomraade/${f.key}`,
            rows: rows.filter((r) => r.owner.focusAreaKey === f.key).map(view),
          })),
        ]
      : [
          ...(scope.kind === "focusArea"
            ? [
                {
                  key: "fa",
                  title: t("attainment.focusAreaCriteria"),
                  link: undefined,
                  rows: rows.filter((r) => !r.owner.activityKey).map(view),
                },
              ]
            : []),
          ...index.activities
            .filter((x) =>
              scope.kind === "focusArea" ? x.focusArea.key === scope.key : inActivity?.has(x.activity.key),
            )
            .map((x) => ({
              key: x.activity.key,
              title: x.activity.number ? `${x.activity.number} ${x.activity.title}` : x.activity.title,
              link: `aktivitet/${x.activity.key}`,
              rows: rows.filter((r) => r.owner.activityKey === x.activity.key).map(view),
            })),
        ];
  return groups;
}

export type AttainmentDashboard = Awaited<ReturnType<typeof attainmentDashboard>>;
