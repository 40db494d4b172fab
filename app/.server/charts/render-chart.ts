import * as echarts from "echarts";

/**
 * Renders an ECharts option to an SVG string on the server (no browser, no canvas): charts reach
 * the page as markup, fast on a phone and readable without JavaScript. Every chart is shown with
 * a table of the same numbers beside it (the table is the accessible alternative); the SVG is
 * marked as an image with a short description.
 */
export function renderChartSvg(option: echarts.EChartsOption, size: { width: number; height: number }): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * Draws one throwaway chart, so the server pays ECharts' first-use set-up (its registries, and the
 * code's first runs) while it starts, not in the first user's request (about 70 ms on a small machine).
 */
export function warmCharts() {
  drawStatusBars([{ label: "–", value: 1, color: "#000000" }]);
}

/** Status bars drawn before, by their bars (every dashboard view draws one; most are alike). */
const drawnBars = new Map<string, string>();

/** Bars per status (opfyldt, på vej, bagud, ingen data) for an overview. */
export function statusBarsSvg(bars: { label: string; value: number; color: string }[]): string {
  const key = JSON.stringify(bars);
  const drawn = drawnBars.get(key);
  if (drawn !== undefined) return drawn;
  const svg = drawStatusBars(bars);
  if (drawnBars.size >= 500) drawnBars.delete(drawnBars.keys().next().value as string);
  drawnBars.set(key, svg);
  return svg;
}

function drawStatusBars(bars: { label: string; value: number; color: string }[]): string {
  return renderChartSvg(
    {
      grid: { left: 110, right: 24, top: 8, bottom: 8 },
      xAxis: { type: "value", show: false },
      yAxis: {
        type: "category",
        inverse: true,
        data: bars.map((b) => b.label),
        axisTick: { show: false },
        axisLine: { show: false },
      },
      series: [
        {
          type: "bar",
          data: bars.map((b) => ({ value: b.value, itemStyle: { color: b.color } })),
          label: { show: true, position: "right" },
          barWidth: 18,
        },
      ],
    },
    { width: 360, height: 24 + bars.length * 30 },
  );
}
