import type { Status } from "~/measures/status";
import { renderChartSvg } from "./render-chart";
import { statusColours } from "./status-colours";

/** A chart for a report: the SVG and its size in points (the renderers scale it to the page). */
export interface ReportChart {
  svg: string;
  width: number;
  height: number;
}

const font = { fontFamily: "IBM Plex Sans, Arial, sans-serif", fontSize: 10, color: "#1a1a1a" };
const width = 480;

/**
 * Stacked bars: per focus area, how many criteria have each status. The legend names the statuses
 * in the reader's language; the table beside it gives the same counts.
 *
 * @example statusByGroupChart([{ label: "6.1 Børn", counts: { opfyldt: 4, … } }], statusLabels)
 */
export function statusByGroupChart(
  groups: { label: string; counts: Record<Status, number> }[],
  statusLabels: Record<Status, string>,
): ReportChart {
  const shown = (Object.keys(statusColours) as Status[]).filter((s) => groups.some((g) => g.counts[s] > 0));
  const height = 56 + groups.length * 28;
  const svg = renderChartSvg(
    {
      textStyle: font,
      legend: { bottom: 0, itemWidth: 12, itemHeight: 10, textStyle: font },
      grid: { left: 170, right: 16, top: 8, bottom: 40 },
      xAxis: { type: "value", minInterval: 1, axisLabel: font },
      yAxis: {
        type: "category",
        inverse: true,
        data: groups.map((g) => (g.label.length > 30 ? `${g.label.slice(0, 29)}…` : g.label)),
        axisTick: { show: false },
        axisLabel: font,
      },
      series: shown.map((s) => ({
        type: "bar",
        name: statusLabels[s],
        stack: "status",
        barWidth: 16,
        itemStyle: { color: statusColours[s] },
        data: groups.map((g) => g.counts[s] || null),
        label: { show: true, color: "#ffffff", fontSize: 9, fontFamily: font.fontFamily },
      })),
    },
    { width, height },
  );
  return { svg, width, height };
}

/**
 * Small multiples: one panel per criterion with its value per quarter as a line and its target
 * for the period as a dashed line. Periods without data leave a gap.
 */
export function trendPanelsChart(
  panels: { title: string; values: (number | null)[]; target: number | null }[],
  periodLabels: string[],
): ReportChart {
  const perRow = 2;
  const panelW = width / perRow;
  const panelH = 120;
  const rows = Math.ceil(panels.length / perRow);
  const at = (i: number) => ({ left: (i % perRow) * panelW, top: Math.floor(i / perRow) * panelH });
  const height = rows * panelH;
  const svg = renderChartSvg(
    {
      textStyle: font,
      title: panels.map((p, i) => ({
        text: p.title.length > 44 ? `${p.title.slice(0, 43)}…` : p.title,
        left: at(i).left + 6,
        top: at(i).top + 2,
        textStyle: { ...font, fontSize: 9, fontWeight: 600 },
      })),
      grid: panels.map((_, i) => ({
        left: at(i).left + 36,
        top: at(i).top + 24,
        width: panelW - 52,
        height: panelH - 50,
      })),
      xAxis: panels.map((_, i) => ({
        type: "category",
        gridIndex: i,
        data: periodLabels,
        axisLabel: { ...font, fontSize: 8, interval: Math.ceil(periodLabels.length / 4) - 1 },
        axisTick: { show: false },
      })),
      yAxis: panels.map((p, i) => ({
        type: "value",
        gridIndex: i,
        min: 0,
        // The target stays in view when it is above every value; otherwise ECharts picks a round maximum.
        max: p.target !== null && p.target > Math.max(0, ...p.values.map((v) => v ?? 0)) ? p.target : undefined,
        minInterval: 1,
        splitNumber: 2,
        axisLabel: { ...font, fontSize: 8 },
      })),
      series: panels.map((p, i) => ({
        type: "line",
        xAxisIndex: i,
        yAxisIndex: i,
        data: p.values,
        symbolSize: 4,
        lineStyle: { color: "#0059b3", width: 2 },
        itemStyle: { color: "#0059b3" },
        markLine:
          p.target === null
            ? undefined
            : {
                symbol: "none",
                silent: true,
                label: { show: false },
                lineStyle: { color: "#6b6b6b", type: "dashed" },
                data: [{ yAxis: p.target }],
              },
      })),
    },
    { width, height },
  );
  return { svg, width, height };
}
