/** A closed range of calendar days, as ISO dates (YYYY-MM-DD). */
export interface DateRange {
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Adds whole years to an ISO date, e.g. addYears("2015-05-01", 1) === "2016-05-01". */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return iso(y + years, m, d);
}

/** The day before an ISO date, e.g. dayBefore("2016-05-01") === "2016-04-30". */
export function dayBefore(date: string): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

/** Number of plan years in a plan period (a started year counts), e.g. 2015-05-01..2019-04-30 → 4. */
export function planYearCount(plan: DateRange): number {
  let n = 0;
  while (addYears(plan.start, n) <= plan.end) n++;
  return n;
}

/**
 * The dates a period covers, e.g. periodRange("2016H1", plan) → 2016-01-01..2016-06-30 and
 * periodRange("PY1", {start: "2015-05-01", …}) → 2015-05-01..2016-04-30.
 */
export function periodRange(period: string, plan: DateRange): DateRange {
  if (period === "plan") return { start: plan.start, end: plan.end };
  const planYear = /^PY(\d+)$/.exec(period);
  if (planYear) {
    const n = Number(planYear[1]);
    return { start: addYears(plan.start, n - 1), end: dayBefore(addYears(plan.start, n)) };
  }
  const m = /^(\d{4})(?:([HQ])(\d))?$/.exec(period);
  if (!m) throw new Error(`Ukendt periode: ${period}`);
  const year = Number(m[1]);
  if (!m[2]) return { start: iso(year, 1, 1), end: iso(year, 12, 31) };
  const months = m[2] === "H" ? 6 : 3;
  const first = (Number(m[3]) - 1) * months + 1;
  const last = first + months - 1;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { start: iso(year, first, 1), end: iso(year, last, lastDay) };
}

/** The kind of a period id: the whole plan, a plan year, a calendar year, a half year or a quarter. */
export function periodFamily(period: string): "plan" | "planYear" | "year" | "half" | "quarter" {
  if (period === "plan") return "plan";
  if (period.startsWith("PY")) return "planYear";
  if (period.includes("H")) return "half";
  if (period.includes("Q")) return "quarter";
  return "year";
}

/**
 * The days of a period inside the plan: a calendar year, half or quarter is the calendar's
 * (2016 is 1 January–31 December even when plan years start 1 May), cut only at the plan's own
 * first and last day.
 */
export function periodInPlan(period: string, plan: DateRange): DateRange {
  const r = periodRange(period, plan);
  return { start: [r.start, plan.start].sort()[1], end: [r.end, plan.end].sort()[0] };
}

/** Whether two date ranges share at least one day. */
export function overlaps(a: DateRange, b: DateRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The periods of a plan a reader can choose: the whole plan, plan years, calendar years, halves and quarters. */
export function periodChoices(
  plan: DateRange,
): { group: "plan" | "planYear" | "year" | "half" | "quarter"; id: string }[] {
  const first = Number(plan.start.slice(0, 4));
  const last = Number(plan.end.slice(0, 4));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const inPlan = (id: string) => overlaps(periodRange(id, plan), plan);
  return [
    { group: "plan" as const, id: "plan" },
    ...Array.from({ length: planYearCount(plan) }, (_, i) => ({ group: "planYear" as const, id: `PY${i + 1}` })),
    ...years.map((y) => ({ group: "year" as const, id: String(y) })),
    ...years.flatMap((y) => [1, 2].map((h) => ({ group: "half" as const, id: `${y}H${h}` }))),
    ...years.flatMap((y) => [1, 2, 3, 4].map((q) => ({ group: "quarter" as const, id: `${y}Q${q}` }))),
  ].filter((c) => c.id === "plan" || inPlan(c.id));
}

/** Whether a period id (2016, 2016H1, PY2, plan …) is one of the plan's periods. */
export const isPeriodOf = (plan: DateRange, id: string) => periodChoices(plan).some((c) => c.id === id);

/** The period shown first: the calendar year of today while the plan runs, else the whole plan. */
export function defaultPeriod(plan: DateRange, today: string): string {
  return today >= plan.start && today <= plan.end ? today.slice(0, 4) : "plan";
}

/** The sub-periods a trend is drawn over: plan years for the whole plan, quarters for a year, else the period itself. */
export function trendPeriods(period: string, plan: DateRange): string[] {
  if (period === "plan") return Array.from({ length: planYearCount(plan) }, (_, i) => `PY${i + 1}`);
  if (/^\d{4}$/.test(period))
    return [1, 2, 3, 4].map((q) => `${period}Q${q}`).filter((id) => overlaps(periodRange(id, plan), plan));
  if (/^PY\d+$/.test(period)) {
    const r = periodRange(period, plan);
    const years = [Number(r.start.slice(0, 4)), Number(r.end.slice(0, 4))];
    return [...new Set(years)]
      .flatMap((y) => [1, 2, 3, 4].map((q) => `${y}Q${q}`))
      .filter((id) => overlaps(periodRange(id, r), r));
  }
  return [period];
}

/**
 * The quarters a report's trend runs over: the plan's quarters up to the end of the period (the
 * last `max` of them), so a status note for one quarter still shows where each criterion came from.
 *
 * @example reportTrendPeriods("2018Q4", plan, 4) // → ["2018Q1", "2018Q2", "2018Q3", "2018Q4"]
 */
export function reportTrendPeriods(period: string, plan: DateRange, max = 8): string[] {
  const end = periodInPlan(period, plan).end;
  return periodChoices(plan)
    .filter((c) => c.group === "quarter" && periodRange(c.id, plan).start <= end)
    .map((c) => c.id)
    .slice(-max);
}

/**
 * The years a målopfyldelsesskema reports on, up to and including the period: plan years for a
 * plan year (PY1 … PY3), calendar years for a calendar year, every plan year for the whole plan.
 *
 * @example formYears("PY3", plan) // → ["PY1", "PY2", "PY3"]
 */
export function formYears(period: string, plan: DateRange): string[] {
  const planYear = /^PY(\d+)$/.exec(period);
  if (planYear) return Array.from({ length: Number(planYear[1]) }, (_, i) => `PY${i + 1}`);
  if (period === "plan") return Array.from({ length: planYearCount(plan) }, (_, i) => `PY${i + 1}`);
  const year = Number(period.slice(0, 4));
  const first = Number(plan.start.slice(0, 4));
  return Array.from({ length: year - first + 1 }, (_, i) => String(first + i));
}
