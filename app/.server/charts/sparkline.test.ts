import { describe, expect, it } from "vitest";
import { sparklineSvg } from "./sparkline";

describe("sparklineSvg", () => {
  it("draws the known values as a line, a gap where a period has no data, and the target dashed", () => {
    const svg = sparklineSvg([1, 2, null, 4, 5], 5);
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg).toContain('stroke-dasharray="3 2"');
    expect(svg).toContain('aria-hidden="true"');
  });
  it("marks a single value as a dot and copes with no data at all", () => {
    expect(sparklineSvg([null, 3, null])).toContain("<circle");
    expect(sparklineSvg([null, null])).not.toContain("<polyline");
  });
  it("is fast enough for an overview with fifty criteria", () => {
    const start = performance.now();
    for (let i = 0; i < 50; i++) sparklineSvg([i, 2, 3, null, 5, 6, 7, 8], 10);
    expect(performance.now() - start).toBeLessThan(20);
  });
});
