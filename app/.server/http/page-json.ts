import { deepFreeze, keptIn } from "~/memo";
import type { PageJson } from "~/page-json";
import { isPlainObject } from "~/plain-data";
import { unchangingPageData } from "./render-cache";

const texts = new WeakMap<object, PageJson<unknown>>();

/** What JSON would silently change: a number that is not finite, a date, a Map, a function. */
function plain(this: Record<string, unknown>, key: string, value: unknown) {
  if (this[key] instanceof Date) throw new Error("Kan ikke sendes som JSON: en dato");
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`Ikke et endeligt tal: ${value}`);
  if (typeof value === "function" || typeof value === "bigint" || typeof value === "symbol")
    throw new Error(`Kan ikke sendes som JSON: ${typeof value}`);
  if (typeof value === "object" && value !== null && !Array.isArray(value) && !isPlainObject(value))
    throw new Error("Kan ikke sendes som JSON: et objekt af en klasse");
  return value;
}

/**
 * A view made once as one JSON text for the page (see PageJson): the view is deep-frozen (it is
 * never changed again), written once per view object, and the text marked unchanging for the render
 * cache's key.
 */
export function pageJson<T extends object>(view: T): PageJson<T> {
  return keptIn(texts, deepFreeze(view), () =>
    unchangingPageData({ json: JSON.stringify(view, plain) }),
  ) as PageJson<T>;
}
