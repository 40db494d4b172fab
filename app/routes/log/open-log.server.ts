import type { RouterContextProvider } from "react-router";
import type { Action } from "~/.server/auth/policy";
import { openLogbook, requireActivity } from "~/.server/domain/logbook/logbook-context";
import { pageError } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";

/** Opens a plan's logbook for a route: signed-in user, policy check, user errors as HTTP answers. */
export async function openLog(
  context: Readonly<RouterContextProvider>,
  request: Request,
  slug: string,
  action: Action = "logbook.read",
) {
  const actor = requireActor(context, request);
  const { db, cipher } = services(context);
  // A plan the user may not open is the error page, also when a form was sent.
  const ctx = await openLogbook(db, actor, slug, action).catch((error) => pageError(error, request));
  return { ctx, db, cipher, actor };
}

import { today } from "~/.server/clock";
import { dayInPeriod } from "~/.server/domain/logbook/session-screen";

export { today };

/** Reads a form into a plain object; repeated names become lists. */
export function formObject(form: FormData, lists: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key === "_csrf" || key === "intent") continue;
    out[key] = lists.includes(key) ? form.getAll(key).map(String) : String(form.get(key));
  }
  return out;
}

/** An event as its form sends it: the `breakdown.<group>` fields as one breakdown (blanks left out), no headcount as null. */
export function eventFromForm(values: Record<string, unknown>) {
  const breakdown = Object.fromEntries(
    Object.entries(values)
      .filter(([k, v]) => k.startsWith("breakdown.") && v !== "")
      .map(([k, v]) => [k.slice(10), v]),
  );
  return { ...values, breakdown, headcount: values.headcount ?? null };
}

export { dayInPeriod as clampToPeriod } from "~/.server/domain/logbook/session-screen";

/** The day forms default to: today, moved inside the plan's period (so a date is never refused). */
export function workDay(ctx: { plan: { period: { start: string; end: string } } }): string {
  return dayInPeriod(today(), ctx.plan.period);
}

/** Opens the logbook and the activity a page is for (`?aktivitet=`), with the right to `action` on it. */
export async function openActivity(
  context: Readonly<RouterContextProvider>,
  request: Request,
  slug: string,
  action: Action,
) {
  const opened = await openLog(context, request, slug, action);
  const key = new URL(request.url).searchParams.get("aktivitet") ?? "";
  const activity = await requireActivity(opened.db, opened.ctx, key, action);
  return { ...opened, activity };
}
