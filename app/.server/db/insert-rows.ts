import { getTableColumns, type SQL, sql } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Database } from "./client";

/**
 * Inserts many rows in one statement with one parameter: the rows as a JSON array, unpacked by
 * `jsonb_to_recordset` into the table's own column types (decision 018b). A multi-row VALUES list
 * costs the server a parse of one parameter per cell and Drizzle a mapping of each; this costs
 * neither, on PostgreSQL and on PGlite alike. Columns a row leaves out get their defaults; rows
 * that leave out different columns are inserted in groups of the same shape.
 * @example await insertRows(tx, attendance, rows)
 */
export async function insertRows<T extends PgTable>(db: Database, table: T, rows: T["$inferInsert"][]) {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const shapes = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const keys = Object.keys(row).filter((k) => (row as Record<string, unknown>)[k] !== undefined && k in columns);
    const shape = keys.join(",");
    const list = shapes.get(shape);
    if (list) list.push(row as Record<string, unknown>);
    else shapes.set(shape, [row as Record<string, unknown>]);
  }
  for (const [shape, list] of shapes) {
    const keys = shape.split(",");
    const names = keys.map((k) => (columns[k].keyAsName ? toSnakeCase(columns[k].name) : columns[k].name));
    const json = JSON.stringify(list.map((row) => Object.fromEntries(keys.map((k, i) => [names[i], row[k]]))));
    const columnList = sql.join(
      names.map((n) => sql.identifier(n)),
      sql`, `,
    );
    const types: SQL = sql.join(
      keys.map((k, i) => sql`${sql.identifier(names[i])} ${sql.raw(columns[k].getSQLType())}`),
      sql`, `,
    );
    await db.execute(
      sql`INSERT INTO ${table} (${columnList}) SELECT ${columnList} FROM jsonb_to_recordset(${json}::jsonb) AS x(${types})`,
    );
  }
}
