import type { CriterionCheck, Verdict } from "~/area-lists/check-area-lists";
import type { ListYear } from "~/area-lists/list-history";
import { formatNumber } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";

/** One list area against the government's lists: the history, then each year's criteria. */
export function AreaListsSection({ listArea, years }: { listArea: string; years: ListYear[] }) {
  const { t } = useTranslation();
  const newestFirst = [...years].reverse();
  return (
    <section className="plan-section" aria-labelledby={`liste-${slug(listArea)}`}>
      <h3 id={`liste-${slug(listArea)}`}>{t("area.lists.areaTitle", { area: listArea })}</h3>
      <table className="table table--responsive-headers">
        <caption>{t("area.lists.historyCaption", { area: listArea })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("area.lists.year")}</th>
            <th scope="col">{t("area.lists.rules")}</th>
            <th scope="col">{t("area.lists.criteriaMet")}</th>
            <th scope="col">{t("area.lists.status")}</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((y) => (
            <tr key={y.check.year}>
              <th scope="row" data-title={t("area.lists.year")}>
                {y.check.year}
              </th>
              <td data-title={t("area.lists.rules")}>{t(`area.lists.ruleSets.${y.check.rules}`)}</td>
              <td data-title={t("area.lists.criteriaMet")}>
                {t("area.lists.metOf", {
                  met: y.check.exposed.metCount,
                  total: y.check.exposed.criteria.length,
                  needed: y.check.exposed.needed,
                })}
                {y.check.exposed.unknownCount > 0
                  ? ` ${t("area.lists.unknownCount", { count: y.check.exposed.unknownCount })}`
                  : ""}
              </td>
              <td data-title={t("area.lists.status")}>
                <span className={`tag area-list-${y.status}`}>{t(`area.lists.statuses.${y.status}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {newestFirst.map((y) => (
        <YearDetails key={y.check.year} listArea={listArea} year={y} />
      ))}
    </section>
  );
}

function YearDetails({ listArea, year }: { listArea: string; year: ListYear }) {
  const { t } = useTranslation();
  const c = year.check;
  const rows: { label: string; check: CriterionCheck }[] = c.exposed.criteria.map((x) => ({
    label: t(`area.lists.criteria.${x.key}`),
    check: x,
  }));
  if (c.nonWestern) rows.push({ label: t("area.lists.parallelCriterion"), check: c.nonWestern });
  const prevention = c.prevention
    ? [
        { label: t("area.lists.preventionNonWestern"), check: c.prevention.nonWestern },
        ...c.prevention.criteria.map((x) => ({ label: t(`area.lists.preventionCriteria.${x.key}`), check: x })),
      ]
    : [];
  return (
    <details className="area-list-year">
      <summary>{t("area.lists.yearSummary", { year: c.year, area: listArea })}</summary>
      <CriteriaTable
        caption={t("area.lists.yearCaption", { year: c.year, area: listArea })}
        residents={c.residents}
        rows={rows}
      />
      {year.transformationYears !== undefined ? (
        <p>
          {t("area.lists.transformation", { years: year.transformationYears })}{" "}
          <strong>{verdictText(year.isTransformation ?? null, t)}</strong>
        </p>
      ) : null}
      {prevention.length > 0 ? (
        <CriteriaTable caption={t("area.lists.preventionCaption", { year: c.year })} rows={prevention} />
      ) : null}
    </details>
  );
}

function CriteriaTable(props: {
  caption: string;
  residents?: { value: number | null; minimum: number; met: Verdict };
  rows: { label: string; check: CriterionCheck }[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const n = (x: number | null, unit = " %") => (x === null ? "–" : `${formatNumber(x, lang)}${unit}`);
  return (
    <table className="table table--responsive-headers">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("area.lists.criterion")}</th>
          <th scope="col">{t("area.lists.figure")}</th>
          <th scope="col">{t("area.lists.threshold")}</th>
          <th scope="col">{t("area.lists.distance")}</th>
          <th scope="col">{t("area.lists.met")}</th>
        </tr>
      </thead>
      <tbody>
        {props.residents ? (
          <tr>
            <th scope="row" data-title={t("area.lists.criterion")}>
              {t("area.lists.residents")}
            </th>
            <td data-title={t("area.lists.figure")}>{n(props.residents.value, "")}</td>
            <td data-title={t("area.lists.threshold")}>{`≥ ${formatNumber(props.residents.minimum, lang)}`}</td>
            <td data-title={t("area.lists.distance")}>–</td>
            <td data-title={t("area.lists.met")}>{verdictText(props.residents.met, t)}</td>
          </tr>
        ) : null}
        {props.rows.map(({ label, check }) => (
          <tr key={label}>
            <th scope="row" data-title={t("area.lists.criterion")}>
              {label}
            </th>
            <td data-title={t("area.lists.figure")}>{n(check.value)}</td>
            <td data-title={t("area.lists.threshold")}>
              {check.threshold === null
                ? t("area.lists.thresholdUnknown")
                : `${comparisonSign[check.comparison]} ${n(check.threshold)}`}
            </td>
            <td data-title={t("area.lists.distance")}>
              {check.distance === null ? "–" : t("area.lists.points", { value: signed(check.distance, lang) })}
            </td>
            <td data-title={t("area.lists.met")}>{verdictText(check.met, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const comparisonSign = { over: ">", atLeast: "≥", under: "<" } as const;

const signed = (x: number, lang: Language) => (x > 0 ? `+${formatNumber(x, lang)}` : formatNumber(x, lang));

function verdictText(v: Verdict, t: (key: string) => string) {
  return v === null ? t("area.lists.unknown") : v ? t("area.lists.yes") : t("area.lists.no");
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9æøå]+/g, "-")
    .replace(/^-|-$/g, "");
