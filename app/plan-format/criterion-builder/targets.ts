import type { Criterion, Target } from "../criterion";
import type { MeasureKind } from "../measure";
import type { Clues } from "./clues";
import type { Scope } from "./context";
import { keyedMilestone } from "./kinds";
import { digits, numberWord, type Quantity } from "./numbers";
import {
  endPattern,
  firstYearPattern,
  laterYearsPattern,
  periodOfYear,
  startPattern,
  startYear,
  wholePattern,
  yearAfterStart,
  yearInPlan,
  yearlyPattern,
  yearPeriods,
} from "./periods";
import type { Reading } from "./reading";
import { da } from "./text";

export type Baseline = NonNullable<Criterion["baseline"]>;

export interface TargetProposal {
  targets: Target[];
  baseline?: Baseline;
  direction: "up" | "down";
  notes: string[];
  /** True when the text gave no period and the whole plan period was assumed. */
  guessed?: boolean;
}

const downWords = da(
  /\b(falde[rt]?|fald|færre|nedgang|reducer\w*|mindske\w*|mindskes|sænke\w*|lavere|nedbring\w*|begrænse\w*|formindske\w*|bliver mindre)\b/,
);
const comparativeCount = da(/\b(flere|færre|nedgang|stigning)\b|\bantal\w*\b.*\b(mindre|større|stiger|falder|øges)\b/);
const comparative = da(
  /\b(flere|færre|mere|mindre|øget|øge|øges|højere|lavere|bedre|forbedre\w*|stige\w*|falde\w*|fald|nedgang|stigning|tryggere|gladere|større|reducere\w*|mindske\w*|sænke\w*|sammenlignet)\b/,
);

/** Kinds whose figure comes from outside the logbook; the others are counted from it. */
const outside: MeasureKind[] = ["externalStatistic", "survey", "milestone", "areaList"];

const wordNumber = (w: string) =>
  /^\d/.test(w) ? digits(w) : ["et", "ét", "en", "én"].includes(w) ? 1 : numberWord(w);

/** "2 år efter helhedsplanens start", "efter helhedsplanens første 2 år" → 2. */
function yearsAfterStart(flat: string): number | undefined {
  const noun = "(?:helhedsplanens|planens|projektets|indsatsens|partnerskabets|tryghedsplanens)";
  const a = da(`\\b(\\S+) år efter ${noun} (?:start|begyndelse|opstart)`).exec(flat);
  const b = da(`\\befter ${noun} første (\\S+) år`).exec(flat);
  const n = (a && wordNumber(a[1])) ?? (b && wordNumber(b[1]));
  return n ?? undefined;
}

/** Where "fra X … til Y" puts its two numbers, if the text says so. */
function change(reading: Reading): { from: Quantity; to: Quantity; fromAt: number; toAt: number } | undefined {
  const { tokens, values } = reading;
  const fra = tokens.findIndex((t, i) => t.lower === "fra" && values.some((v) => v.start > i && v.start <= i + 4));
  if (fra < 0) return undefined;
  const from = values.find((v) => v.start > fra)!;
  const til = tokens.findIndex((t, i) => i >= from.end && t.lower === "til");
  const to = til >= 0 ? values.find((v) => v.start > til && v.start <= til + 4) : undefined;
  return to ? { from, to, fromAt: fra, toAt: til } : undefined;
}

/** What every target rule reads: the text, the plan's period and years, and the notes so far. */
interface TargetFrame {
  reading: Reading;
  plan: Scope["plan"]["period"];
  years: string[];
  last: string;
  /** The years the text names that lie in the plan. */
  inPlanYears: Quantity[];
  direction: "up" | "down";
  notes: string[];
  heading?: string;
}

/**
 * Proposes the targets, baseline and direction of a criterion: one target per year for "om
 * året", PY1 and PY2… for "det første år … de følgende år", a target for the whole plan where no
 * period is given, "fra 8 % … til 6 %" as baseline and target, and "better than the baseline"
 * where the text only says "flere", "øget" or "færre".
 */
