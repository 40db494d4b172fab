import { listFiguresOf } from "~/area-lists/list-figures";
import type { ListFigureKey } from "~/area-lists/list-rules";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import { Random } from "./demo-random";

/** A level to start from where the plan states none (percent; national convictions in percent of residents). */
const defaults: Record<ListFigureKey, number> = {
  residents: 1200,
  outsideWorkOrEducation: 35,
  convicted: 2,
  nationalConvicted: 1,
  basicSchoolingOnly: 45,
  incomeShareOfRegion: 60,
  nonWestern: 45,
};
/** How each figure drifts per year in the demo: the "bad" shares fall a little, income rises. */
const drift: Partial<Record<ListFigureKey, number>> = {
  incomeShareOfRegion: 0.015,
  residents: 0,
  nationalConvicted: -0.02,
};

/**
 * Demo figures for the series a plan marks for the list check (listFigure) of the list areas its
 * criteria ask about, one per calendar year of
 * the plan up to `lastYear`: from the plan's own figure for the list area (e.g. Akacieparken 2010) or
 * a default, drifting a few percent a year with noise. Marked as demo data in the source.
 */
export function demoListFigures(plan: PlanFile, lastYear: number, seed: number) {
  const out: { seriesKey: string; period: string; value: number; source: string }[] = [];
  const stated = listFiguresOf({ ...plan, series: [] }, []);
  const first = Number(plan.period.start.slice(0, 4));
  // Only the areas a criterion asks about ("ikke på listen"); other area series wait for Beboerdata.
  const asked = new Set(
    indexPlan(plan).criteria.flatMap(({ criterion: { measure: m } }) => (m.kind === "areaList" ? [m.listArea] : [])),
  );
  for (const s of plan.series) {
    if (!s.listFigure || asked.size === 0 || (s.listArea !== undefined && !asked.has(s.listArea))) continue;
    if (s.listArea === undefined && s.listFigure !== "nationalConvicted") continue;
    const known = [...(stated.get(s.listArea ?? "") ?? [])]
      .reverse()
      .find((f) => f[s.listFigure as ListFigureKey] !== undefined);
    const startYear = known?.year ?? first;
    let level = (known?.[s.listFigure] ?? defaults[s.listFigure]) * (s.unit === "per10000" ? 100 : 1);
    const r = new Random(seed, `${plan.slug}:list:${s.key}`);
    for (let year = startYear + 1; year <= lastYear; year++) {
      level *= 1 + (drift[s.listFigure] ?? -0.035) + r.normal() * 0.01;
      if (year >= first)
        out.push({
          seriesKey: s.key,
          period: String(year),
          value: Math.round(level * 100) / 100,
          source: "Beboerdata (demodata)",
        });
    }
  }
  return out;
}
