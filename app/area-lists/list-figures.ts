import type { PlanFile } from "~/plan-format/plan";
import { type ListYear, listHistory } from "./list-history";
import type { ListFigureKey, ListFigures } from "./list-rules";

type Plan = Pick<PlanFile, "title" | "areas" | "series">;
type SeriesValue = { seriesKey: string; period: string; value: number; referenceValue?: number | null };
type Figure = { listArea: string | null; figure: ListFigureKey; year: number; value: number; exact: boolean };

/** The list year of a period or date: its calendar year (2016, 2016H2, 2016-10-05); none for PY1 or plan. */
const yearOf = (period: string | undefined) => (period && /^\d{4}/.test(period) ? Number(period.slice(0, 4)) : null);

/** A figure in the unit the check counts in: per 10,000 becomes percent (342 per 10,000 → 3.42 %). */
const inPercent = (value: number, unit: string) => (unit === "per10000" ? value / 100 : value);

/**
 * The figures of each list area of a plan, year by year (pure): from the plan's area statistics
 * marked with `listFigure` and from the plan's series marked so (an entered figure wins over the
 * plan's own for the same year). A figure for the whole country (`nationalConvicted`) without a
 * list area counts for every area, and so does the country's figure beside a convictions series whose
 * reference area is the whole country. Residents: the year's figure, else the nearest earlier, else the
 * nearest later, else the housing department of that name in the plan.
 */
export function listFiguresOf(plan: Plan, seriesValues: SeriesValue[]): Map<string, ListFigures[]> {
  const figures: Figure[] = [];
  for (const area of plan.areas)
    for (const s of area.statistics) {
      const year = yearOf(s.date ?? s.period);
      if (s.listFigure && year !== null)
        figures.push({
          listArea: listAreaOf(s, area.name),
          figure: s.listFigure,
          year,
          value: inPercent(s.value, s.unit),
          exact: false,
        });
    }
  for (const series of plan.series) {
    if (!series.listFigure) continue;
    const areaName = plan.areas.find((a) => a.key === series.area)?.name ?? plan.title;
    for (const v of seriesValues.filter((x) => x.seriesKey === series.key)) {
      const year = yearOf(v.period);
      if (year === null) continue;
      const exact = v.period === String(year);
      figures.push({
        listArea: listAreaOf(series, areaName),
        figure: series.listFigure,
        year,
        value: inPercent(v.value, series.unit),
        exact,
      });
      // The country's figure beside an area's convictions is the national average the list compares with.
      if (series.listFigure === "convicted" && nationalReference(series.referenceArea) && v.referenceValue != null)
        figures.push({
          listArea: null,
          figure: "nationalConvicted",
          year,
          value: inPercent(v.referenceValue, series.unit),
          exact,
        });
    }
  }
  return byArea(plan, figures);
}

const nationalReference = (area: string | undefined) => area !== undefined && /hele landet|landsgennemsnit/i.test(area);

/** A national figure belongs to no area; every other figure to its list area (default: the plan area). */
function listAreaOf(s: { listFigure?: ListFigureKey; listArea?: string }, areaName: string) {
  return s.listArea ?? (s.listFigure === "nationalConvicted" ? null : areaName);
}

function byArea(plan: Plan, figures: Figure[]): Map<string, ListFigures[]> {
  // Plan figures first, then series; a calendar-year series figure last, so it wins.
  const ordered = [...figures].sort((a, b) => Number(a.exact) - Number(b.exact));
  const national = new Map<number, number>();
  for (const f of ordered) if (f.listArea === null) national.set(f.year, f.value);
  const areas = new Map<string, Map<number, ListFigures>>();
  for (const f of ordered) {
    if (f.listArea === null) continue;
    const years = areas.get(f.listArea) ?? new Map<number, ListFigures>();
    areas.set(f.listArea, years);
    const row = years.get(f.year) ?? { year: f.year };
    row[f.figure] = f.value;
    years.set(f.year, row);
  }
  const out = new Map<string, ListFigures[]>();
  for (const [name, years] of areas) {
    const rows = [...years.values()].sort((a, b) => a.year - b.year);
    for (const row of rows) {
      if (row.nationalConvicted === undefined && national.has(row.year)) row.nationalConvicted = national.get(row.year);
      row.residents ??= nearestResidents(rows, row.year) ?? departmentResidents(plan, name);
    }
    out.set(name, rows);
  }
  return out;
}

function nearestResidents(rows: ListFigures[], year: number) {
  const known = rows.filter((r) => r.residents !== undefined);
  const earlier = known.filter((r) => r.year < year).at(-1);
  return (earlier ?? known.find((r) => r.year > year))?.residents;
}

function departmentResidents(plan: Plan, name: string) {
  return plan.areas.flatMap((a) => a.departments).find((d) => d.name === name)?.residents;
}

/** The lists year by year for every list area of a plan (what the areaList measure reads). */
export function planListHistories(plan: Plan, seriesValues: SeriesValue[]): Map<string, ListYear[]> {
  return new Map([...listFiguresOf(plan, seriesValues)].map(([area, figures]) => [area, listHistory(figures)]));
}
