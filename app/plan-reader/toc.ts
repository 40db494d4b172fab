import type { Block } from "./blocks";

const numberedEntry =
  /((?:[A-H]\.\s+)?\d{1,2}(?:\.\d{1,2}){0,3}\.?)\s+(.+?)\s+(\d{1,3})(?=\s+(?:[A-H]\.\s+)?\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\p{Lu}|\s*$)/gu;
const entryText = /^(.*?\p{L}.*?)[\s.…]+(\d{1,3})$/u;
const startsToc = /^(indhold|indholdsfortegnelse)\b/i;

/** The cells of a table row as one entry: "5.1.1 Forældre & Læring.....\t13" → the title. */
const rowTitle = (row: string[]) => {
  const cells = row.filter(Boolean);
  if (cells.length < 2 || !/^\d{1,3}$/.test(cells[cells.length - 1]) || !/\p{L}/u.test(cells[0])) return undefined;
  return cells
    .slice(0, -1)
    .join(" ")
    .replace(/[\s.…]+$/u, "");
};

/** The entries of a block in a table of contents, or nothing if it is not one. */
function entriesOf(b: Block, inToc: boolean): string[] | undefined {
  if (b.kind === "table" && b.rows) {
    const titles = b.rows.map(rowTitle);
    const ok = titles.filter(Boolean).length;
    return (inToc && ok > 0) || ok >= 3 ? (titles.filter(Boolean) as string[]) : undefined;
  }
  if (b.kind !== "paragraph") return undefined;
  // a flattened contents line (or its continuation): "Indhold 1. Forord 5 2. Resumé 6 … 6.1.2 Det gode liv 16"
  if (startsToc.test(b.text) || inToc) {
    const body = b.text.replace(/^(indhold\s+)?(indholdsfortegnelse\s+)?/i, "");
    const found = [...body.matchAll(numberedEntry)];
    if (found.length >= 2) return found.map((m) => `${m[1]} ${m[2]}`);
  }
  // (an entry is short and ends in its page number: long paragraphs are not tried, the pattern is slow on them)
  const short = b.text.replace(/[.…\s]{3,}/gu, " … ").length <= 120;
  const m = short && /\d$/.test(b.text) ? entryText.exec(b.text) : null;
  if (m && m[1].length <= 100 && (inToc || /\.{3,}|…/.test(b.text))) return [m[1].replace(/[\s.…]+$/u, "")];
  return undefined;
}

/**
 * Reads a table of contents into heading blocks, so that the outline knows every focus area and
 * activity even where the body is cut short or flattened: rows of "title … page", lines after
 * "Indholdsfortegnelse" that end in a page number, or one flattened line "Indhold 1. Forord 5 …".
 * Returns the headings and the blocks they were read from (which the body walk leaves out).
 */
export function readToc(blocks: Block[]): { headings: Block[]; used: Set<Block> } {
  const headings: Block[] = [];
  const used = new Set<Block>();
  let inToc = false;
  for (const b of blocks) {
    if (b.kind === "paragraph" && startsToc.test(b.text) && b.text.length < 30) {
      inToc = true;
      used.add(b);
      continue;
    }
    const entries = entriesOf(b, inToc);
    if (!entries) {
      inToc = false;
      continue;
    }
    inToc ||= b.kind === "paragraph" && startsToc.test(b.text);
    used.add(b);
    for (const text of entries) headings.push({ kind: "paragraph", text, at: "indholdsfortegnelsen" });
  }
  return { headings, used };
}
