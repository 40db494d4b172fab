import { type ListCriterionRule, type ListFigures, type ListRuleSet, listRulesFor } from "./list-rules";

/** Met, not met, or unknown (a figure is missing). */
export type Verdict = boolean | null;

/** One criterion held against its threshold: the figure, the threshold and the signed distance to it. */
export interface CriterionCheck {
  key: ListCriterionRule["key"];
  figure: ListCriterionRule["figure"];
  comparison: ListCriterionRule["comparison"];
  value: number | null;
  threshold: number | null;
  /** value − threshold in percentage points (null when either is unknown). */
  distance: number | null;
  met: Verdict;
}

/** A group of criteria of which `needed` must be met. */
export interface CriteriaGroup {
  criteria: CriterionCheck[];
  needed: number;
  metCount: number;
  unknownCount: number;
  met: Verdict;
}

/** An area against the lists of 1 December `year`. */
export interface ListCheck {
  year: number;
  rules: ListRuleSet["key"];
  residents: { value: number | null; minimum: number; met: Verdict };
  exposed: CriteriaGroup;
  /** On the udsat / ghetto list: enough residents and enough criteria. */
  isExposed: Verdict;
  nonWestern: CriterionCheck | null;
  isParallel: Verdict | undefined;
  prevention: (CriteriaGroup & { nonWestern: CriterionCheck }) | undefined;
  isPrevention: Verdict | undefined;
}

/** Three-valued "and": false wins, then unknown. */
export function allOf(...verdicts: Verdict[]): Verdict {
  if (verdicts.includes(false)) return false;
  return verdicts.includes(null) ? null : true;
}

function thresholdOf(rule: ListCriterionRule, figures: ListFigures): number | null {
  if (typeof rule.threshold === "number") return rule.threshold;
  const national = figures.nationalConvicted;
  // Rounded so that 3 × 0.8 is 2.4 and not 2.4000000000000004, which 2.4 would miss.
  return national === undefined ? null : Number((rule.threshold.timesNational * national).toFixed(9));
}

/** Holds one figure against one criterion, exactly as the law words it (over, at least, under). */
export function checkCriterion(rule: ListCriterionRule, figures: ListFigures): CriterionCheck {
  const value = figures[rule.figure] ?? null;
  const threshold = thresholdOf(rule, figures);
  const known = value !== null && threshold !== null;
  const distance = known ? round(value - threshold) : null;
  let met: Verdict = null;
  if (known)
    met =
      rule.comparison === "over"
        ? value > threshold
        : rule.comparison === "atLeast"
          ? value >= threshold
          : value < threshold;
  return { key: rule.key, figure: rule.figure, comparison: rule.comparison, value, threshold, distance, met };
}

/** `needed` of the criteria: met once enough are met, not met once too few can still be. */
export function checkGroup(rules: ListCriterionRule[], needed: number, figures: ListFigures): CriteriaGroup {
  const criteria = rules.map((r) => checkCriterion(r, figures));
  const metCount = criteria.filter((c) => c.met === true).length;
  const unknownCount = criteria.filter((c) => c.met === null).length;
  const met = metCount >= needed ? true : metCount + unknownCount < needed ? false : null;
  return { criteria, needed, metCount, unknownCount, met };
}

/**
 * Checks an area's figures against the lists of 1 December `figures.year` under the rules of that
 * year (pure). Omdannelsesområde needs the years before; see `listHistory`.
 */
export function checkAreaLists(figures: ListFigures): ListCheck {
  const rules = listRulesFor(figures.year);
  const residentsValue = figures.residents ?? null;
  const residents = {
    value: residentsValue,
    minimum: rules.minResidents,
    met: residentsValue === null ? null : residentsValue >= rules.minResidents,
  };
  const exposed = checkGroup(rules.exposed.criteria, rules.exposed.needed, figures);
  const isExposed = allOf(residents.met, exposed.met);
  const parallelRule = rules.parallel;
  const nonWestern = parallelRule ? nonWesternCheck(parallelRule.nonWesternOver, figures) : null;
  const isParallel = nonWestern ? allOf(isExposed, nonWestern.met) : undefined;
  let prevention: ListCheck["prevention"];
  if (rules.prevention) {
    const group = checkGroup(rules.prevention.criteria, rules.prevention.needed, figures);
    prevention = { ...group, nonWestern: nonWesternCheck(rules.prevention.nonWesternOver, figures) };
  }
  const isPrevention = prevention ? allOf(residents.met, prevention.nonWestern.met, prevention.met) : undefined;
  return {
    year: figures.year,
    rules: rules.key,
    residents,
    exposed,
    isExposed,
    nonWestern,
    isParallel,
    prevention,
    isPrevention,
  };
}

function nonWesternCheck(over: number, figures: ListFigures): CriterionCheck {
  return checkCriterion({ key: "nonWestern", figure: "nonWestern", comparison: "over", threshold: over }, figures);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
