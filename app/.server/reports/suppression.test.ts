import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CountTable, recoverable, suppress } from "./suppression";

/** Random tables of person counts with (optionally) their true totals. */
const tables = fc
  .record({
    rows: fc.integer({ min: 1, max: 6 }),
    cols: fc.integer({ min: 1, max: 6 }),
    withRowTotals: fc.boolean(),
    withColTotals: fc.boolean(),
    withTotal: fc.boolean(),
  })
  .chain((shape) =>
    fc
      .array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), {
          minLength: shape.cols,
          maxLength: shape.cols,
        }),
        {
          minLength: shape.rows,
          maxLength: shape.rows,
        },
      )
      .map((cells): CountTable => {
        const rowTotals = cells.map((r) => r.reduce((s, v) => s + v, 0));
        const colTotals = cells[0].map((_, c) => cells.reduce((s, r) => s + r[c], 0));
        return {
          cells,
          rowTotals: shape.withRowTotals ? rowTotals : undefined,
          colTotals: shape.withColTotals ? colTotals : undefined,
          total:
            shape.withTotal && (shape.withRowTotals || shape.withColTotals)
              ? rowTotals.reduce((s, v) => s + v, 0)
              : undefined,
        };
      }),
  );

describe("suppression of small numbers", () => {
  it("never shows a count from 1 to 4, and no hidden value can be recomputed from what is shown", () => {
    fc.assert(
      fc.property(tables, (table) => {
        const hidden = suppress(table, 5);
        table.cells.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v > 0 && v < 5) expect(hidden.cells[r][c]).toBe(true);
          }),
        );
        table.rowTotals?.forEach((v, r) => v > 0 && v < 5 && expect(hidden.rowTotals[r]).toBe(true));
        table.colTotals?.forEach((v, c) => v > 0 && v < 5 && expect(hidden.colTotals[c]).toBe(true));
        expect([...recoverable(table, hidden)]).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it("hides a second cell in a row so the first cannot be found by subtracting from the total", () => {
    const hidden = suppress({ cells: [[3, 10, 20]], rowTotals: [33] }, 5);
    expect(hidden.cells[0]).toEqual([true, true, false]);
  });

  it("the attack finds a lone hidden cell (the check itself can fail)", () => {
    const table = { cells: [[3, 10, 20]], rowTotals: [33] };
    const naive = { cells: [[true, false, false]], rowTotals: [false], colTotals: [], total: false };
    expect([...recoverable(table, naive)]).toEqual(["c0,0"]);
  });
});
