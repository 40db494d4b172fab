import { renderChartSvg } from "./render-chart";

/** One line of a series chart: the area, the kommune or the country, with a value per period (null: none). */
export interface SeriesLine {
  name: string;
  values: (number | null)[];
}

const colours = ["#0059b3", "#d9480f", "#6a6a6a"];
const dashes = ["solid", "dashed", "dotted"] as const;

/**
 * The area against the kommune (and the country) over the years, as SVG drawn on the server. Lines
 * differ by colour and by dash, so they are told apart without colour; the page shows the same
 * numbers as a table beside the chart.
 */
export function seriesChartSvg(periods: string[], lines: SeriesLine[], unit: string): string {
  return renderChartSvg(
    {
      grid: { left: 48, right: 16, top: 40, bottom: 28 },
      legend: { top: 0, left: 0, itemWidth: 28, textStyle: { fontSize: 12 } },
      xAxis: { type: "category", data: periods, axisLabel: { fontSize: 11 } },
      yAxis: {
        type: "value",
        axisLabel: { fontSize: 11, formatter: unit === "percent" ? "{value} %" : "{value}" },
        min: 0,
      },
      series: lines.map((l, i) => ({
        name: l.name,
        type: "line",
        data: l.values,
        connectNulls: false,
        symbol: ["circle", "rect", "triangle"][i % 3],
        symbolSize: 6,
        lineStyle: { color: colours[i % 3], type: dashes[i % 3], width: 2 },
        itemStyle: { color: colours[i % 3] },
      })),
    },
    { width: 560, height: 260 },
  );
}
