import type { Criterion } from "~/plan-format/criterion";
import type { Measure } from "~/plan-format/measure";
import type { LogbookFacts } from "../facts";
import { NAMED, type Period, PLAN } from "./facts-arbitrary";
import type { Setting } from "./measure-arbitraries";
import { reference } from "./reference";

/**
 * A criterion's målopfyldelse for a period worked out again in plain loops, day by day and month by
 * month, as the plan format describes true periods: the calendar's periods cut at the plan's ends,
 * the stated target, else one derived from the stated ones (sum, pro-rated share, mean, the target
 * of a containing or the latest period), the figure over the days the target covers, and the status.
 */
export interface RefRow {
  target: number | null;
  relative: string | null;
  range: { start: string; end: string };
  value: number | null;
  status: string;
}

type Placed = { period: string; value: number | null; relative: string | null; start: string; end: string };

function nextDay(d: string): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
function countDays(start: string, end: string): number {
  let n = 0;
  for (let d = start; d <= end; d = nextDay(d)) n++;
  return n;
}
/** Whole months from the first to the last day, or null when the range does not start and end on month edges. */
function countMonths(start: string, end: string): number | null {
  if (start.slice(8) !== "01" || nextDay(end).slice(8) !== "01") return null;
  let n = 0;
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  while (`${y}-${String(m).padStart(2, "0")}` <= end.slice(0, 7)) {
    n++;
    m++;
    if (m === 13) {
      m = 1;
      y++;
    }
  }
  return n;
}
const familyOf = (id: string) =>
  id === "plan" ? "plan" : id.startsWith("PY") ? "py" : id.includes("H") ? "h" : id.includes("Q") ? "q" : "y";
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

function growthOf(m: Measure): "cumulative" | "level" | "latest" | "milestone" {
  if ((m.kind === "milestone" && m.milestone !== undefined) || m.kind === "areaList") return "milestone";
  if (m.kind === "externalStatistic" || m.kind === "survey") return "latest";
  if (m.kind === "averageAttendance" || m.kind === "outcomeRate") return "level";
  return "cumulative";
}

/** The target for the period as the reference reads the plan's rules, with the days the figure covers. */
function refTarget(
  criterion: Pick<Criterion, "targets" | "measure">,
  asked: { id: string; start: string; end: string },
  due: string | undefined,
): { value: number | null; relative: string | null; window: Period } | null {
  const growth = growthOf(criterion.measure);
  const placed: Placed[] = [];
  for (const t of criterion.targets) {
    const named = NAMED[t.period];
    const start = later(named.start, PLAN.start);
    const end = earlier(named.end, PLAN.end);
    if (start <= end)
      placed.push({ period: t.period, value: t.value ?? null, relative: t.relative ?? null, start, end });
  }
  for (const p of placed)
    if (p.period === asked.id || (p.start === asked.start && p.end === asked.end))
      return { value: p.value, relative: p.relative, window: { ...asked } };
  if (placed.length === 0) {
    if (growth === "milestone" && (due === undefined || due <= asked.end))
      return { value: 1, relative: null, window: { ...asked } };
    return null;
  }
  let containing: Placed | null = null;
  for (const p of placed)
    if (p.start <= asked.start && p.end >= asked.end)
      if (containing === null || countDays(p.start, p.end) < countDays(containing.start, containing.end))
        containing = p;
  let latest: Placed | null = null;
  for (const p of placed)
    if (p.start >= asked.start && p.end <= asked.end) {
      if (latest === null || p.end > latest.end) latest = p;
      else if (p.end === latest.end && countDays(p.start, p.end) < countDays(latest.start, latest.end)) latest = p;
    }
  const fromLatest = (p: Placed) => ({
    value: p.value,
    relative: p.relative,
    window: { id: p.period, start: p.start, end: p.end },
  });
  const fromContaining = (p: Placed) => ({ value: p.value, relative: p.relative, window: { ...asked } });
  if (growth === "latest" || growth === "milestone") {
    if (latest) return fromLatest(latest);
    return containing ? fromContaining(containing) : null;
  }
  if (growth === "level" && containing) return fromContaining(containing);
  // The kind of period whose numeric targets cover most of the asked days; ties go to the shorter periods.
  const families: string[] = [];
  for (const p of placed)
    if (p.value !== null && p.start <= asked.end && p.end >= asked.start && !families.includes(familyOf(p.period)))
      families.push(familyOf(p.period));
  let best: Placed[] | null = null;
  let bestCovered = -1;
  let bestLength = 0;
  for (const family of families) {
    const list = placed.filter(
      (p) => p.value !== null && familyOf(p.period) === family && p.start <= asked.end && p.end >= asked.start,
    );
    let covered = 0;
    let length = 0;
    for (const p of list) {
      covered += countDays(later(p.start, asked.start), earlier(p.end, asked.end));
      length += countDays(p.start, p.end);
    }
    length /= list.length;
    if (covered > bestCovered || (covered === bestCovered && length < bestLength)) {
      best = list;
      bestCovered = covered;
      bestLength = length;
    }
  }
  if (best === null) return latest ? fromLatest(latest) : null;
  let sum = 0;
  let weighted = 0;
  let weights = 0;
  let monthsWeighted = 0;
  let monthsWeights = 0;
  let allMonths = true;
  let start = "9999-12-31";
  let end = "0000-01-01";
  for (const p of best) {
    const from = later(p.start, asked.start);
    const to = earlier(p.end, asked.end);
    const partMonths = countMonths(from, to);
    const wholeMonths = countMonths(p.start, p.end);
    const share =
      partMonths !== null && wholeMonths !== null
        ? partMonths / wholeMonths
        : countDays(from, to) / countDays(p.start, p.end);
    sum += (p.value ?? 0) * share;
    weighted += (p.value ?? 0) * countDays(from, to);
    weights += countDays(from, to);
    monthsWeighted += (p.value ?? 0) * (partMonths ?? 0);
    monthsWeights += partMonths ?? 0;
    if (partMonths === null) allMonths = false;
    start = earlier(start, from);
    end = later(end, to);
  }
  const single = best.length === 1 && countDays(best[0].start, best[0].end) === countDays(start, end);
  const window = { start, end, ...(single ? { id: best[0].period } : {}) };
  const mean = allMonths ? monthsWeighted / monthsWeights : weighted / weights;
  return { value: growth === "level" ? mean : sum, relative: null, window };
}

