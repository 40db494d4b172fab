import type { Criterion } from "~/plan-format/criterion";
import { type DateRange, periodFamily, periodRange } from "~/plan-format/periods";
import { daysBetween, maxDate, minDate } from "./dates";
import type { RelativeTarget } from "./status";

/**
 * How a figure behaves over time, for choosing its target:
 * - `cumulative`: counts that add up over a period (records, and persons or households counted
 *   once in it): a longer period's target is the sum of its parts, a shorter one's a pro-rated share;
 * - `level`: averages and rates: a part of a period keeps the period's target; several targets are
 *   averaged (weighted by their days in the period);
 * - `latest`: figures entered per period (statistics, surveys): the target of the latest period
 *   inside the asked one, or of the period that contains it;
 * - `milestone`: done or not; a milestone bound to the plan's milestone list is due by its date.
 */
export type TargetGrowth = "cumulative" | "level" | "latest" | "milestone";

/**
 * Where a period's target comes from: `exact` (the plan states it for this period), `sum` (whole
 * target periods added up), `prorated` (a share of one or more targets, by months or days),
 * `mean` (targets averaged), `containing` (the target of a longer period, for a level or rate),
 * `latest` (the latest target inside the period), `due` (a milestone due by the period's end).
 */
export type TargetBasis = "exact" | "sum" | "prorated" | "mean" | "containing" | "latest" | "due";

/** One stated target behind a derived one, and the share of it that falls in the period (1 = all). */
export interface TargetPart {
  period: string;
  value: number;
  share: number;
}

export interface PeriodTarget {
  /** The number to reach; undefined when the target is relative. */
  value?: number;
  relative?: RelativeTarget;
  basis: TargetBasis;
  parts: TargetPart[];
  /** The days the figure is computed over and judged on (with a period id where it is one period). */
  window: DateRange & { id?: string };
  /** The stated targets cover only part of the asked period: the figure covers just `window`. */
  partial: boolean;
  /** The period of the one stated target used (exact, containing, latest), if it is one. */
  stated?: string;
}

type Placed = { period: string; value?: number; relative?: RelativeTarget; range: DateRange };

