/**
 * A report as structured content, built once and rendered to HTML, PDF, Word or Excel.
 * Texts are already formatted (Danish numbers and dates); renderers only lay them out.
 */
export interface ReportDocument {
  title: string;
  subtitle?: string;
  /** Shown on the front matter and in the footer, e.g. "Lejerbo København · 23. november 2026". */
  byline?: string;
  /** Marks a document that may contain personal data or is for internal use. */
  classification?: string;
  /** The language the document is written in (page labels, the file's language tag); Danish if absent. */
  lang?: "da" | "en";
  blocks: Block[];
}

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "facts"; items: { label: string; value: string }[] }
  | { kind: "keyFigures"; items: { label: string; value: string; note?: string }[] }
  | {
      kind: "table";
      caption?: string;
      columns: { label: string; align?: "left" | "right"; width?: number }[];
      rows: string[][];
      footer?: string[];
    }
  /** A chart drawn once as SVG (ECharts on the server), in points; always followed by its table. */
  | { kind: "svg"; svg: string; alt: string; width: number; height: number }
  | { kind: "pageBreak" };

/** Small helpers that read like the document they build. */
export const h1 = (text: string): Block => ({ kind: "heading", level: 1, text });
export const h2 = (text: string): Block => ({ kind: "heading", level: 2, text });
export const h3 = (text: string): Block => ({ kind: "heading", level: 3, text });
export const p = (text: string): Block => ({ kind: "paragraph", text });
export const list = (items: string[]): Block => ({ kind: "list", items });
export const facts = (items: { label: string; value: string | undefined | null }[]): Block => ({
  kind: "facts",
  items: items.filter(
    (i): i is { label: string; value: string } => i.value !== undefined && i.value !== null && i.value !== "",
  ),
});

/** A heading followed by blocks, or nothing when there are no blocks (no heading left empty). */
export const withHeading = (heading: Block, blocks: Block[]): Block[] => (blocks.length ? [heading, ...blocks] : []);
