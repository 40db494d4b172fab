import { type Language, toLanguage } from "./i18n";

/** Reads the interface language from the `lang` cookie. */
export function readLanguageCookie(cookieHeader: string | null): string | undefined {
  return /(?:^|;\s*)lang=(da|en)(?:;|$)/.exec(cookieHeader ?? "")?.[1];
}

/** The interface language a request's Cookie header asks for, Danish by default. */
export function languageOfCookies(cookieHeader: string | null | undefined): Language {
  return toLanguage(readLanguageCookie(cookieHeader ?? null));
}

/** A Set-Cookie value remembering the language for a year. */
export function languageCookie(lang: "da" | "en"): string {
  return `lang=${lang}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly`;
}

/** Only local paths may be redirected to, so the form cannot be used to send people elsewhere. */
export function safeReturnTo(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "/";
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}
