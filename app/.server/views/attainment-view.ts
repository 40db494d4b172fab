import type { RouterContextProvider } from "react-router";
import { formatPeriodWithDates, targetExplanation } from "~/format/attainment-text";
import { formatPeriod, formatPeriodShort } from "~/format/format";
import { statuses } from "~/measures/status";
import { periodChoices } from "~/plan-format/periods";
import { descendantsOf, indexPlan } from "~/plan-format/plan-index";
import { statusBarsSvg } from "../charts/render-chart";
import { sparklineSvg } from "../charts/sparkline";
import { statusColours } from "../charts/status-colours";
import { planAttainment } from "../domain/attainment/plan-attainment";
import { userError } from "../errors";
import { languageOf, translatorFor } from "../http/translator";
import { requireActor, services } from "../request-context";

/** Which criteria a dashboard shows: the whole plan, one focus area, or one activity and everything below it. */
export type DashboardScope = { kind: "plan" } | { kind: "focusArea"; key: string } | { kind: "activity"; key: string };

/**
 * The data of a målopfyldelse dashboard (plan, focus area or activity) for the period asked in
 * the address (?periode=), or the current year while the plan runs: status counts with their
 * chart, and the criteria grouped by where they sit, each with its rule and trend.
 */
export async function attainmentDashboard(
  context: Readonly<RouterContextProvider>,
  request: Request,
  slug: string,
  scope: DashboardScope,
  today: string,
) {
  const actor = requireActor(context, request);
  const t = translatorFor(request);
  const lang = languageOf(request);
  const { db } = services(context);
  const asked = new URL(request.url).searchParams.get("periode");
  const started = performance.now();
  const a = await planAttainment(db, actor, slug, asked ?? undefined, today, { lang });
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
  const counts = statuses.map((s) => ({ status: s, count: rows.filter((r) => r.status === s).length }));
  return {
    slug,
    planId: a.planId,
    plan,
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
    ms: Math.round(performance.now() - started),
  };
}

export type AttainmentDashboard = Awaited<ReturnType<typeof attainmentDashboard>>;
