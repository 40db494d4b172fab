import type { Block } from "./document";

type TableBlock = Extract<Block, { kind: "table" }>;
export type Column = TableBlock["columns"][number] & {
  /** Kept even when every cell is empty (the first column always is). */
  keep?: boolean;
};

/**
 * A table block without the columns that are empty in every row (other than the first and
 * those marked `keep`), so a plan that has no notes or no organisations gets no empty column.
 */
export function compactTable(
  columns: Column[],
  rows: string[][],
  options: { caption?: string; footer?: string[] } = {},
): TableBlock {
  const keep = columns.map((c, i) => i === 0 || c.keep || rows.some((r) => (r[i] ?? "").trim() !== "" && r[i] !== "–"));
  const pick = <T>(list: T[]) => list.filter((_, i) => keep[i]);
  return {
    kind: "table",
    caption: options.caption,
    columns: pick(columns).map(({ keep: _, ...c }) => c),
    rows: rows.map((r) => pick(columns.map((_, i) => r[i] ?? ""))),
    footer: options.footer ? pick(columns.map((_, i) => options.footer?.[i] ?? "")) : undefined,
  };
}
