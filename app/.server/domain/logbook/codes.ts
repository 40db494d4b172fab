import { count, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { households, participants } from "../../db/schema";

/**
 * The next pseudonymous code in a plan, e.g. "D-0042" for participants or "H-0007" for households.
 * Call it inside the transaction that inserts the row: a lock per plan and kind, held to the end of
 * that transaction, makes walk-ins registered at the same moment on two phones get two codes.
 */
export async function nextCode(db: Database, planId: string, kind: "participant" | "household"): Promise<string> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`helhed-code:${kind}:${planId}`}))`);
  const table = kind === "participant" ? participants : households;
  const [row] = await db.select({ n: count() }).from(table).where(eq(table.planId, planId));
  return `${kind === "participant" ? "D" : "H"}-${String(Number(row.n) + 1).padStart(4, "0")}`;
}
