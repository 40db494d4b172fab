import type { TFunction } from "i18next";
import { Link } from "react-router";
import type { DashboardView } from "~/.server/views/attainment-view";
import { formatFigure } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { PeriodSwitcher, StatusTag, statusTag } from "./attainment-status";

type Serialised = DashboardView;
type Group = Serialised["groups"][number];
type Row = Group["rows"][number];

/** A målopfyldelse dashboard: period switcher, status counts (chart and table), criteria by group with trends. */
export function AttainmentDashboard({ d, children }: { d: Serialised; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{d.title}</h1>
      <p className="font-lead">{t("attainment.intro", { period: d.periodLabel })}</p>
      <PeriodSwitcher choices={d.choices} value={d.period} label={t("attainment.period")} />
      <StatusSummary d={d} />
      {children}
      {d.groups.map((g) => (
        <CriteriaGroup key={g.key} d={d} g={g} />
      ))}
      <p className="form-hint">{t("attainment.computedIn", { ms: d.ms })}</p>
    </>
  );
}

/** The status counts: the chart and its table twin. */
function StatusSummary({ d }: { d: Serialised }) {
  const { t } = useTranslation();
  return (
    <section className="attainment-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="h3">
        {t("attainment.summary")}
      </h2>
      <div className="attainment-summary-body">
        <div
          className="chart"
          role="img"
          aria-label={t("attainment.chartLabel")}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG rendered on the server from numbers
          dangerouslySetInnerHTML={{ __html: d.chart }}
        />
        <table className="table table--compact attainment-counts">
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
  );
}

/** One group's criteria (a focus area or an activity) as a table, its title linking to the group's own dashboard. */
function CriteriaGroup({ d, g }: { d: Serialised; g: Group }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const base = `/planer/${d.slug}/maalopfyldelse`;
  return (
    <section className="plan-section" aria-labelledby={`g-${g.key}`}>
      <h2 id={`g-${g.key}`}>
        {g.link ? <Link to={`${base}/${g.link}?periode=${d.period}`}>{g.title}</Link> : g.title}
      </h2>
      {g.rows.length === 0 ? (
        <p>{t("attainment.noCriteria")}</p>
      ) : (
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
              <CriterionRow key={r.key} d={d} r={r} t={t} lang={lang} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** A criterion's row: text and rule, target, actual figure, status and trend (its table's translator: rows are many). */
function CriterionRow({ d, r, t, lang }: { d: Serialised; r: Row; t: TFunction; lang: Language }) {
  const number = (v: number | null, kind: string) => formatFigure(v, kind, lang);
  const base = `/planer/${d.slug}/maalopfyldelse`;
  return (
    <tr data-criterion={r.key}>
      <td data-title={t("attainment.criterion")}>
        <Link to={`${base}/${r.key}?periode=${d.period}`}>{r.text}</Link>
        <span className="form-hint attainment-rule">{r.rule}</span>
      </td>
      <td data-title={t("attainment.target")} className="align-text-right">
        {r.target !== null ? number(r.target, r.kind) : r.relative ? t(`criterion.relative.${r.relative}`) : "–"}
        {r.targetNote ? <span className="form-hint attainment-target-note">{r.targetNote}</span> : null}
      </td>
      <td data-title={t("attainment.actual")} className="align-text-right attainment-actual">
        <strong>{number(r.actual, r.kind)}</strong>
      </td>
      <td data-title={t("attainment.status")}>
        {statusTag(r.status, t)}
        {r.immature > 0 ? <span className="form-hint">{t("attainment.tooYoung", { count: r.immature })}</span> : null}
      </td>
      <td data-title={t("attainment.trend")}>
        <span
          className="sparkline"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG drawn on the server from numbers
          dangerouslySetInnerHTML={{ __html: r.spark }}
        />
        <span className="sr-only">{d.subPeriods.map((p, i) => `${p}: ${number(r.trend[i], r.kind)}`).join(", ")}</span>
      </td>
    </tr>
  );
}
