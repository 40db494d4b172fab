import { formatDate } from "~/format/format";
import type { Language } from "~/i18n";

/** A logbook entry's field value in words (the history and an edit conflict show them): "–" for none,
 * a date as a date, a plan's key by its name in `names` (field → key → name), a headcount's breakdown
 * by its labels. */
export function fieldValueText(
  field: string,
  value: unknown,
  names: Record<string, Record<string, string>>,
  t: (key: string, options?: Record<string, unknown>) => string,
  lang: Language,
): string {
  if (value === undefined || value === null || value === "") return "–";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
  if (typeof value === "string") return names[field]?.[value] ?? value;
  if (field === "breakdown" && typeof value === "object") {
    const parts = Object.entries(value as Record<string, unknown>);
    return parts.length === 0
      ? "–"
      : parts.map(([part, n]) => `${t(`log.breakdown.${part}`, { defaultValue: part })} ${String(n)}`).join(", ");
  }
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