const days = (r: DateRange) => daysBetween(r.start, r.end) + 1;
const intersect = (a: DateRange, b: DateRange): DateRange | null => {
  const start = maxDate(a.start, b.start);
  const end = minDate(a.end, b.end);
  return start <= end ? { start, end } : null;
};
const isMonthStart = (d: string) => d.endsWith("-01");
const isMonthEnd = (d: string) => {
  const next = new Date(`${d}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
};
const months = (r: DateRange) =>
  (Number(r.end.slice(0, 4)) - Number(r.start.slice(0, 4))) * 12 +
  Number(r.end.slice(5, 7)) -
  Number(r.start.slice(5, 7)) +
  1;
const wholeMonths = (r: DateRange) => isMonthStart(r.start) && isMonthEnd(r.end);

/**
 * The share of a target period that a part of it makes up: by whole months where both are whole
 * months (a quarter is 3/12 of a year, as a reader would count it), else by days.
 */
export function shareOf(part: DateRange, whole: DateRange): number {
  if (wholeMonths(part) && wholeMonths(whole)) return months(part) / months(whole);
  return days(part) / days(whole);
}

/**
 * The target a criterion sets for a period (already clipped to the plan period), or null when the
 * plan sets none that applies. `due` is the end of a plan milestone's due period, for milestones.
 */
export function periodTarget(
  criterion: Pick<Criterion, "targets">,
  asked: DateRange & { id: string },
  plan: DateRange,
  growth: TargetGrowth,
  due?: string,
): PeriodTarget | null {
  const placed: Placed[] = [];
  for (const t of criterion.targets) {
    const range = intersect(periodRange(t.period, plan), plan);
    if (range) placed.push({ period: t.period, value: t.value, relative: t.relative, range });
  }
  const exact = placed.find(
    (p) => p.period === asked.id || (p.range.start === asked.start && p.range.end === asked.end),
  );
  if (exact) return single(exact, "exact", { ...asked });
  if (placed.length === 0)
    return growth === "milestone" && (due === undefined || due <= asked.end)
      ? { value: 1, basis: "due", parts: [], window: { ...asked }, partial: false }
      : null;
  const containing = placed
    .filter((p) => p.range.start <= asked.start && p.range.end >= asked.end)
    .sort((a, b) => days(a.range) - days(b.range))[0];
  const latestInside = placed
    .filter((p) => p.range.start >= asked.start && p.range.end <= asked.end)
    .sort((a, b) =>
      a.range.end < b.range.end ? 1 : a.range.end > b.range.end ? -1 : days(a.range) - days(b.range),
    )[0];
  if (growth === "latest" || growth === "milestone") {
    if (latestInside) return single(latestInside, "latest", { ...latestInside.range, id: latestInside.period });
    return containing ? single(containing, "containing", { ...asked }) : null;
  }
  if (growth === "level" && containing) return single(containing, "containing", { ...asked });
  const numeric = placed.filter((p) => p.value !== undefined);
  const family = bestFamily(numeric, asked);
  if (!family) {
    // Only relative targets ("better than at the start"): the latest one inside the period.
    return latestInside ? single(latestInside, "latest", { ...latestInside.range, id: latestInside.period }) : null;
  }
  const parts: (TargetPart & { overlap: DateRange })[] = [];
  for (const p of family) {
    const overlap = intersect(p.range, asked);
    if (overlap) parts.push({ period: p.period, value: p.value ?? 0, share: shareOf(overlap, p.range), overlap });
  }
  const start = parts.map((p) => p.overlap.start).reduce((a, b) => minDate(a, b));
  const end = parts.map((p) => p.overlap.end).reduce((a, b) => maxDate(a, b));
  const covered = parts.reduce((n, p) => n + days(p.overlap), 0);
  const window = { start, end, ...(parts.length === 1 && parts[0].share === 1 ? { id: parts[0].period } : {}) };
  const clean = parts.map(({ period, value, share }) => ({ period, value, share }));
  if (growth === "level") {
    // Weighted by how much of the period each target covers: whole months where all are whole
    // months (four plan years weigh the same, leap day or not), else days.
    const span = parts.every((p) => wholeMonths(p.overlap)) ? months : days;
    const weight = parts.reduce((n, p) => n + span(p.overlap), 0);
    const value = parts.reduce((sum, p) => sum + p.value * span(p.overlap), 0) / weight;
    return { value, basis: "mean", parts: clean, window, partial: covered < days(asked) };
  }
  const value = parts.reduce((sum, p) => sum + p.value * p.share, 0);
  // One whole target period (the only one with a target in a longer period): its own target, stated.
  const basis = parts.every((p) => p.share === 1) ? (parts.length === 1 ? "exact" : "sum") : "prorated";
  const stated = basis === "exact" ? { stated: parts[0].period } : {};
  return { value, basis, parts: clean, window, partial: covered < days(asked), ...stated };
}

function single(p: Placed, basis: TargetBasis, window: DateRange & { id?: string }): PeriodTarget {
  return {
    ...(p.value !== undefined ? { value: p.value } : {}),
    ...(p.relative !== undefined ? { relative: p.relative } : {}),
    basis,
    parts: p.value !== undefined ? [{ period: p.period, value: p.value, share: 1 }] : [],
    window,
    partial: false,
    stated: p.period,
  };
}

/**
 * Of the stated targets that overlap the period, those of one kind of period (plan years, calendar
 * years, halves, quarters or the whole plan) that cover most of it; on a tie, the shorter periods,
 * which place the target more precisely.
 */
function bestFamily(placed: Placed[], asked: DateRange): Placed[] | null {
  const families = new Map<string, Placed[]>();
  for (const p of placed) {
    if (!intersect(p.range, asked)) continue;
    const f = periodFamily(p.period);
    families.set(f, [...(families.get(f) ?? []), p]);
  }
  let best: { list: Placed[]; covered: number; length: number } | null = null;
  for (const list of families.values()) {
    const covered = list.reduce((n, p) => n + days(intersect(p.range, asked) as DateRange), 0);
    const length = list.reduce((n, p) => n + days(p.range), 0) / list.length;
    if (!best || covered > best.covered || (covered === best.covered && length < best.length))
      best = { list, covered, length };
  }
  return best?.list ?? null;
}
