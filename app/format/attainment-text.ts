import type { TFunction } from "i18next";
import type { Language } from "~/i18n";
import type { CountingUnit } from "~/measures/counting-unit";
import type { TargetBasis, TargetPart } from "~/measures/period-target";
import { type DateRange, periodInPlan } from "~/plan-format/periods";
import { formatDate, formatFigure, formatNumber, formatPeriodShort } from "./format";

/**
 * A range of days as people write it: "1. maj 2015–30. april 2016", "1. januar–31. december 2016"
 * (the year once when both days are in it).
 */
export function formatDateRange(range: DateRange, lang: Language = "da"): string {
  const from = formatDate(range.start, lang);
  const to = formatDate(range.end, lang);
  if (range.start.slice(0, 4) !== range.end.slice(0, 4)) return `${from}–${to}`;
  const year = range.start.slice(0, 4);
  const short = from.replace(new RegExp(`\\s*${year}$`), "");
  return `${short}–${to}`;
}

/** The counting unit in words: "personer", "forløb", "fremmøder" … (English in the English interface). */
export function unitWord(unit: CountingUnit, t: TFunction): string {
  return t(`attainment.units.${unit}`);
}

/** A share of a target period in the words a reader uses: "4/12" for whole months of a year, else a percentage. */
function shareText(share: number, lang: Language): string {
  for (const of of [12, 4, 2]) {
    const n = share * of;
    if (Math.abs(n - Math.round(n)) < 1e-9) return `${Math.round(n)}/${of}`;
  }
  return `${formatNumber(Math.round(share * 1000) / 10, lang)} %`;
}

/**
 * Where a derived target comes from, in one sentence for the page, the report and the CLI, e.g.
 * "Forholdsmæssigt af målene: 20 × 4/12 (Planår 1) + 20 × 8/12 (Planår 2)". Empty for a target the
 * plan states for the period itself.
 */
export function targetExplanation(
  row: {
    targetBasis: TargetBasis | null;
    targetParts: TargetPart[];
    targetPeriod: string | null;
    partial: boolean;
    range: DateRange;
    kind: string;
  },
  t: TFunction,
  lang: Language = "da",
): string {
  const period = (p: string) => formatPeriodShort(p, t);
  const figure = (v: number) => formatFigure(v, row.kind, lang);
  const parts = row.targetParts;
  let text = "";
  switch (row.targetBasis) {
    case null:
    case "exact":
      break;
    case "sum":
      text = t("attainment.basis.sum", {
        parts: parts.map((p) => `${figure(p.value)} (${period(p.period)})`).join(" + "),
      });
      break;
    case "prorated":
      text = t("attainment.basis.prorated", {
        parts: parts
          .map((p) =>
            p.share === 1
              ? `${figure(p.value)} (${period(p.period)})`
              : `${figure(p.value)} × ${shareText(p.share, lang)} (${period(p.period)})`,
          )
          .join(" + "),
      });
      break;
    case "mean":
      text = t("attainment.basis.mean", {
        parts: parts.map((p) => `${figure(p.value)} (${period(p.period)})`).join(", "),
      });
      break;
    case "containing":
      text = t("attainment.basis.containing", { period: row.targetPeriod ? period(row.targetPeriod) : "" });
      break;
    case "latest":
      text = t("attainment.basis.latest", { period: row.targetPeriod ? period(row.targetPeriod) : "" });
      break;
    case "due":
      text = t("attainment.basis.due");
      break;
  }
  if (row.partial) {
    const periods = parts.map((p) => period(p.period)).join(", ") || (row.targetPeriod ? period(row.targetPeriod) : "");
    const covered = t("attainment.basis.partial", { periods, range: formatDateRange(row.range, lang) });
    text = text ? `${text} ${covered}` : covered;
  }
  return text;
}

/**
 * A period with its exact days inside the plan: "2016 (1. januar–31. december 2016)",
 * "1. planår (1. maj 2015–30. april 2016)", "Hele planperioden (1. maj 2015–30. april 2019)".
 */
export function formatPeriodWithDates(period: string, plan: DateRange, t: TFunction, lang: Language = "da"): string {
  const range = periodInPlan(period, plan);
  const planYear = /^PY(\d+)$/.exec(period);
  if (planYear)
    return t("period.planYearRange", {
      n: planYear[1],
      from: formatDate(range.start, lang),
      to: formatDate(range.end, lang),
    });
  return t("period.withDates", { label: formatPeriodShort(period, t), range: formatDateRange(range, lang) });
}
