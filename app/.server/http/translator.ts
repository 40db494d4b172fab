import type { TFunction } from "i18next";
import { getI18n, type Language } from "~/i18n";
import { languageOfCookies } from "~/language-cookie";

/** The interface language of this request (the `lang` cookie, Danish by default). */
export function languageOf(request: Request): Language {
  return languageOfCookies(request.headers.get("Cookie"));
}

/** The translation function for the language of this request. */
export function translatorFor(request: Request): TFunction {
  return getI18n(languageOf(request)).t;
}
