import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { and, eq, exists, or } from "drizzle-orm";
import type { Database } from "../db/client";
import { findPlanId } from "../db/repositories/plans";
import { activities, activityAssignments, eventSeries, rosterEntries, users } from "../db/schema";
import { getPlan } from "../domain/plans/get-plan";
import { demoPlanFiles } from "../domain/plans/load-example-plans";
import { demoEmail } from "./demo-accounts";
import { generateDemoLogbook } from "./demo-logbook";
import { insertDemoLogbook, planHasLogbookData } from "./insert-demo-logbook";

/** The seed every demo start uses, so the demo logbooks look the same everywhere. */
export const demoLogbookSeed = 2026;

/** What happened to one example plan's logbook. */
export interface DemoLogbookLoad {
  slug: string;
  /** False when the plan already had logbook data (then nothing was added). */
  inserted: boolean;
  rows?: number;
  milliseconds?: number;
}

/** A date moved into the plan period: a finished plan is filled to its end, a future one only its first day. */
export function clampToPlanPeriod(today: string, period: { start: string; end: string }): string {
  return today < period.start ? period.start : today > period.end ? period.end : today;
}

/**
 * The last day a demo logbook is filled: the plan's last day for a finished plan, and yesterday for
 * a plan that runs today, so today's sessions are there to be logged by whoever tries the demo.
 */
export function logbookUntil(today: string, period: { start: string; end: string }): string {
  if (today <= period.start || today > period.end) return clampToPlanPeriod(today, period);
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Gives every example plan without logbook data a demo logbook (scale 1, up to today clamped into
 * the plan period), and assigns the plan's demo staff member (medarbejder.<slug>) to the
 * activities with rosters and session series, so the staff start page has sessions to show.
 * A plan that already has logbook data keeps it untouched (only the assignments are renewed).
 * @example await addDemoLogbooks(db, { today: "2026-11-23" });
 */
export async function addDemoLogbooks(
  db: Database,
  options: { today: string; scale?: number; seed?: number },
): Promise<DemoLogbookLoad[]> {
  const out: DemoLogbookLoad[] = [];
  for (const file of await demoPlanFiles()) {
    const slug = /^slug:\s*(\S+)/m.exec(await readFile(file, "utf8"))?.[1];
    const planId = slug ? await findPlanId(db, slug) : undefined;
    if (!slug || !planId) continue;
    if (await planHasLogbookData(db, planId)) {
      out.push({ slug, inserted: false });
    } else {
      const { plan, resource } = await getPlan(db, { kind: "system", reason: "demo" }, slug);
      const logbook = generateDemoLogbook(plan, {
        seed: options.seed ?? demoLogbookSeed,
        scale: options.scale ?? 1,
        today: logbookUntil(options.today, plan.period),
      });
      const result = await insertDemoLogbook(db, { planId, organisationId: resource.organisationId }, logbook);
      out.push({
        slug,
        inserted: true,
        rows: Object.values(result.rows).reduce((sum, n) => sum + n, 0),
        milliseconds: result.milliseconds,
      });
    }
    // Also when the logbook was there already: replacing a plan (helhed demo) drops its assignments.
    await assignDemoStaff(db, planId, slug);
  }
  return out;
}

/** The demo staff member logs in the activities that have rosters or session series. */
async function assignDemoStaff(db: Database, planId: string, slug: string) {
  const [staff] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, demoEmail("medarbejder", slug)));
  if (!staff) return;
  const rostered = await db
    .selectDistinct({ id: activities.id, organisationId: activities.organisationId })
    .from(activities)
    .where(
      and(
        eq(activities.planId, planId),
        or(
          exists(
            db.select({ id: rosterEntries.id }).from(rosterEntries).where(eq(rosterEntries.activityId, activities.id)),
          ),
          exists(db.select({ id: eventSeries.id }).from(eventSeries).where(eq(eventSeries.activityId, activities.id))),
        ),
      ),
    );
  if (rostered.length === 0) return;
  await db
    .insert(activityAssignments)
    .values(
      rostered.map((a) => ({ id: randomUUID(), organisationId: a.organisationId, userId: staff.id, activityId: a.id })),
    )
    .onConflictDoNothing();
}
