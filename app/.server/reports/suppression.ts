/**
 * Small numbers never leave the organisation: in a report for outside readers, counts of distinct
 * persons from 1 to threshold − 1 are hidden ("<5"), and so many other cells that no hidden value
 * can be worked out from the totals or by differences (secondary suppression).
 *
 * A table is cells, row totals, column totals and a grand total. Each row and column is an
 * equation (its cells add up to its total), and so are the totals (row totals add up to the
 * grand total, and so do column totals). A hidden value could be recomputed if some equation
 * had exactly one hidden member; the algorithm hides more until every equation has none or at
 * least two, choosing the smallest visible value each time (it discloses least).
 */
export interface CountTable {
  cells: number[][];
  rowTotals?: number[];
  colTotals?: number[];
  total?: number;
}

export interface SuppressedTable {
  /** true where the value is hidden. */
  cells: boolean[][];
  rowTotals: boolean[];
  colTotals: boolean[];
  total: boolean;
}

type Ref =
  | { kind: "cell"; r: number; c: number }
  | { kind: "row"; r: number }
  | { kind: "col"; c: number }
  | { kind: "total" };

/** The equations of a table: each is a list of members whose values add up (the last member is the sum). */
export function equationsOf(table: CountTable): Ref[][] {
  const rows = table.cells.length;
  const cols = table.cells[0]?.length ?? 0;
  const eqs: Ref[][] = [];
  if (table.rowTotals)
    for (let r = 0; r < rows; r++)
      eqs.push([...Array.from({ length: cols }, (_, c) => ({ kind: "cell" as const, r, c })), { kind: "row", r }]);
  if (table.colTotals)
    for (let c = 0; c < cols; c++)
      eqs.push([...Array.from({ length: rows }, (_, r) => ({ kind: "cell" as const, r, c })), { kind: "col", c }]);
  if (table.total !== undefined) {
    if (table.rowTotals)
      eqs.push([...Array.from({ length: rows }, (_, r) => ({ kind: "row" as const, r })), { kind: "total" }]);
    if (table.colTotals)
      eqs.push([...Array.from({ length: cols }, (_, c) => ({ kind: "col" as const, c })), { kind: "total" }]);
  }
  return eqs;
}

const small = (v: number, threshold: number) => v > 0 && v < threshold;

/** Which values of a table of person counts must be hidden for readers outside the organisation. */
export function suppress(table: CountTable, threshold = 5): SuppressedTable {
  const hidden: SuppressedTable = {
    cells: table.cells.map((row) => row.map((v) => small(v, threshold))),
    rowTotals: (table.rowTotals ?? []).map((v) => small(v, threshold)),
    colTotals: (table.colTotals ?? []).map((v) => small(v, threshold)),
    total: table.total !== undefined && small(table.total, threshold),
  };
  const value = (x: Ref) =>
    x.kind === "cell"
      ? table.cells[x.r][x.c]
      : x.kind === "row"
        ? (table.rowTotals?.[x.r] ?? 0)
        : x.kind === "col"
          ? (table.colTotals?.[x.c] ?? 0)
          : (table.total ?? 0);
  const isHidden = (x: Ref) =>
    x.kind === "cell"
      ? hidden.cells[x.r][x.c]
      : x.kind === "row"
        ? hidden.rowTotals[x.r]
        : x.kind === "col"
          ? hidden.colTotals[x.c]
          : hidden.total;
  const hide = (x: Ref) => {
    if (x.kind === "cell") hidden.cells[x.r][x.c] = true;
    else if (x.kind === "row") hidden.rowTotals[x.r] = true;
    else if (x.kind === "col") hidden.colTotals[x.c] = true;
    else hidden.total = true;
  };
  const equations = equationsOf(table);
  for (let changed = true; changed; ) {
    changed = false;
    for (const eq of equations) {
      if (eq.filter(isHidden).length !== 1) continue;
      // Hide the smallest visible member (prefer cells over totals): it discloses least.
      const candidates = eq
        .filter((x) => !isHidden(x))
        .sort((a, b) => value(a) - value(b) || (a.kind === "cell" ? -1 : 1));
      if (candidates.length === 0) continue;
      hide(candidates[0]);
      changed = true;
    }
    if (changed) continue;
    // Combinations of equations can still reveal a value: hide more next to it until none can be found.
    const exposed = recoverable(table, hidden);
    if (exposed.size === 0) break;
    const near = equations.filter((eq) => eq.some((x) => exposed.has(refId(x)))).flat();
    const visible = (list: Ref[]) => list.filter((x) => !isHidden(x)).sort((a, b) => value(a) - value(b))[0];
    const next = visible(near) ?? visible(equations.flat());
    if (!next) break;
    hide(next);
    changed = true;
  }
  return hidden;
}

const refId = (x: Ref) =>
  x.kind === "cell" ? `c${x.r},${x.c}` : x.kind === "row" ? `r${x.r}` : x.kind === "col" ? `k${x.c}` : "t";

const hiddenIn = (hidden: SuppressedTable) => (x: Ref) =>
  x.kind === "cell"
    ? hidden.cells[x.r][x.c]
    : x.kind === "row"
      ? hidden.rowTotals[x.r]
      : x.kind === "col"
        ? hidden.colTotals[x.c]
        : hidden.total;

/** The rank of a matrix (rows of numbers), by Gaussian elimination. */
function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c]) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot], m[r]];
    for (let i = 0; i < m.length; i++) {
      if (i === r || Math.abs(m[i][c]) < 1e-9) continue;
      const f = m[i][c] / m[r][c];
      for (let k = c; k < cols; k++) m[i][k] -= f * m[r][k];
    }
    r++;
  }
  return r;
}

/**
 * The hidden values a reader could recompute from what is shown, by any combination of the
 * table's equations (linear algebra, not only one equation at a time): a hidden value is
 * determined when its unit vector lies in the row space of the equations over the hidden values.
 */
export function recoverable(table: CountTable, hidden: SuppressedTable): Set<string> {
  const isHidden = hiddenIn(hidden);
  const equations = equationsOf(table);
  const unknowns = [
    ...new Map(
      equations
        .flat()
        .filter(isHidden)
        .map((x) => [refId(x), x]),
    ).keys(),
  ];
  const found = new Set<string>();
  if (unknowns.length === 0) return found;
  const col = new Map(unknowns.map((id, i) => [id, i]));
  const matrix = equations.map((eq) => {
    const row = new Array(unknowns.length).fill(0);
    eq.forEach((x, i) => {
      const j = col.get(refId(x));
      if (j !== undefined && isHidden(x)) row[j] += i === eq.length - 1 ? -1 : 1;
    });
    return row;
  });
  const base = rank(matrix);
  unknowns.forEach((id, j) => {
    const unit = new Array(unknowns.length).fill(0);
    unit[j] = 1;
    if (rank([...matrix, unit]) === base) found.add(id);
  });
  return found;
}

/** A count as an outside reader sees it. */
export const shownCount = (value: number, isHidden: boolean, threshold = 5) =>
  isHidden ? (value > 0 && value < threshold ? `<${threshold}` : "×") : String(value);
