import { createContext, data, RouterContextProvider, redirect } from "react-router";
import type { UserActor } from "./auth/policy";
import type { FieldCipher } from "./crypto/field-encryption";
import type { Database } from "./db/client";
import { type FoundPlan, planResourceBySlug } from "./db/repositories/access";
import { getPlan, type PlanWithAccess } from "./domain/plans/get-plan";
import type { Config } from "./env";
import type { Encoding } from "./http/kept-pages";
import { pageError } from "./http/user-errors";

/** What the server holds for its whole life. */
export interface AppServices {
  db: Database;
  cipher: FieldCipher;
  config: Config;
  /** Started with --demo: the sign-in page lists the demo accounts. */
  demo: boolean;
  /** The job queue: work that runs in the background (imports). */
  jobs: { send: (name: string, data: Record<string, unknown>) => Promise<string | null> };
}

/** What the HTTP layer knows about this request before React Router runs. */
export interface RequestInfo {
  /** The CSP nonce for this response's inline scripts. */
  nonce: string;
  /** The browser's CSRF token (also in an HttpOnly cookie); forms send it back as `_csrf`. */
  csrfToken: string;
  ip: string;
  userAgent: string;
  secure: boolean;
  /** The best coding of a response the browser accepts: brotli, gzip or none (for kept pages). */
  acceptedEncoding: () => Encoding;
  /**
   * Set when a kept page is sent (kept-pages.ts): the CSP allows its inline scripts by these hashes
   * instead of the nonce, which that page's bytes (rendered for an earlier answer) do not carry.
   */
  scriptHashes?: readonly string[];
}

/** The signed-in user of this request, once the auth middleware has run. */
export interface CurrentUser {
  actor: UserActor;
  sessionId: string;
  /** True while a required second factor is still owed: only the TOTP pages are open. */
  needsSecondFactor: boolean;
}

export const servicesContext = createContext<AppServices>();
export const requestInfoContext = createContext<RequestInfo>();
export const currentUserContext = createContext<CurrentUser | null>(null);
const planCacheContext = createContext<Map<string, Promise<PlanWithAccess>>>();
const foundPlanContext = createContext<Map<string, Promise<FoundPlan | undefined>>>();

type Ctx = Readonly<RouterContextProvider>;

/** Builds the per-request context the middleware, loaders and actions receive. */
export function createRequestContext(services: AppServices, info: RequestInfo): RouterContextProvider {
  const context = new RouterContextProvider();
  context.set(servicesContext, services);
  context.set(requestInfoContext, info);
  context.set(currentUserContext, null);
  context.set(planCacheContext, new Map());
  context.set(foundPlanContext, new Map());
  return context;
}

/** The database and the field cipher. */
export function services(context: Ctx): AppServices {
  return context.get(servicesContext);
}

/** The signed-in user; anonymous requests are sent to the sign-in page. */
export function requireActor(context: Ctx, request: Request): UserActor {
  const current = context.get(currentUserContext);
  if (!current) {
    const url = new URL(request.url);
    throw redirect(`/logind?til=${encodeURIComponent(url.pathname)}`);
  }
  return current.actor;
}

/** Looks a plan up by its slug once per request (its id and what access is checked against), found or not. */
export function findPlan(context: Ctx, slug: string): Promise<FoundPlan | undefined> {
  const cache = context.get(foundPlanContext);
  let pending = cache.get(slug);
  if (!pending) {
    pending = planResourceBySlug(services(context).db, slug);
    cache.set(slug, pending);
  }
  return pending;
}

/** Loads a plan once per request (nested loaders share it), if the user may read it. */
export async function loadPlan(context: Ctx, request: Request, slug: string): Promise<PlanWithAccess> {
  const actor = requireActor(context, request);
  const cache = context.get(planCacheContext);
  let pending = cache.get(slug);
  if (!pending) {
    pending = getPlan(services(context).db, actor, slug, "plan.read", findPlan(context, slug));
    cache.set(slug, pending);
  }
  return pending.catch((error) => pageError(error, request));
}

/** A 404 answer for loaders. */
export function notFound() {
  return data({ message: "not-found", code: "not-found" }, { status: 404 });
}
