import { addYears, type DateRange, planYearCount } from "../periods";
import type { Quantity } from "./numbers";
import { da, type Token } from "./text";

/**
 * The periods of a plan as targets are written: calendar years when the plan starts 1 January
 * (2017, 2018 …), plan years otherwise (PY1, PY2 …), as docs/plan-format.md asks.
 */
export function yearPeriods(plan: DateRange): string[] {
  const n = planYearCount(plan);
  if (plan.start.endsWith("-01-01")) {
    const first = Number(plan.start.slice(0, 4));
    const last = Number(plan.end.slice(0, 4));
    return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  }
  return Array.from({ length: n }, (_, i) => `PY${i + 1}`);
}

/** The calendar year a plan starts in, e.g. 2015 for a plan from 2015-05-01. */
export const startYear = (plan: DateRange) => Number(plan.start.slice(0, 4));

/** The calendar year N years after the plan's start, e.g. "2 år efter helhedsplanens start" → 2017. */
export const yearAfterStart = (plan: DateRange, years: number) => Number(addYears(plan.start, years).slice(0, 4));

/** Whether a calendar year overlaps the plan period. */
export const yearInPlan = (plan: DateRange, year: number) =>
  `${year}-12-31` >= plan.start && `${year}-01-01` <= plan.end;

const planNouns = "(?:helhedsplan|plan|projekt|indsats|partnerskab|tryghedsplan|partnerskabsperiod|periode)\\w*";

/** "om året", "årligt", "hvert år", "pr. år": one target per year. */
export const yearlyPattern = da(
  /\b(om året|årligt|årlige|årlig|hvert år|hvert eneste år|hvert kalenderår|hvert planår|pr\.? år|per år|om år|år for år)\b/,
);

/** "i alt", "i projektperioden", "samlet": one target for the whole plan. */
export const wholePattern = da(
  `\\b(i alt|samlet set|i (?:hele )?(?:projekt|plan|partnerskabs|helhedsplan|indsats)?perioden|over (?:hele )?perioden|i løbet af (?:hele )?${planNouns}|i ${planNouns}s levetid|over forløbet|i ${planNouns}s? løbetid)\\b`,
);

/** "ved helhedsplanens afslutning", "til dens afslutning": the last year. */
export const endPattern = da(
  `\\b(?:ved|inden|til|før|efter) (?:${planNouns}|dens|dets|periodens)s? (?:afslutning|udløb|slutning|ophør)|i slutningen af ${planNouns}|ved (?:afslutningen|udgangen) af ${planNouns}`,
);

/** "ved helhedsplanens start", "ved projektets begyndelse". */
export const startPattern = da(`\\b(?:ved|fra) (?:${planNouns}|dens|dets)s? (?:start|begyndelse|opstart)`);

/** "det første år … de følgende år". */
export const firstYearPattern = da(/\b(?:det|i det) første (?:år|planår|projektår)\b/);
export const laterYearsPattern = da(
  /\b(?:de|i de) (?:følgende|efterfølgende|næste|resterende|øvrige|kommende) (?:år|planår|projektår)|(?:resten|resterende del) af (?:perioden|planperioden|projektperioden)|derefter\b/,
);

const halfWords: Record<string, string> = { første: "H1", andet: "H2", sidste: "H2", andre: "H2" };
const quarterWords: Record<string, string> = { første: "Q1", andet: "Q2", tredje: "Q3", fjerde: "Q4", sidste: "Q4" };

/**
 * The period a year in the text stands for, with what comes before it: "første halvår af 2018" →
 * 2018H1, "3. kvartal 2017" → 2017Q3, "i 2017" → 2017.
 */
export function periodOfYear(tokens: Token[], year: Quantity): string {
  const w = (i: number) => tokens[i]?.lower ?? "";
  let i = year.start - 1;
  if (w(i) === "af" || w(i) === "i") i--;
  if (w(i) === "halvår" || w(i) === "halvåret") {
    const half = halfWords[w(i - 1)] ?? (w(i - 1) === "." && w(i - 2) === "1" ? "H1" : w(i - 2) === "2" ? "H2" : "");
    if (half) return `${year.value}${half}`;
  }
  if (w(i) === "kvartal") {
    const ordinal = tokens[i - 2]?.kind === "number" && w(i - 1) === "." ? `Q${w(i - 2)}` : quarterWords[w(i - 1)];
    if (ordinal && /^Q[1-4]$/.test(ordinal)) return `${year.value}${ordinal}`;
  }
  return String(year.value);
}

/**
 * A date word before a year as a quarter, the way milestones are due: "primo 2017" → 2017Q1,
 * "ultimo 2017" → 2017Q4, "medio 2017" → 2017Q2.
 */
export function dueOfYear(tokens: Token[], year: Quantity): string {
  const before = tokens[year.start - 1]?.lower;
  if (before === "primo") return `${year.value}Q1`;
  if (before === "ultimo") return `${year.value}Q4`;
  if (before === "medio") return `${year.value}Q2`;
  return periodOfYear(tokens, year);
}
