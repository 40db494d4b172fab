import { allOf, checkAreaLists, type ListCheck, type Verdict } from "./check-area-lists";
import { type ListFigures, listRulesFor } from "./list-rules";

/** Where an area stands on the lists of one year, most serious first; `ukendt` when figures are missing. */
export type ListStatus =
  | "omdannelsesomraade"
  | "parallelsamfund"
  | "udsat"
  | "forebyggelsesomraade"
  | "ingen"
  | "ukendt";

/** One list year of an area: the check, the years in a row as parallelsamfund and the status. */
export interface ListYear {
  check: ListCheck;
  /** Omdannelsesområde: the required years in a row as parallelsamfund (ghetto list before 2018). */
  isTransformation: Verdict | undefined;
  transformationYears: number | undefined;
  status: ListStatus;
  /** On any of the lists (udsat, parallelsamfund, omdannelsesområde, forebyggelsesområde). */
  onList: Verdict;
}

/** A year counts towards omdannelse when the area was a parallelsamfund (before 2018: on the ghetto list). */
const parallelLike = (c: ListCheck): Verdict => (c.isParallel === undefined ? c.isExposed : c.isParallel);

/**
 * The area's lists year by year from its figures (pure). Years without figures between two known
 * years are not invented: an omdannelsesområde that needs them stays unknown.
 */
export function listHistory(figures: ListFigures[]): ListYear[] {
  const byYear = new Map(figures.map((f) => [f.year, f]));
  const checks = new Map<number, ListCheck>();
  const checkOf = (year: number) => {
    let c = checks.get(year);
    if (!c) {
      c = checkAreaLists(byYear.get(year) ?? { year });
      checks.set(year, c);
    }
    return c;
  };
  return [...byYear.keys()]
    .sort((a, b) => a - b)
    .map((year) => {
      const check = checkOf(year);
      const needed = listRulesFor(year).transformationYears;
      const years = needed === undefined ? [] : Array.from({ length: needed }, (_, i) => year - i);
      const isTransformation = needed === undefined ? undefined : allOf(...years.map((y) => parallelLike(checkOf(y))));
      return { check, isTransformation, transformationYears: needed, ...statusOf(check, isTransformation) };
    });
}

function statusOf(check: ListCheck, isTransformation: Verdict | undefined): { status: ListStatus; onList: Verdict } {
  const ladder: [ListStatus, Verdict | undefined][] = [
    ["omdannelsesomraade", isTransformation],
    ["parallelsamfund", check.isParallel],
    ["udsat", check.isExposed],
    ["forebyggelsesomraade", check.isPrevention],
  ];
  const first = ladder.find(([, v]) => v === true);
  if (first) return { status: first[0], onList: true };
  const unknown = ladder.some(([s, v]) => v === null && s !== "omdannelsesomraade");
  return unknown ? { status: "ukendt", onList: null } : { status: "ingen", onList: false };
}

/**
 * Whether the area is off every list of the last 1 December inside a period (no figures for that year: unknown):
 * 1 off, 0 on, null unknown or no list in the period. Reads "ikke på listen ved planperiodens udgang".
 */
export function offListAtEnd(history: ListYear[], period: { start: string; end: string }): 0 | 1 | null {
  const lastYear = lastListYear(period);
  if (lastYear === null) return null;
  const last = history.find((y) => y.check.year === lastYear);
  if (!last || last.onList === null) return null;
  return last.onList ? 0 : 1;
}

/** The year of the last 1 December list inside a period, or null when the period holds none. */
export function lastListYear(period: { start: string; end: string }): number | null {
  const endYear = Number(period.end.slice(0, 4));
  const year = period.end >= `${endYear}-12-01` ? endYear : endYear - 1;
  return `${year}-12-01` < period.start ? null : year;
}
