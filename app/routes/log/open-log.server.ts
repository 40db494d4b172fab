import type { RouterContextProvider } from "react-router";
import type { Action } from "~/.server/auth/policy";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { guard, requireActor, services } from "~/.server/request-context";

/** Opens a plan's logbook for a route: signed-in user, policy check, user errors as HTTP answers. */
export async function openLog(
  context: Readonly<RouterContextProvider>,
  request: Request,
  slug: string,
  action: Action = "logbook.read",
) {
  const actor = requireActor(context, request);
  const { db, cipher } = services(context);
  const ctx = await guard(() => openLogbook(db, actor, slug, action));
  return { ctx, db, cipher, actor };
}

export { today } from "~/.server/clock";

/** Reads a form into a plain object; repeated names become lists. */
export function formObject(form: FormData, lists: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key === "_csrf" || key === "intent") continue;
    out[key] = lists.includes(key) ? form.getAll(key).map(String) : String(form.get(key));
  }
  return out;
}

/** A date moved inside a period (for plans that have ended or not begun). */
export function clampToPeriod(day: string, period: { start: string; end: string }): string {
  if (day > period.end) return period.end;
  return day < period.start ? period.start : day;
}
