import { planListHistories } from "~/area-lists/list-figures";
import { type Actor, can } from "../../auth/policy";
import type { Database } from "../../db/client";
import { planSeriesValues } from "../attainment/entered-figures";
import { getPlan } from "../plans/get-plan";

/** A series' figures per period with the comparison area's figure beside them. */
export interface SeriesTable {
  key: string;
  label: string;
  unit: string;
  kind: "statistic" | "survey";
  area: string | null;
  comparisonArea: string | null;
  referenceArea: string | null;
  source: string | null;
  rows: {
    period: string;
    value: number;
    comparisonValue: number | null;
    referenceValue: number | null;
    source: string | null;
  }[];
}

/**
 * The area in numbers: the plan's series with the comparison area beside them, the plan's own area
 * figures, and every list area against the government's lists year by year. Aggregates about areas
 * only, so everyone who may read the plan sees it; entering figures needs the edit right.
 */
export async function areaView(db: Database, actor: Actor, slug: string) {
  const { plan, planId, resource } = await getPlan(db, actor, slug);
  const values = await planSeriesValues(db, planId);
  const areaName = (key: string | undefined) => plan.areas.find((a) => a.key === key)?.name ?? null;
  const series: SeriesTable[] = plan.series.map((s) => ({
    key: s.key,
    label: s.label,
    unit: s.unit,
    kind: s.kind,
    area: areaName(s.area),
    comparisonArea: s.comparisonArea ?? null,
    referenceArea: s.referenceArea ?? null,
    source: s.source ?? null,
    rows: values
      .filter((v) => v.seriesKey === s.key)
      .map(({ seriesKey: _, ...v }) => v)
      .sort((a, b) => a.period.localeCompare(b.period)),
  }));
  const lists = [...planListHistories(plan, values)].map(([listArea, years]) => ({ listArea, years }));
  return {
    plan,
    planId,
    mayEdit: can(actor, "plan.edit", resource),
    series,
    areas: plan.areas.map((a) => ({ key: a.key, name: a.name, statistics: a.statistics })),
    lists,
  };
}
