import { textWidth } from "./text-width";

export interface TableText {
  columns: { label: string }[];
  rows: string[][];
  footer?: string[];
}

/** The longest word of a text (what a column must at least hold so no word is broken). */
export const longestWord = (text: string) =>
  text.split(/\s+/).reduce((longest, word) => (word.length > longest.length ? word : longest), "");

/**
 * Column widths that fit the content, as a browser lays out an automatic table: every column at
 * least as wide as its longest word (so no word is broken), short cells (status, figures, dates)
 * on one line, and the room left shared out in proportion to how much more each column would
 * need to hold its longest cell on one line.
 * A table whose words cannot all fit shares the width in proportion to the words.
 *
 * @example columnWidths(table, { total: 483, size: 8.5, padding: 8 }) // → [212, 48, 52, 60, 111]
 */
export function columnWidths(table: TableText, o: { total: number; size: number; padding: number }): number[] {
  const cells = (i: number) => [
    { text: table.columns[i].label, bold: true },
    ...table.rows.map((r) => ({ text: r[i] ?? "", bold: false })),
    ...(table.footer ? [{ text: table.footer[i] ?? "", bold: true }] : []),
  ];
  const min = table.columns.map(
    (_, i) => Math.max(...cells(i).map((c) => textWidth(longestWord(c.text), o.size, c.bold))) + o.padding + 1,
  );
  const max = table.columns.map((_, i) =>
    Math.max(
      min[i],
      ...cells(i).flatMap((c) => c.text.split("\n").map((line) => textWidth(line, o.size, c.bold) + o.padding + 1)),
    ),
  );
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(max) <= o.total) {
    const extra = (o.total - sum(max)) / max.length;
    return max.map((w) => w + extra);
  }
  // Short cells (a status, a figure, a date) stay on one line when the long columns can give way.
  const short = max.map((w) => w <= o.total / 6);
  const floor = max.map((w, i) =>
    short[i] && sum(max.map((m, j) => (short[j] ? m : min[j]))) <= o.total ? w : min[i],
  );
  if (sum(floor) <= o.total) {
    const room = o.total - sum(floor);
    const want = sum(max) - sum(floor);
    return floor.map((w, i) => w + ((max[i] - w) * room) / want);
  }
  return min.map((w) => (w * o.total) / sum(min));
}
