import type { BudgetLine } from "~/plan-format/budget";

const yearOf = (cell: string) => {
  const m = /^\s*((?:19|20)\d{2})\s*(?:\/?\s*kr\.?)?\s*$/i.exec(cell);
  return m ? Number(m[1]) : undefined;
};

/** "235.000 kr." → 235000; "?" → null (not known yet); not an amount → undefined. */
export function amountOf(cell: string): number | null | undefined {
  const t = cell
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/g, "")
    .replace(/kr\.?/i, "")
    .trim();
  if (t === "?") return null;
  if (!/^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+$/.test(t)) return undefined;
  return Math.round(Number(t.replace(/\./g, "").replace(",", ".")));
}

/**
 * Reads a budget table: a header row of years ("2017/kr." …), then rows of a label and an amount
 * per year. Rows with no amounts (notes) and total rows ("I alt") are left out; returns the lines
 * and the rows it could not read.
 */
export function readBudgetTable(rows: string[][]): { lines: BudgetLine[]; unread: string[] } | undefined {
  const headerAt = rows.findIndex((r) => r.filter((c) => yearOf(c) !== undefined).length >= 1);
  if (headerAt < 0) return undefined;
  const header = rows[headerAt];
  const columns = header.map(yearOf);
  const lines: BudgetLine[] = [];
  const unread: string[] = [];
  for (const row of rows.slice(headerAt + 1)) {
    const label = row.find((c, i) => columns[i] === undefined && c && amountOf(c) === undefined && !/^\d$/.test(c));
    const amounts = row.flatMap((c, i) => {
      const year = columns[i];
      const amount = year === undefined ? undefined : amountOf(c);
      return year !== undefined && amount !== undefined ? [{ year, amount }] : [];
    });
    if (!label || /^i alt|^total|^samlet/i.test(label)) continue;
    if (amounts.length === 0) unread.push(row.join(" "));
    else lines.push({ label, amounts });
  }
  return lines.length > 0 ? { lines, unread } : undefined;
}
