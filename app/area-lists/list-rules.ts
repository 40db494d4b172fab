/**
 * The rules behind the government's lists of housing areas, as they stood for each list year.
 * Sources and what could and could not be verified: docs/area-lists.md.
 *
 * - from the list of 1 December 2018: almenboligloven § 61 a (udsat boligområde, parallelsamfund,
 *   omdannelsesområde) and, from the list of 1 December 2021, § 61 b (forebyggelsesområde), in the
 *   wording of LBK nr. 1171 af 11. november 2024;
 * - lists of 1 December 2013–2017: the five criteria of L 45 (2013), three of five;
 * - lists of 2010–2012: the government's three criteria ("Ghettoen tilbage til samfundet"), two of three.
 */

/** A figure the lists are computed from, for one area and one list year. */
export const listFigureKeys = [
  "residents",
  "outsideWorkOrEducation",
  "convicted",
  "nationalConvicted",
  "basicSchoolingOnly",
  "incomeShareOfRegion",
  "nonWestern",
] as const;
export type ListFigureKey = (typeof listFigureKeys)[number];

/**
 * The figures of one area for the list of 1 December `year`, in percent (residents as a count).
 * `outsideWorkOrEducation` and `convicted` are the list's own two-year averages (as published).
 */
export type ListFigures = { year: number } & Partial<Record<ListFigureKey, number>>;

/** How a figure is held against its threshold, in the law's own words. */
export type Comparison = "over" | "atLeast" | "under";

/** One criterion of a list: a figure, how it compares and its threshold (fixed, or a multiple of the national rate). */
export interface ListCriterionRule {
  key: "work" | "crime" | "education" | "income" | "nonWestern";
  figure: ListFigureKey;
  comparison: Comparison;
  threshold: number | { timesNational: number };
}

export interface ListRuleSet {
  key: "ghettoliste-2010" | "ghettoliste-2013" | "almenboligloven-2018" | "almenboligloven-2021";
  /** The first list year the rules apply to. */
  fromYear: number;
  minResidents: number;
  /** The criteria of an udsat boligområde (before 2018: of the ghetto list) and how many must be met. */
  exposed: { criteria: ListCriterionRule[]; needed: number };
  /** Parallelsamfund: non-Western share over the limit and the exposed-area criteria (2018 on). */
  parallel?: { nonWesternOver: number };
  /** Omdannelsesområde: years in a row as parallelsamfund (or on the ghetto list before 2018). */
  transformationYears?: number;
  /** Forebyggelsesområde (§ 61 b): non-Western share over the limit and `needed` of `criteria`. */
  prevention?: { nonWesternOver: number; criteria: ListCriterionRule[]; needed: number };
}

const work = (threshold: number): ListCriterionRule => ({
  key: "work",
  figure: "outsideWorkOrEducation",
  comparison: "over",
  threshold,
});
const crimeTimes = (times: number): ListCriterionRule => ({
  key: "crime",
  figure: "convicted",
  comparison: "atLeast",
  threshold: { timesNational: times },
});
const crimeOver = (threshold: number): ListCriterionRule => ({
  key: "crime",
  figure: "convicted",
  comparison: "over",
  threshold,
});
const education = (threshold: number): ListCriterionRule => ({
  key: "education",
  figure: "basicSchoolingOnly",
  comparison: "over",
  threshold,
});
const income = (threshold: number): ListCriterionRule => ({
  key: "income",
  figure: "incomeShareOfRegion",
  comparison: "under",
  threshold,
});
const nonWestern: ListCriterionRule = { key: "nonWestern", figure: "nonWestern", comparison: "over", threshold: 50 };

const law2018 = {
  minResidents: 1000,
  exposed: { criteria: [work(40), crimeTimes(3), education(60), income(55)], needed: 2 },
  parallel: { nonWesternOver: 50 },
};

/** The rule sets, oldest first. */
export const listRuleSets: ListRuleSet[] = [
  {
    key: "ghettoliste-2010",
    fromYear: 2010,
    minResidents: 1000,
    exposed: { criteria: [nonWestern, work(40), crimeOver(2.7)], needed: 2 },
  },
  {
    key: "ghettoliste-2013",
    fromYear: 2013,
    minResidents: 1000,
    exposed: { criteria: [nonWestern, work(40), crimeOver(2.7), education(50), income(55)], needed: 3 },
  },
  { key: "almenboligloven-2018", fromYear: 2018, ...law2018, transformationYears: 4 },
  {
    key: "almenboligloven-2021",
    fromYear: 2021,
    ...law2018,
    transformationYears: 5,
    prevention: { nonWesternOver: 30, criteria: [work(30), crimeTimes(2), education(60), income(65)], needed: 2 },
  },
];

/** The rules that applied to the list of 1 December `year` (the 2010 rules for earlier years). */
export function listRulesFor(year: number): ListRuleSet {
  return listRuleSets.filter((r) => r.fromYear <= year).at(-1) ?? listRuleSets[0];
}
