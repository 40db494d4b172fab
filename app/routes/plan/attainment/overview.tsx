import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { statusBarsSvg } from "~/.server/charts/render-chart";
import { sparklineSvg } from "~/.server/charts/sparkline";
import { planAttainment } from "~/.server/domain/attainment/plan-attainment";
import { translatorFor } from "~/.server/http/translator";
import { guard, requireActor, services } from "~/.server/request-context";
import { PeriodSwitcher, StatusTag } from "~/components/attainment-status";
import { formatNumber, formatPeriod, formatPeriodShort } from "~/format/format";
import type { Language } from "~/i18n";
import { defaultPeriod, periodChoices } from "~/plan-format/periods";
import { today } from "../../log/open-log.server";
import type { Route } from "./+types/overview";

export function meta() {
  return [{ title: "Målopfyldelse · Helhed" }];
}

const statuses = ["opfyldt", "paa-vej", "bagud", "ingen-data"] as const;
const colours = { opfyldt: "#358000", "paa-vej": "#0059b3", bagud: "#b0101a", "ingen-data": "#8a8a8a" };

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const t = translatorFor(request);
  const { db } = services(context);
  const day = today();
  const query = new URL(request.url).searchParams;
  const started = performance.now();
  const a = await guard(async () => {
    const { plan } = await planAttainment(db, actor, params.slug, "plan", day).catch(() => ({ plan: undefined }));
    const period = query.get("periode") ?? (plan ? defaultPeriod(plan.period, day) : "plan");
    return planAttainment(db, actor, params.slug, period, day);
  });
  const plan = a.plan;
  const counts = statuses.map((s) => ({ status: s, count: a.rows.filter((r) => r.status === s).length }));
  const row = (r: (typeof a.rows)[number]) => ({
    key: r.key,
    text: r.text,
    target: r.target,
    relative: r.relativeTarget,
    actual: r.actual,
    kind: r.kind,
    status: r.status,
    rule: r.rule,
    trend: r.trend,
    spark: sparklineSvg(r.trend, r.target ?? undefined),
  });
  const groups = [
    { key: "plan", title: t("attainment.overall"), rows: a.rows.filter((r) => !r.owner.focusAreaKey).map(row) },
    ...plan.focusAreas.map((f) => ({
      key: f.key,
      title: f.number ? `${f.number} ${f.title}` : f.title,
      rows: a.rows.filter((r) => r.owner.focusAreaKey === f.key).map(row),
    })),
  ].filter((g) => g.rows.length > 0);
  return {
    slug: params.slug,
    period: a.period,
    periodLabel: formatPeriod(a.period, plan.period, t),
    choices: periodChoices(plan.period).map((c) => ({ ...c, label: formatPeriod(c.id, plan.period, t) })),
    subPeriods: a.subPeriods.map((p) => formatPeriodShort(p, t)),
    counts,
    chart: statusBarsSvg(
      counts.map((c) => ({ label: t(`attainment.statuses.${c.status}`), value: c.count, color: colours[c.status] })),
    ),
    groups,
    ms: Math.round(performance.now() - started),
  };
}

export default function AttainmentOverview({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const number = (v: number | null, kind: string) =>
    v === null ? "–" : `${formatNumber(Math.round(v * 10) / 10, lang)}${kind === "outcomeRate" ? " %" : ""}`;
  return (
    <>
      <h1>{t("attainment.title")}</h1>
      <p className="font-lead">{t("attainment.intro", { period: d.periodLabel })}</p>
      <PeriodSwitcher choices={d.choices} value={d.period} label={t("attainment.period")} />
      <section className="attainment-summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="h3">
          {t("attainment.summary")}
        </h2>
        <div className="attainment-summary-body">
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: SVG rendered on the server from numbers */}
          <div
            className="chart"
            role="img"
            aria-label={t("attainment.chartLabel")}
            dangerouslySetInnerHTML={{ __html: d.chart }}
          />
          <table className="table table--compact">
            <caption className="sr-only">{t("attainment.summary")}</caption>
            <tbody>
              {d.counts.map((c) => (
                <tr key={c.status}>
                  <th scope="row">
                    <StatusTag status={c.status} />
                  </th>
                  <td className="align-text-right">{c.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {d.groups.map((g) => (
        <section key={g.key} className="plan-section" aria-labelledby={`g-${g.key}`}>
          <h2 id={`g-${g.key}`}>
            {g.key === "plan" ? (
              g.title
            ) : (
              <Link to={`/planer/${d.slug}/indsatsomraader/${g.key}?periode=${d.period}`}>{g.title}</Link>
            )}
          </h2>
          <table className="table table--responsive-headers attainment-table">
            <caption className="sr-only">{t("attainment.tableCaption", { group: g.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("attainment.criterion")}</th>
                <th scope="col" className="align-text-right">
                  {t("attainment.target")}
                </th>
                <th scope="col" className="align-text-right">
                  {t("attainment.actual")}
                </th>
                <th scope="col">{t("attainment.status")}</th>
                <th scope="col">{t("attainment.trend")}</th>
              </tr>
            </thead>
            <tbody>
              {g.rows.map((r) => (
                <tr key={r.key}>
                  <td data-title={t("attainment.criterion")}>
                    <Link to={`/planer/${d.slug}/maalopfyldelse/${r.key}?periode=${d.period}`}>{r.text}</Link>
                    <span className="form-hint attainment-rule">{r.rule}</span>
                  </td>
                  <td data-title={t("attainment.target")} className="align-text-right">
                    {r.target !== null
                      ? number(r.target, r.kind)
                      : r.relative
                        ? t(`criterion.relative.${r.relative}`)
                        : "–"}
                  </td>
                  <td data-title={t("attainment.actual")} className="align-text-right">
                    <strong>{number(r.actual, r.kind)}</strong>
                  </td>
                  <td data-title={t("attainment.status")}>
                    <StatusTag status={r.status} />
                  </td>
                  <td data-title={t("attainment.trend")}>
                    {/* biome-ignore lint/security/noDangerouslySetInnerHtml: SVG drawn on the server from numbers */}
                    <span className="sparkline" dangerouslySetInnerHTML={{ __html: r.spark }} />
                    <span className="sr-only">
                      {d.subPeriods.map((p, i) => `${p}: ${number(r.trend[i], r.kind)}`).join(", ")}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <p className="form-hint">{t("attainment.computedIn", { ms: d.ms })}</p>
    </>
  );
}
