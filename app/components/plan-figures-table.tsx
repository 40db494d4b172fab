import { formatNumber } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";

type Statistic = {
  key: string;
  label: string;
  value: number;
  unit: string;
  areaName: string;
  comparison?: { area: string; value: number };
  source?: string;
};

/** The area figures the plan itself states, with their comparison area and source. */
export function PlanFiguresTable({ statistics }: { statistics: Statistic[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const withUnit = (value: number, unit: string) => `${formatNumber(value, lang)} ${t(`area.units.${unit}`)}`.trim();
  return (
    <section className="plan-section" aria-labelledby="planens-tal">
      <h2 id="planens-tal">{t("area.planFigures.title")}</h2>
      <table className="table table--responsive-headers">
        <caption>{t("area.planFigures.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("area.planFigures.figure")}</th>
            <th scope="col">{t("area.planFigures.value")}</th>
            <th scope="col">{t("area.planFigures.comparison")}</th>
            <th scope="col">{t("area.planFigures.source")}</th>
          </tr>
        </thead>
        <tbody>
          {statistics.map((s) => (
            <tr key={`${s.areaName}-${s.key}`}>
              <th scope="row" data-title={t("area.planFigures.figure")}>
                {s.label}
              </th>
              <td data-title={t("area.planFigures.value")}>{withUnit(s.value, s.unit)}</td>
              <td data-title={t("area.planFigures.comparison")}>
                {s.comparison ? `${s.comparison.area}: ${withUnit(s.comparison.value, s.unit)}` : "–"}
              </td>
              <td data-title={t("area.planFigures.source")}>{s.source ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
