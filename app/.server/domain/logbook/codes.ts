import { count, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { households, participants } from "../../db/schema";

/** The next pseudonymous code in a plan, e.g. "D-0042" for participants or "H-0007" for households. */
export async function nextCode(db: Database, planId: string, kind: "participant" | "household"): Promise<string> {
  const table = kind === "participant" ? participants : households;
  const [row] = await db.select({ n: count() }).from(table).where(eq(table.planId, planId));
  return `${kind === "participant" ? "D" : "H"}-${String(Number(row.n) + 1).padStart(4, "0")}`;
}
