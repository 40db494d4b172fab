import type { ReadCriterion } from "./read-plan";

const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w.length > 1),
  );

/** Share of the shorter text's words found in the other (0–1). */
export function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return 0;
  let n = 0;
  for (const w of small) if (big.has(w)) n++;
  return n / small.size;
}

/** The read criterion that is this text (most words in common, at least 80 %), if the reader found it. */
export function findReadCriterion(text: string, read: ReadCriterion[]): ReadCriterion | undefined {
  let best: { c: ReadCriterion; score: number } | undefined;
  for (const c of read) {
    const score = overlap(text, c.text) - Math.abs(words(text).size - words(c.text).size) / 100;
    if (!best || score > best.score) best = { c, score };
  }
  return best && best.score >= 0.8 ? best.c : undefined;
}
