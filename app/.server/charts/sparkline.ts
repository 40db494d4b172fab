/**
 * A small trend line as plain SVG: the actual per sub-period, the target as a dashed line.
 * Drawn by hand rather than with ECharts because an overview shows one per criterion (40–50)
 * and ECharts takes ~20 ms per chart on the server; this takes microseconds (see
 * docs/decisions/005-attainment-live.md).
 */
export function sparklineSvg(values: (number | null)[], target?: number, size = { width: 120, height: 32 }): string {
  const known = values.filter((v): v is number => v !== null);
  const max = Math.max(1, target ?? 0, ...known);
  const pad = 3;
  const w = size.width - pad * 2;
  const h = size.height - pad * 2;
  const x = (i: number) => pad + (values.length <= 1 ? w / 2 : (i * w) / (values.length - 1));
  const y = (v: number) => pad + h - (v / max) * h;
  const segments: string[] = [];
  let current: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length) segments.push(current.join(" "));
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(" "));
  const lines = segments
    .map((pts) =>
      pts.includes(" ")
        ? `<polyline points="${pts}" fill="none" stroke="#0059b3" stroke-width="2"/>`
        : `<circle cx="${pts.split(",")[0]}" cy="${pts.split(",")[1]}" r="2.5" fill="#0059b3"/>`,
    )
    .join("");
  const goal =
    target === undefined
      ? ""
      : `<line x1="${pad}" x2="${pad + w}" y1="${y(target).toFixed(1)}" y2="${y(target).toFixed(1)}" stroke="#6b6b6b" stroke-dasharray="3 2"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" aria-hidden="true" focusable="false">${goal}${lines}</svg>`;
}
