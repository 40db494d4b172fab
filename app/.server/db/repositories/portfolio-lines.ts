import { and, eq, inArray, sql } from "drizzle-orm";
import type { PortfolioRow } from "~/portfolio/portfolio-row";
import type { Database } from "../client";
import { portfolioLines } from "../schema";

/** A plan's portfolio line for a period as kept, with what it was computed from. */
export interface KeptLine {
  planId: string;
  asOf: string;
  revision: number;
  contentRevision: number;
  line: PortfolioRow;
  /** When it was computed (ISO), as read back. */
  madeAt?: string;
}

/** The kept lines of these plans for the period, by plan id. */
export async function readPortfolioLines(
  db: Database,
  planIds: string[],
  period: string,
): Promise<Map<string, KeptLine>> {
  if (planIds.length === 0) return new Map();
  const rows = await db
    .select({
      planId: portfolioLines.planId,
      asOf: portfolioLines.asOf,
      revision: portfolioLines.revision,
      contentRevision: portfolioLines.contentRevision,
      line: portfolioLines.line,
      madeAt: portfolioLines.madeAt,
    })
    .from(portfolioLines)
    .where(and(eq(portfolioLines.period, period), inArray(portfolioLines.planId, planIds)));
  return new Map(
    rows.map((r) => [r.planId, { ...r, line: r.line as PortfolioRow, madeAt: new Date(r.madeAt).toISOString() }]),
  );
}

/** Keeps the lines for the period (one statement), each replacing the plan's line for it. */
export async function keepPortfolioLines(db: Database, period: string, lines: KeptLine[]): Promise<void> {
  if (lines.length === 0) return;
  await db
    .insert(portfolioLines)
    .values(lines.map(({ madeAt: _, ...l }) => ({ ...l, period })))
    .onConflictDoUpdate({
      target: [portfolioLines.planId, portfolioLines.period],
      set: {
        asOf: sql`excluded.as_of`,
        revision: sql`excluded.revision`,
        contentRevision: sql`excluded.content_revision`,
        line: sql`excluded.line`,
        madeAt: sql`now()`,
      },
    });
}
