import type { DateRange } from "~/plan-format/periods";
import { addDays, addMonths, daysBetween, daysInMonth, maxDate, minDate } from "./dates";

/**
 * What a reader sees at once. A period that is over ends `opfyldt` or `ikke-opfyldt`; `paa-vej`
 * and `bagud` exist only while it runs. `mangler-maal`: there is a figure but no target for the
 * period; `ingen-data`: there is no figure (or the baseline a relative target needs is missing).
 */
export type Status = "opfyldt" | "ikke-opfyldt" | "paa-vej" | "bagud" | "mangler-maal" | "ingen-data";

/** Every status, in the order a reader scans them (met first, nothing last). */
export const statuses: readonly Status[] = [
  "opfyldt",
  "paa-vej",
  "bagud",
  "ikke-opfyldt",
  "mangler-maal",
  "ingen-data",
];

/** How the yearly target builds up through the period: evenly, or by 12 monthly weights (January first). */
export type Profile = "linear" | { seasonal: readonly number[] };

/**
 * How a figure behaves while its period runs:
 * - `cumulative`: counts that only grow (participants, events, courses …): judged by pace;
 * - `level`: averages, rates and entered figures, judged as they stand;
 * - `milestone`: done or not yet; not done is "on its way" until the period is over.
 */
export type Growth = "cumulative" | "level" | "milestone";

export type RelativeTarget = "better-than-baseline" | "comparable-to-comparison-area";

export interface StatusInput {
  actual: number | null;
  /** A number to reach, a relative target, or null where the period has no target. */
  target: number | { relative: RelativeTarget } | null;
  /** The baseline figure and the comparison area's figure, for relative targets. */
  baseline?: { value?: number | null; comparisonValue?: number | null };
  direction: "up" | "down";
  range: DateRange;
  /** ISO date; a period running today is not finished. */
  today: string;
  profile?: Profile;
  growth?: Growth;
  /**
   * False while the figure can still change after the period: a cohort with members too young to
   * judge. An unsettled figure is judged as a level that is still running, even after the period.
   */
  settled?: boolean;
}

/**
 * The status of a figure against its target for a period:
 * - no figure, a relative target without the baseline to compare with, or a period not yet begun:
 *   "ingen-data"; a figure but no target: "mangler-maal";
 * - a finished period: "opfyldt" when the target is met, else "ikke-opfyldt" (it can no longer
 *   catch up); an unsettled cohort is judged as a running level ("paa-vej" / "bagud");
 * - a running period, cumulative figures: met already → "opfyldt"; at least the expected share of
 *   the target by today (linear or seasonal) → "paa-vej"; else "bagud". For direction "down" the
 *   same mirrored: above the target → "bagud"; at most the expected share → "paa-vej"; else "bagud";
 * - a running period, level figures: meeting the target → "paa-vej", else "bagud";
 * - a running period, milestones: done → "opfyldt", else "paa-vej".
 * "Better than baseline" must be strictly better; "comparable to the comparison area" at least as good.
 */
export function status(input: StatusInput): Status {
  const { actual, target, direction, range, today } = input;
  if (actual === null) return "ingen-data";
  if (target === null) return "mangler-maal";
  const threshold =
    typeof target === "number"
      ? target
      : target.relative === "better-than-baseline"
        ? input.baseline?.value
        : input.baseline?.comparisonValue;
  if (threshold === null || threshold === undefined) return "ingen-data";
  const strict = typeof target !== "number" && target.relative === "better-than-baseline";
  const up = direction === "up";
  const meets = (x: number, t: number) => (up ? (strict ? x > t : x >= t) : strict ? x < t : x <= t);
  if (today < range.start) return "ingen-data";
  const settled = input.settled !== false;
  if (today > range.end && settled) return meets(actual, threshold) ? "opfyldt" : "ikke-opfyldt";
  const growth = settled ? (input.growth ?? "cumulative") : "level";
  if (growth === "milestone") return meets(actual, threshold) ? "opfyldt" : "paa-vej";
  if (growth === "level") return meets(actual, threshold) ? "paa-vej" : "bagud";
  const expected = expectedShare(range, today, input.profile ?? "linear") * threshold;
  if (up) {
    if (meets(actual, threshold)) return "opfyldt";
    return actual >= expected ? "paa-vej" : "bagud";
  }
  if (!meets(actual, threshold)) return "bagud";
  return actual <= expected ? "paa-vej" : "bagud";
}

/**
 * The share (0–1) of a period's target expected by the end of `today`: days elapsed over days in
 * the period (linear), or the monthly weights elapsed, each month's weight spread over its days.
 */
export function expectedShare(range: DateRange, today: string, profile: Profile = "linear"): number {
  if (today < range.start) return 0;
  if (today >= range.end) return 1;
  const linear = (daysBetween(range.start, today) + 1) / (daysBetween(range.start, range.end) + 1);
  if (profile === "linear") return linear;
  let total = 0;
  let elapsed = 0;
  for (let month = `${range.start.slice(0, 7)}-01`; month <= range.end; month = addMonths(month, 1)) {
    const perDay = (profile.seasonal[Number(month.slice(5, 7)) - 1] ?? 0) / daysInMonth(month);
    const from = maxDate(month, range.start);
    const to = minDate(addDays(addMonths(month, 1), -1), range.end);
    total += perDay * (daysBetween(from, to) + 1);
    if (today >= from) elapsed += perDay * (daysBetween(from, minDate(today, to)) + 1);
  }
  return total > 0 ? elapsed / total : linear;
}
