import type { Block } from "~/plan-reader/blocks";
import { blocksFromText } from "~/plan-reader/blocks";

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Items on one line (same baseline), left to right; a wide gap becomes a tab (a table column). */
function lineText(items: Item[]): string {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let text = "";
  let end = Number.NEGATIVE_INFINITY;
  for (const it of sorted) {
    const gap = it.x - end;
    if (text && gap > Math.max(12, it.height * 1.5)) text += "\t";
    else if (text && gap > 1 && !text.endsWith(" ") && !it.str.startsWith(" ")) text += " ";
    text += it.str;
    end = it.x + it.width;
  }
  return text.replace(/[ ]+\t/g, "\t");
}

/**
 * The text of one PDF page as lines and paragraphs: items grouped by baseline; a line that follows
 * closely continues the paragraph above (a wrapped line), a larger gap starts a new paragraph.
 */
export function pageText(items: Item[]): string {
  const byLine = new Map<number, Item[]>();
  for (const it of items.filter((i) => i.str.trim() !== "")) {
    const y = Math.round(it.y / 2) * 2;
    byLine.set(y, [...(byLine.get(y) ?? []), it]);
  }
  const lines = [...byLine.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([y, list]) => ({
      y,
      height: Math.max(...list.map((i) => i.height)),
      text: lineText(list),
      right: Math.max(...list.map((i) => i.x + i.width)),
      left: Math.min(...list.map((i) => i.x)),
    }));
  // the right margin: most lines of running text reach it (a stray wide line does not move it)
  const edges = lines.map((l) => l.right).sort((a, b) => a - b);
  const right = edges[Math.floor(edges.length * 0.75)] ?? 0;
  const width = Math.max(1, right - Math.min(...items.map((i) => i.x), right));
  let out = "";
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    // a line continues the one above when it follows closely, the one above ran to the margin, and
    // it does not start a list item, a numbered heading or a label ("Formål:")
    const close = prev && prev.y - line.y <= line.height * 1.45;
    // (the line above ended short of the margin only by less than this line's first word: a wrap)
    const charWidth = (line.right - line.left) / Math.max(1, line.text.length);
    const firstWord = (line.text.split(/\s/)[0]?.length ?? 0) + 1;
    const full = prev && (prev.right + firstWord * charWidth >= right - 2 || prev.right >= right - width * 0.05);
    const heading = line.text.length <= 90 && /^\d+(\.\d+)*\.?\s+\p{Lu}/u.test(line.text);
    const starts = heading || /^([-•▪●]\s|\p{Lu}[\p{L} ]{2,40}(\([^)]*\))?:)/u.test(line.text);
    out += i === 0 ? line.text : close && full && !starts ? ` ${line.text}` : `\n\n${line.text}`;
  });
  return out;
}

let pdfjs: Promise<typeof import("pdfjs-dist/legacy/build/pdf.mjs")> | undefined;
/**
 * Loads pdfjs once, in the background: the import page calls it when it opens, so that the first
 * PDF's first page is not held up by loading the library (seconds on a busy machine).
 */
export const preloadPdfReader = () => {
  pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return pdfjs;
};

/** Blocks of a PDF, page by page ("side 3"); `progress` is told after each page. */
export async function blocksFromPdf(
  data: Uint8Array,
  progress?: (page: number, pages: number) => unknown,
): Promise<Block[]> {
  const { getDocument } = await preloadPdfReader();
  const doc = await getDocument({ data, useSystemFonts: true, isEvalSupported: false, verbosity: 0 }).promise;
  const blocks: Block[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items = content.items.flatMap((i) =>
        "str" in i
          ? [
              {
                str: i.str,
                x: i.transform[4],
                y: i.transform[5],
                width: i.width,
                height: i.height || Math.abs(i.transform[3]),
              },
            ]
          : [],
      );
      blocks.push(...blocksFromText(pageText(items), () => `side ${p}`));
      page.cleanup();
      await progress?.(p, doc.numPages);
    }
  } finally {
    await doc.destroy();
  }
  return blocks;
}
