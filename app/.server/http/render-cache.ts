import { createHash, randomBytes } from "node:crypto";
import { deepFreeze, objectId } from "~/memo";
import { isPlainObject } from "~/plain-data";

/**
 * Pages rendered once and sent again while nothing they show has changed (decision 013d).
 *
 * A page's HTML is a function of its address, its loaders' data and the day: React renders it from
 * nothing else. So the key is a digest of those, taken after the loaders ran for this request (the
 * signed-in check, the rights and the figures are all read afresh each time); only the rendering is
 * reused. The loaders' data hold the user and their form token, so two people share a page only
 * when they would be shown the same bytes. The answer's CSP nonce (in the root data) is left out of
 * the key; the kept bytes and how they are sent are kept-pages.ts's.
 *
 * Only pages whose route says `handle: { renderCache: "aggregates" }` are kept: pages of plans and
 * figures that show no person.
 */
const noncePlaceholder = randomBytes(18).toString("base64");

const unchanging = new WeakSet<object>();

/**
 * Marks loader data that never change once made (deep-frozen here): the page key names them by
 * identity instead of writing them out, so a large view made once (a dashboard's criteria for a
 * logbook revision) costs the key nothing on the next request. Returns the same object.
 */
export function unchangingPageData<T extends object>(value: T): T {
  unchanging.add(deepFreeze(value));
  return value;
}

/** Thrown inside the fingerprint for a value whose rendering JSON cannot pin down (a promise, a Map). */
class Uncacheable extends Error {}

function replacer(this: Record<string, unknown>, key: string, value: unknown) {
  const raw = this[key];
  if (raw instanceof Date) return `\u0000date:${Number.isNaN(raw.getTime()) ? "invalid" : raw.toISOString()}`;
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0)
        ? value
        : `\u0000number:${Object.is(value, -0) ? "-0" : value}`;
    case "string":
      return value.startsWith("\u0000") ? `\u0000string:${value}` : value;
    case "object": {
      if (value === null) return value;
      if (unchanging.has(value)) return `\u0000unchanging:${objectId(value)}`;
      if (Array.isArray(value) || isPlainObject(value)) return value;
      throw new Uncacheable();
    }
    case "boolean":
    case "undefined":
      return value;
    default:
      throw new Uncacheable();
  }
}

/**
 * The key of a page: its address, the day and its data, with the nonce taken out; undefined when
 * the data hold something JSON cannot tell apart (then the page is rendered as before).
 */
export function pageKey(url: string, day: string, data: unknown, nonce: string): string | undefined {
  let json: string;
  try {
    json = JSON.stringify(data, replacer);
  } catch (error) {
    if (error instanceof Uncacheable) return undefined;
    throw error;
  }
  return createHash("sha256")
    .update(url)
    .update("\u0000")
    .update(day)
    .update("\u0000")
    .update(nonce ? json.replaceAll(nonce, noncePlaceholder) : json)
    .digest("base64url");
}