/** The status as the plan format describes it, with a linear build-up through a running period. */
function refStatus(
  actual: number | null,
  target: { value: number | null; relative: string | null } | null,
  baseline: number | null,
  criterion: Pick<Criterion, "direction" | "baseline" | "measure">,
  range: { start: string; end: string },
  today: string,
  settled: boolean,
): string {
  if (actual === null) return "ingen-data";
  if (target === null) return "mangler-maal";
  let threshold: number | null = target.value;
  if (target.relative === "better-than-baseline") threshold = baseline;
  if (target.relative === "comparable-to-comparison-area") threshold = criterion.baseline?.comparisonValue ?? null;
  if (target.value === null && target.relative === null) return "mangler-maal";
  if (threshold === null) return "ingen-data";
  const strict = target.relative === "better-than-baseline";
  const up = criterion.direction === "up";
  const meets = (x: number) =>
    up ? (strict ? x > threshold : x >= threshold) : strict ? x < threshold : x <= threshold;
  if (today < range.start) return "ingen-data";
  if (today > range.end && settled) return meets(actual) ? "opfyldt" : "ikke-opfyldt";
  const m = criterion.measure;
  const growth = !settled
    ? "level"
    : growthOf(m) === "milestone" || m.kind === "milestone"
      ? "milestone"
      : growthOf(m) === "cumulative"
        ? "cumulative"
        : "level";
  if (growth === "milestone") return meets(actual) ? "opfyldt" : "paa-vej";
  if (growth === "level") return meets(actual) ? "paa-vej" : "bagud";
  const share = today >= range.end ? 1 : countDays(range.start, today) / countDays(range.start, range.end);
  const expected = share * threshold;
  if (up) return meets(actual) ? "opfyldt" : actual >= expected ? "paa-vej" : "bagud";
  if (!meets(actual)) return "bagud";
  return actual <= expected ? "paa-vej" : "bagud";
}

/** One criterion's row for a period id of the plan, as of `today`. */
export function refAttainment(
  criterion: Pick<Criterion, "targets" | "measure" | "direction" | "baseline" | "key">,
  facts: LogbookFacts,
  periodId: string,
  today: string,
  setting: Setting,
  due: string | undefined,
): RefRow {
  const named = NAMED[periodId];
  const asked = { id: periodId, start: later(named.start, PLAN.start), end: earlier(named.end, PLAN.end) };
  const entered = ["externalStatistic", "survey", "milestone", "areaList"].includes(criterion.measure.kind);
  const measure = (p: Period) => {
    if (entered) return reference(criterion.measure, facts, p, setting);
    if (today < p.start) return { value: null, ids: {} as Record<string, string[]> };
    return reference(criterion.measure, facts, { ...p, end: earlier(p.end, today), asOf: today }, setting);
  };
  const target = refTarget(criterion, asked, due);
  const window = target ? target.window : asked;
  const result = measure(window);
  const b = criterion.baseline;
  let baseline: number | null = b?.value ?? null;
  if (b && b.value === undefined && b.period !== undefined)
    baseline = measure({ ...NAMED[b.period], id: b.period }).value;
  const settled = (result.ids.immature ?? []).length === 0;
  return {
    target: target ? target.value : null,
    relative: target ? target.relative : null,
    range: { start: window.start, end: entered ? window.end : earlier(window.end, today) },
    value: result.value,
    status: refStatus(result.value, target, baseline, criterion, window, today, settled),
  };
}
