import { eq } from "drizzle-orm";
import { type AttainmentRow, attainment } from "~/measures/attainment";
import type { LogbookFacts } from "~/measures/facts";
import type { PlanFile } from "~/plan-format/plan";
import type { Database } from "../../db/client";
import { logbookRevisions } from "../../db/schema";
import { loadLogbookFacts } from "../logbook/load-facts";

interface Entry {
  revision: number;
  facts: LogbookFacts;
  results: Map<string, AttainmentRow[]>;
}

/** Per database (tests open many), per plan: the logbook as facts and the figures computed from it. */
const entries = new WeakMap<object, Map<string, Entry>>();

/** The plan's logbook revision: raised by the database in the same transaction as every logbook change. */
async function revisionOf(db: Database, planId: string): Promise<number> {
  const [row] = await db
    .select({ revision: logbookRevisions.revision })
    .from(logbookRevisions)
    .where(eq(logbookRevisions.planId, planId));
  return row?.revision ?? 0;
}

/**
 * The plan's logbook as facts for the measure engine, kept in memory while the logbook is
 * unchanged: one small query per request checks the revision, and any change (a registration,
 * an import, an approved version) makes the next request read the logbook again. Figures are
 * therefore always those of the logbook as it is, without nightly tables.
 */
export async function liveFacts(db: Database, planId: string): Promise<Entry> {
  let plans = entries.get(db);
  if (!plans) {
    plans = new Map();
    entries.set(db, plans);
  }
  const revision = await revisionOf(db, planId);
  const hit = plans.get(planId);
  if (hit && hit.revision === revision) return hit;
  const entry: Entry = { revision, facts: await loadLogbookFacts(db, planId), results: new Map() };
  plans.set(planId, entry);
  return entry;
}

/** Every criterion's målopfyldelse for a period, computed once per logbook revision and day. */
export function attainmentOf(entry: Entry, plan: PlanFile, period: string, today: string): AttainmentRow[] {
  const key = `${period}|${today}`;
  let rows = entry.results.get(key);
  if (!rows) {
    rows = attainment(plan, entry.facts, period, today);
    entry.results.set(key, rows);
  }
  return rows;
}
