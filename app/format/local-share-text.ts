import type { TFunction } from "i18next";
import type { Language } from "~/i18n";
import { formatAmount, formatNumber } from "./format";

/**
 * LBF's rule of at least 25 % local co-financing in one sentence, for the follow-up page, the
 * meeting view and the reports: met, not met, or cannot be checked (no source marked local).
 */
export function localShareText(
  share: { share?: number; local: number; total: number; ok?: boolean },
  t: TFunction,
  lang: Language = "da",
): string {
  if (share.ok === undefined) return t("followUp.localShareUnknown");
  return t(share.ok ? "followUp.localShareOk" : "followUp.localShareLow", {
    share: formatNumber(Math.round((share.share ?? 0) * 1000) / 10, lang),
    local: formatAmount(share.local, t, lang),
    total: formatAmount(share.total, t, lang),
  });
}
