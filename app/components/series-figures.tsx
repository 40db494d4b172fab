import { formatNumber } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";

/** A series as the area page shows it: a chart of the area against the kommune (and the country) and its table. */
export interface SeriesFigure {
  key: string;
  label: string;
  unit: string;
  area: string;
  comparisonArea: string | null;
  referenceArea: string | null;
  source: string | null;
  chart: string | null;
  rows: {
    period: string;
    value: number;
    comparisonValue: number | null;
    referenceValue: number | null;
    source: string | null;
  }[];
}

/** One series: heading, the chart (an image with a description) and the same numbers as a table. */
export function SeriesFigureSection({ s }: { s: SeriesFigure }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const unit = t(`area.units.${s.unit}`);
  const n = (x: number | null) => (x === null ? "–" : `${formatNumber(x, lang)}${unit ? ` ${unit}` : ""}`);
  const headingId = `serie-${s.key}`;
  return (
    <section className="series-figure" aria-labelledby={headingId}>
      <h3 id={headingId}>{s.label}</h3>
      {s.rows.length === 0 ? (
        <p>{t("area.series.empty")}</p>
      ) : (
        <>
          {s.chart ? (
            <div
              className="series-chart"
              role="img"
              aria-label={t("area.series.chartLabel", {
                label: s.label,
                area: s.area,
                comparison: s.comparisonArea ?? "–",
              })}
              // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG rendered on the server from numbers
              dangerouslySetInnerHTML={{ __html: s.chart }}
            />
          ) : null}
          <table className="table table--compact table--responsive-headers">
            <caption>{t("area.series.tableCaption", { label: s.label })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("area.series.period")}</th>
                <th scope="col">{s.area}</th>
                {s.comparisonArea ? <th scope="col">{s.comparisonArea}</th> : null}
                {s.referenceArea ? <th scope="col">{s.referenceArea}</th> : null}
                <th scope="col">{t("area.series.source")}</th>
              </tr>
            </thead>
            <tbody>
              {s.rows.map((r) => (
                <tr key={r.period}>
                  <th scope="row" data-title={t("area.series.period")}>
                    {r.period}
                  </th>
                  <td data-title={s.area}>{n(r.value)}</td>
                  {s.comparisonArea ? <td data-title={s.comparisonArea}>{n(r.comparisonValue)}</td> : null}
                  {s.referenceArea ? <td data-title={s.referenceArea}>{n(r.referenceValue)}</td> : null}
                  <td data-title={t("area.series.source")}>{r.source ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
