import type { i18n, TFunction } from "i18next";

/** How many translations with values filled in are kept per language before the list starts over. */
const keepAtMost = 20_000;

type Primitive = string | number | boolean | null | undefined;

function onlyPrimitives(options: object): boolean {
  for (const value of Object.values(options)) {
    if (value !== null && typeof value === "object") return false;
    if (typeof value === "function") return false;
  }
  return true;
}

/**
 * The instance's `t`, remembering its answers. A page asks for the same texts hundreds of times
 * (a dashboard: every row's labels), and i18next resolves each call afresh (keys, fallbacks,
 * interpolation, plural rules). The texts never change while the process runs (the resources are
 * loaded once and the instance's language is fixed), so an answer depends only on the key and the
 * options. Only calls whose options are plain values (strings, numbers, booleans) are kept, and
 * only string answers (never `returnObjects`): anything else is passed straight through.
 */
export function rememberedT(instance: i18n): TFunction {
  const translate = instance.t.bind(instance) as (key: unknown, options?: unknown) => unknown;
  const plain = new Map<string, string>();
  const filled = new Map<string, string>();
  const remembered = (key: unknown, options?: unknown, ...rest: unknown[]) => {
    if (rest.length > 0 || typeof key !== "string") return translate(key, options, ...(rest as []));
    if (options === undefined) {
      const hit = plain.get(key);
      if (hit !== undefined) return hit;
      const text = translate(key);
      if (typeof text === "string") plain.set(key, text);
      return text;
    }
    if (typeof options !== "object" || options === null || !onlyPrimitives(options) || "returnObjects" in options)
      return translate(key, options);
    const id = `${key}\u0000${JSON.stringify(options as Record<string, Primitive>)}`;
    const hit = filled.get(id);
    if (hit !== undefined) return hit;
    const text = translate(key, options);
    if (typeof text === "string") {
      if (filled.size >= keepAtMost) filled.clear();
      filled.set(id, text);
    }
    return text;
  };
  return remembered as unknown as TFunction;
}
