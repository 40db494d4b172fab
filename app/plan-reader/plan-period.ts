import { dayBefore } from "~/plan-format/periods";
import type { Block } from "./blocks";

export interface FoundPeriod {
  start: string;
  end: string;
  /** The single year a yearly plan's title names ("Tryghedsplan 2017"), when the period is longer. */
  titleYear?: number;
  source: string;
  at: string;
  confidence: "high" | "low";
}

const months = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
];
const rangePattern = /\b((?:19|20)\d{2})\s*(?:[-–/]|til)\s*((?:19|20)?\d{2})\b/g;

function ranges(text: string): { a: number; b: number }[] {
  return [...text.matchAll(rangePattern)]
    .map((m) => ({ a: Number(m[1]), b: Number(m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2]) }))
    .filter((r) => r.b > r.a && r.b - r.a <= 10);
}

/** "1. maj 2015" near the start year: the plan's first day, when the document says it. */
function startDay(text: string, year: number): string | undefined {
  const m = new RegExp(`\\b(\\d{1,2})\\.\\s*(${months.join("|")})\\s+${year}`, "i").exec(text);
  if (!m) return undefined;
  const month = months.indexOf(m[2].toLowerCase()) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${m[1].padStart(2, "0")}`;
}

/**
 * Finds the plan period: a year range in the title lines ("helhedsplan 2015-2019"), else the range
 * the document names most often that starts in the title's year, else the title's single year.
 */
export function findPeriod(blocks: Block[]): FoundPeriod | undefined {
  const head = blocks.slice(0, 12);
  const all = blocks.map((b) => b.text).join("\n");
  for (const b of head.filter((x) => x.text.length <= 120)) {
    const r = ranges(b.text)[0];
    if (r) return periodOf(r.a, r.b, all, b, "high");
  }
  const titleYear = head.map((b) => /\b((?:19|20)\d{2})\b/.exec(b.text)).find(Boolean);
  const counts = new Map<string, { a: number; b: number; n: number; block: Block }>();
  for (const b of blocks)
    for (const r of ranges(b.text)) {
      if (titleYear && r.a !== Number(titleYear[1])) continue;
      const k = `${r.a}-${r.b}`;
      const c = counts.get(k) ?? { ...r, n: 0, block: b };
      c.n++;
      counts.set(k, c);
    }
  const best = [...counts.values()].sort((x, y) => y.n - x.n)[0];
  const block = head.find((b) => titleYear && b.text.includes(titleYear[1]));
  if (best) {
    const found = periodOf(best.a, best.b, all, best.block, "low");
    return titleYear ? { ...found, titleYear: Number(titleYear[1]) } : found;
  }
  if (titleYear && block) return periodOf(Number(titleYear[1]), Number(titleYear[1]), all, block, "low");
  return undefined;
}

function periodOf(a: number, b: number, all: string, block: Block, confidence: "high" | "low"): FoundPeriod {
  const start = startDay(all, a);
  const end = start ? `${b}-${start.slice(5)}` : `${b}-12-31`;
  return {
    start: start ?? `${a}-01-01`,
    end: start ? dayBefore(end) : end,
    source: block.text,
    at: block.at,
    confidence,
  };
}
