import { sql } from "drizzle-orm";
import type { Database } from "~/.server/db/client";

/** Row counts of every table in the public schema, to show that something changed nothing. */
export async function tableCounts(db: Database): Promise<Record<string, number>> {
  const tables = await db.execute<{ table_name: string }>(
    sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of rowsOf<{ table_name: string }>(tables)) {
    const result = await db.execute<{ n: number }>(sql.raw(`SELECT count(*)::int AS n FROM "${table_name}"`));
    counts[table_name] = Number(rowsOf<{ n: number }>(result)[0].n);
  }
  return counts;
}

/** The rows of a raw query result on either driver. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}
