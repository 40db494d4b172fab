import type { TFunction } from "i18next";
import { getI18n, toLanguage } from "~/i18n";
import { readLanguageCookie } from "~/language-cookie";

/** The translation function for the language of this request (the `lang` cookie, Danish by default). */
export function translatorFor(request: Request): TFunction {
  return getI18n(toLanguage(readLanguageCookie(request.headers.get("Cookie")))).t;
}
