import i18next, { type i18n } from "i18next";
import da from "./da.json";
import en from "./en.json";
import errorsDa from "./errors.da.json";
import errorsEn from "./errors.en.json";
import { rememberedT } from "./remembered-t";

/** The interface languages; Danish is the source language. */
export const languages = ["da", "en"] as const;
export type Language = (typeof languages)[number];

/** Picks a supported language, Danish by default. */
export function toLanguage(value: string | null | undefined): Language {
  return value === "en" ? "en" : "da";
}

const instances = new Map<Language, i18n>();

/** One ready i18next instance per language, created synchronously so SSR and hydration agree. */
export function getI18n(language: Language): i18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: language,
      fallbackLng: "da",
      resources: {
        da: { translation: { ...da, errors: errorsDa } },
        en: { translation: { ...en, errors: errorsEn } },
      },
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    // Every `t` of this instance (also the one getFixedT hands react-i18next) remembers its answers.
    instance.t = rememberedT(instance);
    instances.set(language, instance);
  }
  return instance;
}
