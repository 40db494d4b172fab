import type messages from "./errors.da.json";
import { getI18n, type Language } from "./index";

/** The keys of the user-error messages in `errors.da.json` and `errors.en.json`. */
export type ErrorKey = keyof typeof messages;

/** Values put into a message, e.g. `{ max: 20 }` for "Højst {{max}} tegn." */
export type MessageParams = Record<string, string | number>;

/**
 * The message of `key` in `language` (Danish by default), with its values filled in. Pure, so
 * the plan format, surveys and area figures (also used in the browser) can name their messages
 * by key; the server's user errors (`app/.server/errors.ts`) use the same function.
 * @example errorText("planTooLarge") // "Filen er for stor til at være en plan (højst 2 MB). …"
 */
export function errorText(key: ErrorKey, params: MessageParams = {}, language: Language = "da"): string {
  return getI18n(language).t(`errors.${key}`, params);
}
