import type { TFunction } from "i18next";
import type { Language } from "~/i18n";
import { type DateRange, periodRange } from "~/plan-format/periods";

const locale = (lang: Language) => (lang === "en" ? "en-GB" : "da-DK");

/** Intl formatters are costly to make (a dashboard formats thousands of figures): one per language and kind. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f as T;
}

/** A number in the language's format: 1.200.000 and 8,5 in Danish. */
export function formatNumber(value: number, lang: Language = "da"): string {
  return formatter(`number|${lang}`, () => new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 })).format(
    value,
  );
}

/** A målopfyldelse figure: one decimal at most, "%" for a rate, "–" when there is none. */
export function formatFigure(value: number | null, kind: string, lang: Language = "da"): string {
  if (value === null) return "–";
  return `${formatNumber(Math.round(value * 10) / 10, lang)}${kind === "outcomeRate" ? " %" : ""}`;
}

/** An amount in kroner ("1.200.000 kr."); null is an unknown amount. */
export function formatAmount(value: number | null, t: TFunction, lang: Language = "da"): string {
  return value === null ? t("budget.unknown") : t("budget.amount", { amount: formatNumber(value, lang) });
}

/** A date as "12. maj 2016". */
export function formatDate(iso: string, lang: Language = "da"): string {
  const f = formatter(
    `date|${lang}`,
    () => new Intl.DateTimeFormat(locale(lang), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  );
  return f.format(new Date(`${iso}T00:00:00Z`));
}

/** A period as people write it: "2016", "1. halvår 2014", "2. kvartal 2016", "Planår 1 (…)". */
export function formatPeriod(period: string, plan: DateRange, t: TFunction, lang: Language = "da"): string {
  if (period === "plan") return t("period.plan");
  const planYear = /^PY(\d+)$/.exec(period);
  if (planYear) {
    const range = periodRange(period, plan);
    return t("period.planYearRange", {
      n: planYear[1],
      from: formatDate(range.start, lang),
      to: formatDate(range.end, lang),
    });
  }
  const m = /^(\d{4})([HQ])(\d)$/.exec(period);
  if (!m) return period;
  return t(m[2] === "H" ? "period.half" : "period.quarter", { n: m[3], year: m[1] });
}

/** A short period label for table headers: "Planår 1", "2016", "2. kvartal 2016". */
export function formatPeriodShort(period: string, t: TFunction): string {
  const planYear = /^PY(\d+)$/.exec(period);
  if (planYear) return t("period.planYear", { n: planYear[1] });
  if (period === "plan") return t("period.plan");
  const m = /^(\d{4})([HQ])(\d)$/.exec(period);
  return m ? t(m[2] === "H" ? "period.half" : "period.quarter", { n: m[3], year: m[1] }) : period;
}

/** A milestone's due date, quarter or year. */
export function formatDue(due: string, t: TFunction, lang: Language = "da"): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(due) ? formatDate(due, lang) : formatPeriodShort(due, t);
}

/** A moment as "12. maj 2016 kl. 14.05" (Copenhagen time). */
export function formatDateTime(iso: string, lang: Language = "da"): string {
  const f = formatter(
    `moment|${lang}`,
    () =>
      new Intl.DateTimeFormat(locale(lang), { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Copenhagen" }),
  );
  return f.format(new Date(iso));
}