export function proposeTargets(
  reading: Reading,
  scope: Scope,
  kind: MeasureKind,
  clues: Clues,
  heading?: string,
): TargetProposal {
  const { flat, values } = reading;
  const plan = scope.plan.period;
  const years = yearPeriods(plan);
  const notes: string[] = [];
  // "mindre" alone is "smaller" beside a number ("2-4 mindre aktiviteter"), "less" without one.
  const down = downWords.test(flat) || (values.length === 0 && da(/\bmindre\b/).test(flat));
  const direction: "up" | "down" = down ? "down" : "up";

  // "ikke på listen ved udgangen af planperioden": off the list at the plan's last 1 December.
  if (kind === "areaList") return { targets: [{ period: "plan", value: 1 }], direction: "up", notes };
  if (kind === "milestone") {
    if (keyedMilestone(reading, clues)) return { targets: [], direction, notes };
    // "fortsat vurderer, at …": yes or no every year
    const periods = yearlyPattern.test(flat) || da(/\bfortsat\b/).test(flat) ? years : ["plan"];
    return { targets: periods.map((period) => ({ period, value: 1 })), direction, notes };
  }
  const frame: TargetFrame = {
    reading,
    plan,
    years,
    last: years[years.length - 1],
    inPlanYears: reading.years.filter((y) => yearInPlan(plan, y.value)),
    direction,
    notes,
    heading,
  };
  if (values.length > 0) return changeTargets(frame) ?? numberTargets(frame);
  return relativeTargets(frame, kind, clues);
}

/** "fra 8 % … til 6 %": the first number is the baseline, the second the target (each in the year it names). */
function changeTargets(frame: TargetFrame): TargetProposal | undefined {
  const { reading, notes } = frame;
  const { flat, tokens } = reading;
  const ch = change(reading);
  if (!ch) return undefined;
  const periodIn = (from: number, to: number) => {
    const y = reading.years.find((q) => q.start >= from && q.start < to);
    return y ? periodOfYear(tokens, y) : undefined;
  };
  const afterTo = flat.slice(tokens[ch.toAt].start);
  const target = periodIn(ch.to.start, tokens.length) ?? (endPattern.test(afterTo) ? frame.last : "plan");
  const baseline: Baseline = { value: ch.from.value };
  const baselinePeriod = periodIn(ch.from.start, ch.toAt);
  if (baselinePeriod) baseline.period = baselinePeriod;
  const direction = ch.to.value < ch.from.value ? "down" : frame.direction;
  return { targets: [{ period: target, value: ch.to.value }], baseline, direction, notes };
}

/** A number to reach: per year where the text gives one per year, else in the periods the text (or heading) names. */
function numberTargets(frame: TargetFrame): TargetProposal {
  const { reading, notes, direction, years, last, inPlanYears, heading } = frame;
  const { flat, tokens } = reading;
  const main = reading.main!;
  if (main.upper !== undefined)
    notes.push(`Teksten angiver et interval (${main.value}–${main.upper}); målet er den nedre grænse.`);
  if (main.approximate) notes.push(`Tallet ${main.value} er et cirkatal i teksten.`);
  const perYear = targetsPerYear(frame);
  if (perYear) return { targets: perYear, direction, notes };
  let periods: string[];
  if (yearlyPattern.test(flat)) periods = years;
  else if (wholePattern.test(flat)) periods = ["plan"];
  else if (endPattern.test(flat)) periods = [last];
  else if (inPlanYears.length > 0) periods = [...new Set(inPlanYears.map((y) => periodOfYear(tokens, y)))];
  else if (heading) {
    periods = [heading];
    notes.push(`Perioden ${heading === "plan" ? "(hele planen)" : heading} er taget fra overskriften over kriteriet.`);
  } else {
    notes.push("Teksten angiver ingen periode; målet gælder hele planperioden.");
    return { targets: [{ period: "plan", value: main.value }], direction, notes, guessed: true };
  }
  return { targets: periods.map((period) => ({ period, value: main.value })), direction, notes };
}

