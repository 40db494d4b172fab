import { cellText, columnLetter } from "./cells";
import type { MappedSheet } from "./layout";
import type { RawCell } from "./read-workbook";
import type { ColumnDef } from "./sheet-types";
import { columnForPath } from "./sheets";

/** A problem with a cell or row: sheet, row and column as in the file, and what to do (Danish). */
export interface ImportProblem {
  sheet: string;
  row: number;
  column: string;
  /** The cell's address, e.g. "C14" (empty for a problem with the whole row). */
  cell: string;
  message: string;
}

const english = /^(Invalid|Expected|Required|Too (small|big))/;

/** One data row being checked: its cells by field and its problems by field. */
export class RowCheck {
  readonly problems = new Map<string, string>();
  constructor(
    readonly sheet: MappedSheet,
    readonly row: number,
    private readonly cells: Map<number, RawCell>,
    private readonly byField: Map<string, number>,
  ) {}
  get(field: string): RawCell | undefined {
    const col = this.byField.get(field);
    return col === undefined ? undefined : this.cells.get(col);
  }
  text(field: string): string {
    return cellText(this.get(field));
  }
  report(field: string, message: string) {
    const f = this.sheet.def.columns.some((c) => c.field === field) ? field : "";
    if (!this.problems.has(f)) this.problems.set(f, english.test(message) ? "Ugyldig værdi." : message);
  }
  /** Problems from a schema or rule, by path. */
  reportPaths(list: { path: string; message: string }[]) {
    for (const p of list) this.report(columnForPath(this.sheet.def, p.path)?.field ?? "", p.message);
  }
  get ok() {
    return this.problems.size === 0;
  }
}

/** The heading a field has in the file (or in the template, when the file has no such column). */
export function headingOf(sheet: MappedSheet, column: ColumnDef): string {
  for (const [col, c] of sheet.columns) if (c === column) return sheet.raw.headings.get(col) ?? column.heading;
  return column.heading;
}

/** A problem placed on its cell: the column heading as in the file, the cell address. */
export function problemAt(sheet: MappedSheet, row: number, field: string, message: string): ImportProblem {
  const column = sheet.def.columns.find((c) => c.field === field);
  let col: number | undefined;
  if (column) for (const [n, c] of sheet.columns) if (c === column) col = n;
  return {
    sheet: sheet.raw.name,
    row,
    column: column ? headingOf(sheet, column) : "",
    cell: col ? `${columnLetter(col)}${row}` : "",
    message,
  };
}
