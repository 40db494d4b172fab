import { randomUUID } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit";
import type { Database } from "../../db/client";
import { staffHours } from "../../db/schema";
import { detailsOf, userError } from "../../errors";
import { type LogbookContext, requireActivity } from "./logbook-context";
import { planPeriodParams } from "./plan-period-message";

export const staffHoursSchema = z.object({
  activityKey: z.string().min(1, "chooseActivity"),
  week: z.iso.date({ error: "chooseDayInWeek" }),
  hours: z.coerce.number({ error: "hoursAsNumber" }).positive("hoursAboveZero").max(80, "hoursPerWeekMax"),
});

/** The Monday of the week a date falls in. */
export function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Logs a staff member's hours on an activity for a week (staffing: planned against worked). */
export async function logStaffHours(db: Database, ctx: LogbookContext, input: Record<string, unknown>) {
  const parsed = staffHoursSchema.safeParse({ ...input, hours: String(input.hours ?? "").replace(",", ".") });
  if (!parsed.success)
    throw userError("invalid-hours", "checkFields", {
      details: detailsOf(parsed.error.issues, (p) => String(p[0])),
    });
  const week = mondayOf(parsed.data.week);
  // A week of the plan: it has at least one day inside the plan's period.
  const sunday = new Date(Date.parse(`${week}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
  const { start, end } = ctx.plan.period;
  if (week > end || sunday < start)
    throw userError("invalid-hours", "checkFields", {
      details: [{ path: "week", key: "dateOutsidePlanPeriod", params: planPeriodParams(ctx.plan.period) }],
    });
  const activity = await requireActivity(db, ctx, parsed.data.activityKey, "logbook.write");
  await db.insert(staffHours).values({
    id: randomUUID(),
    organisationId: ctx.resource.organisationId,
    planId: ctx.planId,
    activityKey: activity.key,
    userId: ctx.actor.kind === "user" ? ctx.actor.userId : null,
    week,
    hours: parsed.data.hours,
  });
  await recordAudit(db, ctx.actor, {
    action: "staffHours.create",
    resourceType: "activity",
    resourceId: activity.id,
    organisationId: ctx.resource.organisationId,
    outcome: "allowed",
    details: { week, hours: parsed.data.hours },
  });
  return { week, activity };
}
