import { timingSafeEqual } from "node:crypto";
import type { MiddlewareFunction } from "react-router";
import { data, redirect } from "react-router";
import { readSession } from "../auth/sessions";
import { errorText } from "../errors";
import { currentUserContext, requestInfoContext, services } from "../request-context";
import { readCookie, sessionCookieName } from "./cookies";
import { languageOf } from "./translator";

/**
 * Pages anyone may open: signing in, resetting a password, choosing a language, and a resident
 * survey's anonymous answering page (its secret token opens that round's questionnaire only).
 */
const publicPaths = [/^\/logind(\/|$)/, /^\/nulstil-adgangskode(\/|$)/, /^\/sprog$/, /^\/u\/[A-Za-z0-9_-]{1,64}$/];
/** Pages open while a required second factor is still owed. */
const secondFactorPaths = [/^\/logind\/totp$/, /^\/log-ud$/, /^\/sprog$/];

function same(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * CSRF protection for every form: an unsafe request must come from this site (Origin) and
 * carry the browser's token (`_csrf` field or X-CSRF-Token header) matching its cookie.
 */
export const csrfMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  if (["GET", "HEAD", "OPTIONS"].includes(request.method)) return next();
  const origin = request.headers.get("Origin");
  const url = new URL(request.url);
  // The address as the HTTP layer resolved it: X-Forwarded-Host only from a trusted proxy (HELHED_TRUST_PROXY).
  const host = url.host;
  const expected = context.get(requestInfoContext).csrfToken;
  let sent = request.headers.get("X-CSRF-Token") ?? "";
  if (!sent && /form/.test(request.headers.get("Content-Type") ?? "")) {
    const form = await request.clone().formData();
    sent = String(form.get("_csrf") ?? "");
  }
  const originOk = origin === null || origin === "null" ? false : new URL(origin).host === host;
  if (!originOk || !sent || !same(sent, expected))
    throw data({ code: "csrf", message: errorText("csrf", {}, languageOf(request)) }, { status: 403 });
  return next();
};

/**
 * Finds the signed-in user from the session cookie (checked against the database on every
 * request, so a disabled user or an ended session stops at once), and sends anonymous visitors
 * of non-public pages to the sign-in page. Pages with data are never cached.
 */
export const authMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  const { db, config } = services(context);
  const url = new URL(request.url);
  const token = readCookie(request.headers.get("Cookie"), sessionCookieName);
  const found = token ? await readSession(db, config.session, token) : undefined;
  if (found) {
    const needsSecondFactor =
      found.session.method === "password" && !found.session.secondFactorAt && found.secondFactorRequired;
    context.set(currentUserContext, { actor: found.actor, sessionId: found.session.id, needsSecondFactor });
    if (needsSecondFactor && !secondFactorPaths.some((p) => p.test(url.pathname))) throw redirect("/logind/totp");
  } else if (!publicPaths.some((p) => p.test(url.pathname))) {
    throw redirect(`/logind?til=${encodeURIComponent(url.pathname)}`);
  }
  const response = await next();
  response.headers.set("Cache-Control", "no-store");
  return response;
};
