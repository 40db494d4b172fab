import type { Criterion } from "~/plan-format/criterion";
import { periodRange } from "~/plan-format/periods";
import { indexPlan } from "~/plan-format/plan-index";
import { demoListFigures } from "../demo-list-figures";
import { dayOf, isoOf, Random } from "../demo-random";
import type { DemoPeople } from "./people";

// Figures entered by hand: yes/no criteria, external statistics and surveys, the area-list figures.

/** The figures entered by hand for criteria and named series, and the area-list figures. */
export function enteredValues(gen: DemoPeople) {
  const seriesDone = new Set<string>();
  for (const { criterion } of indexPlan(gen.plan).criteria) {
    const m = criterion.measure;
    if (m.kind === "milestone" && m.milestone === undefined) yesNoValues(gen, criterion);
    else if (m.kind === "externalStatistic" || m.kind === "survey") {
      // A named series gets its figures once, whichever criteria read it.
      if (m.series !== undefined && seriesDone.has(m.series)) continue;
      if (m.series !== undefined) seriesDone.add(m.series);
      const question = m.kind === "survey" ? m.question : `${m.statistic}|${m.comparisonArea ?? ""}`;
      figureValues(gen, criterion, m.kind, m.unit, m.source, question, m.series);
    }
  }
  const lastYear = Number(isoOf(gen.end).slice(0, 4));
  for (const v of demoListFigures(gen.plan, lastYear, gen.options.seed))
    gen.out.seriesValues.push({ id: gen.ids.next(), ...v });
}

function yesNoValues(gen: DemoPeople, c: Criterion) {
  const r = gen.rng;
  const source = "Styregruppens referat (demodata)";
  const planYears = gen.years.map((y) => `PY${y.index + 1}`);
  const targets = c.targets.length > 0 ? c.targets.map((t) => t.period) : planYears;
  for (const period of targets) {
    if (!gen.startedPeriod(period)) continue;
    const range = periodRange(period, gen.plan.period);
    if (dayOf(range.end) - dayOf(range.start) > 400) {
      // A target for the whole plan (or several years): done once, in one of its first years.
      const inside = planYears.filter((py) => {
        const pr = periodRange(py, gen.plan.period);
        return pr.start >= range.start && pr.end <= range.end && gen.startedPeriod(py);
      });
      if (inside.length > 0) value(gen, c.key, r.pick(inside.slice(0, 3)), 1, source);
    } else value(gen, c.key, period, r.chance(0.85) ? 1 : 0, source);
  }
}

/**
 * Figures for an external statistic (every year, or plan year when plan years are not calendar
 * years; halves where a target is a half) or a survey (rounds every other year), moving from the
 * baseline towards the target. Criteria asking the same question get the same figures.
 */
function figureValues(
  gen: DemoPeople,
  c: Criterion,
  kind: "externalStatistic" | "survey",
  unit: string,
  measureSource: string | undefined,
  series: string,
  seriesKey?: string,
) {
  const r = new Random(gen.options.seed, `${gen.plan.slug}:${kind}:${series}`);
  const source = `${measureSource ?? (kind === "survey" ? "Beboerundersøgelse" : "Kommunens statistik")} (demodata)`;
  const periods = new Set<string>();
  const needsBaseline = c.baseline?.value === undefined && c.baseline?.period !== undefined;
  if (needsBaseline && c.baseline?.period) periods.add(c.baseline.period);
  const first = Number(gen.plan.period.start.slice(0, 4));
  const last = Number(isoOf(gen.end).slice(0, 4));
  const calendar = gen.plan.period.start.slice(5) === "01-01";
  const halves = c.targets.some((t) => /H\d$/.test(t.period));
  if (kind === "externalStatistic") {
    if (calendar) for (let y = first; y <= last; y++) periods.add(String(y));
    else for (const y of gen.years) periods.add(`PY${y.index + 1}`);
    if (halves) for (let y = first; y <= last; y++) for (const h of ["H1", "H2"]) periods.add(`${y}${h}`);
  } else {
    for (let y = needsBaseline ? first + 1 : first; y <= last; y += 2) periods.add(String(y));
    periods.add(String(last));
  }
  for (const t of c.targets) if (t.period !== "plan") periods.add(t.period);
  const base = c.baseline?.value ?? defaultLevel(unit, r);
  const numeric = c.targets.find((t) => t.value !== undefined)?.value;
  const better = (x: number) =>
    c.direction === "down" ? x * (1 - r.between(-0.04, 0.25)) : x * (1 + r.between(-0.04, 0.25));
  const goal = numeric !== undefined ? numeric * r.between(0.92, 1.08) : better(base);
  const planStart = dayOf(gen.plan.period.start);
  const planEnd = dayOf(gen.plan.period.end);
  const sorted = [...periods].sort();
  for (const period of sorted) {
    if (!gen.startedPeriod(period) && period !== c.baseline?.period) continue;
    let range: { start: string; end: string };
    try {
      range = periodRange(period, gen.plan.period);
    } catch {
      continue;
    }
    const mid = (dayOf(range.start) + dayOf(range.end)) / 2;
    const x = period === c.baseline?.period ? 0 : Math.max(0, Math.min(1, (mid - planStart) / (planEnd - planStart)));
    const noise = x === 0 ? 0 : new Random(gen.options.seed, `${series}:${period}`).normal() * 0.03 * Math.abs(base);
    const figure = roundFor(unit, base + (goal - base) * x + noise);
    if (seriesKey === undefined) value(gen, c.key, period, figure, source);
    else gen.out.seriesValues.push({ id: gen.ids.next(), seriesKey, period, value: figure, source });
  }
}

function value(gen: DemoPeople, criterionKey: string, period: string, value: number, source: string) {
  gen.out.criterionValues.push({ id: gen.ids.next(), criterionKey, period, value, source });
}

function defaultLevel(unit: string, r: Random): number {
  switch (unit) {
    case "percent":
      return Math.round(r.between(25, 65) * 10) / 10;
    case "per10000":
      return Math.round(r.between(30, 90) * 10) / 10;
    case "dkk":
      return Math.round(r.between(150_000, 260_000));
    case "score":
      return Math.round(r.between(2.8, 3.6) * 100) / 100;
    default:
      return Math.round(r.between(8, 60));
  }
}

function roundFor(unit: string, value: number): number {
  switch (unit) {
    case "percent":
      return Math.round(Math.min(100, Math.max(0, value)) * 10) / 10;
    case "per10000":
      return Math.round(Math.max(0, value) * 10) / 10;
    case "score":
      return Math.round(Math.max(0, value) * 100) / 100;
    default:
      return Math.max(0, Math.round(value));
  }
}
