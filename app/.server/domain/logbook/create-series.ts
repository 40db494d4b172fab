import { randomUUID } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit";
import type { Database } from "../../db/client";
import { eventSeries, events } from "../../db/schema";
import { userError } from "../../errors";
import { type LogbookContext, requireActivity, userIdOf } from "./logbook-context";
import { planPeriodParams } from "./plan-period-message";

/** A recurring session: weekdays (1 = Monday … 7 = Sunday), time, place and a date range. */
export const seriesSchema = z
  .object({
    activityKey: z.string(),
    type: z.string().min(1, "chooseType"),
    title: z.string().trim().optional(),
    weekdays: z.array(z.coerce.number().int().min(1).max(7)).min(1, "chooseWeekday"),
    startTime: z
      .string()
      .regex(/^\d{2}[:.]\d{2}$/, "timeFormat")
      .optional()
      .or(z.literal("")),
    endTime: z
      .string()
      .regex(/^\d{2}[:.]\d{2}$/, "timeFormat")
      .optional()
      .or(z.literal("")),
    place: z.string().trim().optional(),
    fromDate: z.iso.date({ error: "startDateFormat" }),
    toDate: z.iso.date({ error: "endDateFormat" }),
  })
  .refine((s) => s.fromDate <= s.toDate, { path: ["toDate"], message: "endAfterStart" });

/** The dates between two days that fall on the given weekdays (ISO numbering). */
export function seriesDates(fromDate: string, toDate: string, weekdays: number[]): string[] {
  const out: string[] = [];
  for (
    let d = new Date(`${fromDate}T00:00:00Z`);
    d <= new Date(`${toDate}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
    if (weekdays.includes(weekday)) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/**
 * Creates a series of sessions at once (a lektiecafé three times a week): one event per date,
 * ready for ticking attendance. At most 400 sessions per series.
 */
export async function createSeries(db: Database, ctx: LogbookContext, input: z.input<typeof seriesSchema>) {
  const parsed = seriesSchema.safeParse(input);
  if (!parsed.success)
    throw userError(
      "invalid-series",
      "checkFields",
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  const s = parsed.data;
  const activity = await requireActivity(db, ctx, s.activityKey, "logbook.write");
  if (s.fromDate < ctx.plan.period.start || s.toDate > ctx.plan.period.end)
    throw userError("invalid-series", "checkFields", [
      {
        path: "fromDate",
        key: "seriesOutsidePlanPeriod",
        params: planPeriodParams(ctx.plan.period),
      },
    ]);
  const dates = seriesDates(s.fromDate, s.toDate, s.weekdays);
  if (dates.length === 0)
    throw userError("invalid-series", "noWeekdayInPeriod", {
      details: [{ path: "weekdays", key: "chooseWeekdaysInPeriod" }],
    });
  if (dates.length > 400)
    throw userError("invalid-series", "seriesTooLong", [{ path: "toDate", message: "chooseShorterPeriod" }]);
  const seriesId = randomUUID();
  const base = {
    organisationId: ctx.resource.organisationId,
    planId: ctx.planId,
    activityId: activity.id,
    createdBy: userIdOf(ctx),
  };
  const time = (t?: string) => (t ? t.replace(".", ":") : null);
  await db.transaction(async (tx) => {
    await tx.insert(eventSeries).values({
      id: seriesId,
      ...base,
      type: s.type,
      title: s.title || null,
      weekdays: s.weekdays,
      startTime: time(s.startTime),
      endTime: time(s.endTime),
      place: s.place || null,
      fromDate: s.fromDate,
      toDate: s.toDate,
    });
    for (let i = 0; i < dates.length; i += 200)
      await tx.insert(events).values(
        dates.slice(i, i + 200).map((date) => ({
          id: randomUUID(),
          ...base,
          seriesId,
          type: s.type,
          title: s.title || null,
          date,
          startTime: time(s.startTime),
          endTime: time(s.endTime),
          place: s.place || null,
        })),
      );
    await recordAudit(tx, ctx.actor, {
      action: "logbook.createSeries",
      resourceType: "eventSeries",
      resourceId: seriesId,
      organisationId: base.organisationId,
      outcome: "allowed",
      details: { sessions: dates.length, activity: activity.key },
    });
  });
  return { seriesId, sessions: dates.length };
}
