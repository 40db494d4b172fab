import type { AttainmentView } from "~/.server/domain/attainment/plan-attainment";
import { formatPeriodShort } from "~/format/format";
import { type Status, statuses } from "~/measures/status";
import { statusByGroupChart, trendPanelsChart } from "../charts/report-charts";
import { type Audience, drawnTrend, trendFigure } from "./attainment-blocks";
import type { Block } from "./document";
import type { ReportLanguage } from "./report-language";

const statusLabels = (l: ReportLanguage) =>
  Object.fromEntries(statuses.map((s) => [s, l.t(`attainment.statuses.${s}`)])) as Record<Status, string>;

/**
 * The status of the criteria per focus area as a stacked bar chart, followed by its table: one
 * row per focus area, one column per status that occurs.
 */
export function statusByGroupBlocks(groups: { title: string; rows: AttainmentView[] }[], l: ReportLanguage): Block[] {
  const labels = statusLabels(l);
  const counted = groups
    .filter((g) => g.rows.length > 0)
    .map((g) => ({
      label: g.title,
      counts: Object.fromEntries(statuses.map((s) => [s, g.rows.filter((r) => r.status === s).length])) as Record<
        Status,
        number
      >,
    }));
  const shown = statuses.filter((s) => counted.some((g) => g.counts[s] > 0));
  if (shown.length === 0) return [];
  const chart = statusByGroupChart(counted, labels);
  const alt = l.t("reportDoc.statusChartAlt");
  return [
    { kind: "svg", alt, ...chart },
    {
      kind: "table",
      caption: alt,
      columns: [
        { label: l.t("reportDoc.focusArea") },
        ...shown.map((s) => ({ label: labels[s], align: "right" as const })),
      ],
      rows: counted.map((g) => [g.label, ...shown.map((s) => String(g.counts[s]))]),
    },
  ];
}

/**
 * A trend per criterion: small charts of the value per quarter (the period's target dashed when
 * the report is for one quarter), then the same values as a table. Criteria without any value
 * in the quarters are left out (the criteria table shows them as "Ingen data"); none: no blocks.
 */
export function trendBlocks(
  rows: AttainmentView[],
  subPeriods: string[],
  audience: Audience,
  l: ReportLanguage,
  options: { targetLine: boolean },
): Block[] {
  const drawn = rows.filter((r) => r.trend.some((v) => v !== null));
  if (subPeriods.length < 2 || drawn.length === 0) return [];
  const labels = subPeriods.map((p) => {
    const q = /^(\d{4})Q(\d)$/.exec(p);
    return q ? l.t("reportDoc.quarterShort", { year: q[1], n: q[2] }) : formatPeriodShort(p, l.t);
  });
  const alt = l.t("reportDoc.trendChartAlt");
  // Six criteria at a time: each chart fits on a page and is followed by the table of its numbers.
  const chunks = Array.from({ length: Math.ceil(drawn.length / 6) }, (_, i) => drawn.slice(i * 6, i * 6 + 6));
  return chunks.flatMap((chunk): Block[] => [
    {
      kind: "svg",
      alt,
      ...trendPanelsChart(
        // For outside readers a value the table hides is not drawn either (a gap in the line).
        chunk.map((r) => ({
          title: r.text,
          values: drawnTrend(r, audience),
          target: options.targetLine ? r.target : null,
        })),
        labels,
      ),
    },
    {
      kind: "table",
      caption: alt,
      columns: [{ label: l.t("attainment.criterion") }, ...labels.map((label) => ({ label, align: "right" as const }))],
      rows: chunk.map((r) => [r.text, ...r.trend.map((_, i) => trendFigure(r, i, audience, l.lang))]),
    },
  ]);
}
