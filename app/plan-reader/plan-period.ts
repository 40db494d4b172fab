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

const month = `(\\d{1,2})\\.\\s*(${months.join("|")})\\s+`;
const iso = (d: string, m: string, y: string) =>
  `${y}-${String(months.indexOf(m.toLowerCase()) + 1).padStart(2, "0")}-${d.padStart(2, "0")}`;

/**
 * The plan's first and last day where the document states them: "i perioden 1. maj 2015-30. april
 * 2019", or a start "fra 1. maj 2015"; calendar years otherwise.
 */
function daysOf(text: string, a: number, b: number): { start: string; end: string } | undefined {
  const range = new RegExp(`${month}(${a})\\s*(?:[-–]|til)\\s*${month}(${b})`, "i").exec(text);
  if (range) return { start: iso(range[1], range[2], range[3]), end: iso(range[4], range[5], range[6]) };
  const start = new RegExp(
    `\\b(?:periode\\w*|fra|start\\w*|begynd\\w*|opstart\\w*)\\s+(?:den\\s+)?${month}(${a})`,
    "i",
  ).exec(text);
  if (!start) return undefined;
  const first = iso(start[1], start[2], start[3]);
  return { start: first, end: dayBefore(`${b}${first.slice(4)}`) };
}

/**
 * Finds the plan period: a year range in the title lines ("helhedsplan 2015-2019"), else the range
 * the document names most often that starts in the title's year, else the title's single year.
 */
export function findPeriod(blocks: Block[]): FoundPeriod | undefined {
  const found = rangeOf(blocks);
  // a yearly plan's title names its year ("Tryghedsplan for Amager Partnerskab 2017")
  const title = blocks.slice(0, 10).find((b) => b.text.length <= 120 && /plan|projekt|indsats/i.test(b.text));
  const year = title && ranges(title.text).length === 0 ? /\b((?:19|20)\d{2})\b/.exec(title.text) : null;
  if (!found || !year) return found;
  const titleYear = Number(year[1]);
  const inside = titleYear >= Number(found.start.slice(0, 4)) && titleYear < Number(found.end.slice(0, 4));
  return inside ? { ...found, titleYear } : found;
}

function rangeOf(blocks: Block[]): FoundPeriod | undefined {
  const all = blocks.map((b) => b.text).join("\n");
  // a title line: short, names a plan and a range ("Boligsocial helhedsplan 2015-2019")
  const titles = blocks.filter((b) => b.text.length <= 160 && /plan|projekt|indsats|partnerskab/i.test(b.text));
  const counts = new Map<string, { a: number; b: number; n: number; block: Block }>();
  for (const b of blocks)
    for (const r of ranges(b.text)) {
      const k = `${r.a}-${r.b}`;
      const c = counts.get(k) ?? { ...r, n: 0, block: b };
      c.n++;
      counts.set(k, c);
    }
  const titled = titles.flatMap((b) => ranges(b.text).map((r) => ({ ...r, block: b })));
  const best = titled.sort((x, y) => (counts.get(`${y.a}-${y.b}`)?.n ?? 0) - (counts.get(`${x.a}-${x.b}`)?.n ?? 0))[0];
  if (best) return periodOf(best.a, best.b, all, best.block, "high");
  const titleYear = titles.map((b) => ({ b, m: /\b((?:19|20)\d{2})\b/.exec(b.text) })).find((t) => t.m);
  if (!titleYear?.m) return undefined;
  const year = Number(titleYear.m[1]);
  const range = [...counts.values()].filter((c) => c.a === year).sort((x, y) => y.n - x.n)[0];
  if (range) return periodOf(range.a, range.b, all, range.block, "low");
  return periodOf(year, year, all, titleYear.b, "low");
}

function periodOf(a: number, b: number, all: string, block: Block, confidence: "high" | "low"): FoundPeriod {
  const days = daysOf(all, a, b);
  return {
    start: days?.start ?? `${a}-01-01`,
    end: days?.end ?? `${b}-12-31`,
    source: block.text,
    at: block.at,
    confidence,
  };
}