/** Several numbers, one per year: "det første år … de følgende år", "10 i 2017 og 15 i 2018", "15 … i 2016 og 25 i 2017". */
function targetsPerYear(frame: TargetFrame): Target[] | undefined {
  const { reading, years, plan, inPlanYears } = frame;
  const { flat, tokens, values } = reading;
  if (firstYearPattern.test(flat) && laterYearsPattern.test(flat) && values.length >= 2) {
    const firstAt = flat.search(firstYearPattern);
    const laterAt = flat.search(laterYearsPattern);
    const [first, later] = firstAt <= laterAt ? [values[0], values[1]] : [values[1], values[0]];
    return years.map((period, i) => ({ period, value: i === 0 ? first.value : later.value }));
  }
  // "10 i 2017 og 15 i 2018": a value per year
  const perYear = values
    .map((v) => ({ v, y: reading.years.find((y) => y.start > v.start && y.start <= v.end + 3) }))
    .filter((p) => p.y && yearInPlan(plan, p.y.value));
  if (perYear.length >= 2) return perYear.map((p) => ({ period: periodOfYear(tokens, p.y!), value: p.v.value }));
  // "15 … i 2016 og 25 i 2017": as many numbers as years, in the same order
  if (
    values.length >= 2 &&
    values.length === inPlanYears.length &&
    values.every((v, i) => v.start < inPlanYears[i].start)
  )
    return values.map((v, i) => ({ period: periodOfYear(tokens, inPlanYears[i]), value: v.value }));
  return undefined;
}

/** No number: "flere", "øget tryghed", "færre udsættelser" → better than the baseline. */
function relativeTargets(frame: TargetFrame, kind: MeasureKind, clues: Clues): TargetProposal {
  const { reading, plan, years, last, inPlanYears, direction, notes, heading } = frame;
  const { flat, tokens } = reading;
  const fromOutside = outside.includes(kind);
  const preplanYears = reading.years.filter((y) => y.value < Number(plan.start.slice(0, 4)));
  const relative = fromOutside ? comparative.test(flat) || preplanYears.length > 0 : comparativeCount.test(flat);
  if (!relative) return { targets: [], direction, notes };
  const better = (period: string): Target => ({ period, relative: "better-than-baseline" });
  if (!fromOutside) {
    const periods = endPattern.test(flat) ? [last] : years.slice(1);
    notes.push("Logbogen tæller først fra planens start, så første år er udgangspunktet.");
    return { targets: periods.map(better), baseline: { period: years[0] }, direction, notes };
  }
  const after = yearsAfterStart(flat);
  let periods: string[];
  if (after !== undefined) periods = [String(yearAfterStart(plan, after))];
  else if (inPlanYears.length > 0) periods = [...new Set(inPlanYears.map((y) => periodOfYear(tokens, y)))];
  else if (yearlyPattern.test(flat)) periods = years;
  else if (endPattern.test(flat)) periods = [last];
  else periods = [heading ?? "plan"];
  const baseline: Baseline = {};
  if (startPattern.test(flat)) baseline.period = String(startYear(plan));
  else if (preplanYears.length > 0) baseline.period = String(Math.max(...preplanYears.map((y) => y.value)));
  else baseline.period = String(startYear(plan) - (plan.start.endsWith("-01-01") ? 1 : 0));
  const statistic = clues.statistics[0];
  if (statistic && kind === "externalStatistic") {
    baseline.value = statistic.value;
    if (statistic.period) baseline.period = statistic.period;
    if (statistic.comparison) baseline.comparisonValue = statistic.comparison.value;
  }
  return { targets: periods.map(better), baseline, direction, notes };
}
