import type { TFunction } from "i18next";
import { getI18n, type Language } from "~/i18n";

/** The language a report is written in: its translator and the language for numbers and dates. */
export interface ReportLanguage {
  t: TFunction;
  lang: Language;
}

/** The report language for the reader's interface language (Danish when none is given). */
export const reportLanguage = (lang: Language = "da"): ReportLanguage => ({ t: getI18n(lang).t, lang });
