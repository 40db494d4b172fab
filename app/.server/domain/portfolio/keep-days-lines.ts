import type { Database } from "../../db/client";
import { portfolioAttainment } from "./portfolio-attainment";

/**
 * Every plan's portfolio lines as of the day, for the whole plan and each year, computed with no
 * time limit and kept in the database (the nightly job): the day's first portfolio reader (a
 * kommune, LBF) is shown them at once, whichever period they choose. Returns the number of plans.
 */
export async function keepDaysPortfolioLines(db: Database, day: string): Promise<number> {
  const system = { kind: "system", reason: "portfolio-lines" } as const;
  const all = { budgetMs: Number.POSITIVE_INFINITY };
  const whole = await portfolioAttainment(db, system, { period: "plan" }, day, all);
  for (const year of whole.years) await portfolioAttainment(db, system, { period: year }, day, all);
  return whole.plans.length;
}
