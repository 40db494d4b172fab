import type { i18n, TFunction } from "i18next";
import { useContext } from "react";
import { I18nContext } from "react-i18next";
import { getI18n } from "./index";

const answers = new WeakMap<i18n, { t: TFunction; i18n: i18n }>();

/**
 * The page's translation function and i18next instance, from the nearest I18nextProvider (Danish
 * outside one). Helhed's instances have one fixed language each (a language change loads the page
 * again with the other instance), so this hook needs none of react-i18next's useTranslation's
 * bookkeeping: that one copies the whole instance for every component on a server render, which
 * was a tenth of a dashboard's rendering.
 */
export function useTranslation(): { t: TFunction; i18n: i18n } {
  const instance = useContext(I18nContext)?.i18n ?? getI18n("da");
  let answer = answers.get(instance);
  if (!answer) {
    answer = { t: instance.t, i18n: instance };
    answers.set(instance, answer);
  }
  return answer;
}
