// The catalogues are imported with their type stated, so the pure modules that name messages by
// key (plan format, surveys, area figures) also load where Node itself reads the JSON (the browser
// tests' helpers).
import da from "./errors.da.json" with { type: "json" };
import en from "./errors.en.json" with { type: "json" };
import type { Language } from "./index";

/** The keys of the user-error messages in `errors.da.json` and `errors.en.json`. */
export type ErrorKey = keyof typeof da;

/** Values put into a message, e.g. `{ max: 20 }` for "Højst {{max}} tegn." */
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Language, Record<string, string>> = { da, en };

/**
 * The message of `key` in `language` (Danish by default), with its values filled in (`{{name}}`).
 * Pure, so the plan format, surveys and area figures (also used in the browser) name their
 * messages by key; the server's user errors (`app/.server/errors.ts`) use the same function.
 * @example errorText("planFileTooLarge") // "Filen er for stor til at være en plan (højst 2 MB). …"
 */
export function errorText(key: ErrorKey, params: MessageParams = {}, language: Language = "da"): string {
  const text = catalogues[language][key] ?? da[key];
  return text.replace(/\{\{(\w+)\}\}/g, (slot, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : slot,
  );
}
