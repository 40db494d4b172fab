import { getI18n, toLanguage } from "~/i18n";
import type da from "~/i18n/da.json";

/** The keys of the page titles in the "title" section of the UI catalogue. */
export type TitleKey = keyof typeof da.title;

/** The route matches a `meta` function receives; only the root match's data (its `lang`) is read. */
type Matches = ReadonlyArray<{ id: string; data?: unknown } | undefined>;

/**
 * The page's `meta` title in the interface language (the root loader's `lang`, Danish by default).
 * @example pageTitle(matches, "planItem", { title: activity.title, plan: planTitle })
 */
export function pageTitle(matches: Matches, key: TitleKey, params: Record<string, string> = {}) {
  const root = matches.find((m) => m?.id === "root")?.data as { lang?: string } | undefined;
  return [{ title: getI18n(toLanguage(root?.lang)).t(`title.${key}`, params) }];
}
