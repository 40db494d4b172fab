import { type Block, cleanLine, withBold } from "./blocks";

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };
const decode = (s: string) =>
  s
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => entities[e])
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
const textOf = (html: string) => cleanLine(decode(html.replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]+>/g, " ")));

function tableOf(html: string, at: string): Block | undefined {
  const rows = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].map((r) =>
    [...r[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) =>
      c[1]
        .split(/<\/p>|<br\s*\/?>|<\/li>/i)
        .map(textOf)
        .filter(Boolean)
        .join("\n"),
    ),
  );
  return rows.length > 0 ? { kind: "table", rows, text: rows.map((r) => r.join("\t")).join("\n"), at } : undefined;
}

/** The words a paragraph sets in bold (`<strong>`, `<b>`). */
const boldOf = (html: string): { bold?: string[] } => {
  const bold = [...html.matchAll(/<(strong|b)>([\s\S]*?)<\/\1>/gi)].map((m) => textOf(m[2])).filter(Boolean);
  return bold.length > 0 ? { bold } : {};
};

/**
 * Reads the simple HTML that mammoth makes of a Word document into blocks: h1–h6 are headings,
 * p paragraphs, li items, and tables stay tables (cell text, rows in order). Cells holding several
 * paragraphs keep them as lines; paragraphs typed with tabs become rows of one table, as in text.
 */
export function blocksFromHtml(html: string): Block[] {
  const blocks: Block[] = [];
  const pattern = /<table[^>]*>([\s\S]*?)<\/table>|<(h[1-6]|p|li)[^>]*>([\s\S]*?)<\/\2>/gi;
  let n = 0;
  let tabbed: Block | undefined;
  for (const m of html.matchAll(pattern)) {
    n++;
    const at = `afsnit ${n}`;
    const tag = m[2]?.toLowerCase();
    if (tag === "p" && m[3].includes("\t") && textOf(m[3])) {
      const cells = decode(m[3].replace(/<[^>]+>/g, ""))
        .split("\t")
        .map(cleanLine);
      if (!tabbed) {
        tabbed = { kind: "table", rows: [], text: "", at };
        blocks.push(tabbed);
      }
      tabbed.rows?.push(cells);
      tabbed.text = (tabbed.rows ?? []).map((r) => r.join("\t")).join("\n");
      continue;
    }
    tabbed = undefined;
    if (m[1] !== undefined) {
      const table = tableOf(m[1], at);
      if (table) blocks.push(table);
      continue;
    }
    const text = textOf(m[3]);
    if (!text) continue;
    if (tag.startsWith("h")) blocks.push({ kind: "heading", level: Number(tag[1]), text, at });
    else blocks.push(withBold({ kind: tag === "li" ? "item" : "paragraph", text, at, ...boldOf(m[3]) }));
  }
  return blocks;
}
