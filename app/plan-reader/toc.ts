import type { Block } from "./blocks";

const entryLine = /^(.*?\p{L}.*?)[\s.…]*?(\d{1,3})$/u;
const numberedEntry =
  /((?:[A-H]\.\s+)?\d{1,2}(?:\.\d{1,2}){0,3}\.?)\s+(.+?)\s+(\d{1,3})(?=\s+(?:[A-H]\.\s+)?\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\p{Lu}|\s*$)/gu;

/** Whether a block is (part of) a table of contents: "5.1.1 Forældre & Læring.....\t13". */
const tocRow = (row: string[]) => {
  const cells = row.filter(Boolean);
  return cells.length >= 2 && /^\d{1,3}$/.test(cells[cells.length - 1]) && /\p{L}/u.test(cells[0]);
};

/**
 * Reads a table of contents into heading blocks, so that the outline knows every focus area and
 * activity even where the body is cut short or flattened. Reads tables of "title … page" rows and
 * a flattened line "Indholdsfortegnelse 1. Forord 5 2. Resumé 6 … 6.1.2 Det gode liv 16".
 */
export function tocHeadings(blocks: Block[]): Block[] {
  const out: Block[] = [];
  const at = "indholdsfortegnelsen";
  for (const b of blocks) {
    if (b.kind === "table" && b.rows && b.rows.filter(tocRow).length >= 3) {
      for (const row of b.rows.filter(tocRow)) {
        const cells = row.filter(Boolean);
        const title = cells
          .slice(0, -1)
          .join(" ")
          .replace(/[\s.…]+$/u, "");
        out.push({ kind: "paragraph", text: title, at });
      }
    } else if (b.kind === "paragraph" && /^(indhold|indholdsfortegnelse)\b/i.test(b.text)) {
      const body = b.text.replace(/^(indhold\s+)?(indholdsfortegnelse\s+)?/i, "");
      for (const m of body.matchAll(numberedEntry)) out.push({ kind: "paragraph", text: `${m[1]} ${m[2]}`, at });
    } else if (b.kind === "paragraph" && entryLine.test(b.text) && /\.{3,}|…/.test(b.text)) {
      out.push({ kind: "paragraph", text: b.text.replace(/[\s.…]+\d{1,3}$/u, ""), at });
    }
  }
  return out;
}
