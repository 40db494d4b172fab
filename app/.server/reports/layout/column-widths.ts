import { textWidth } from "./text-width";

export interface TableText {
  columns: { label: string }[];
  rows: string[][];
  footer?: string[];
}

/** The room a table has: total width, font size and the padding of a cell (points). */
export interface Fit {
  total: number;
  size: number;
  padding: number;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The cells of a column with their weight: header and footer bold. */
const cellsOf = (table: TableText, i: number) => [
  { text: table.columns[i].label, bold: true },
  ...table.rows.map((r) => ({ text: r[i] ?? "", bold: false })),
  ...(table.footer ? [{ text: table.footer[i] ?? "", bold: true }] : []),
];

/** Each column's narrowest width: its longest word (header bold) and the cell padding. */
export const minimumWidths = (table: TableText, o: Omit<Fit, "total">) =>
  table.columns.map(
    (_, i) => Math.max(...cellsOf(table, i).map((c) => textWidth(longestWord(c.text), o.size, c.bold))) + o.padding + 1,
  );

/**
 * The largest of the given font sizes at which every word of the table fits its column, or the
 * smallest when none does: a wide table (many years side by side) gets smaller type, never broken words.
 *
 * @example fittingSize(table, [10, 9, 8], { total: 451, padding: 12 }) // → 9
 */
export function fittingSize(table: TableText, sizes: number[], o: Omit<Fit, "size">): number {
  return (
    sizes.find((size) => sum(minimumWidths(table, { size, padding: o.padding })) <= o.total) ?? sizes[sizes.length - 1]
  );
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
export function columnWidths(table: TableText, o: Fit): number[] {
  const cells = (i: number) => cellsOf(table, i);
  const min = minimumWidths(table, o);
  const max = table.columns.map((_, i) =>
    Math.max(
      min[i],
      ...cells(i).flatMap((c) => c.text.split("\n").map((line) => textWidth(line, o.size, c.bold) + o.padding + 1)),
    ),
  );
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
