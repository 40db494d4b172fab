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

/** Whether two date ranges share at least one day. */
export function overlaps(a: DateRange, b: DateRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}
