import type { Staffing } from "~/plan-format/activity";
import type { FoundField } from "./outline";

/** A line of text as a list entry: bullets and numbering removed. */
export const listOf = (text: string) =>
  text
    .split("\n")
    .map((l) => l.replace(/^[-•▪●*]\s*/, "").trim())
    .filter((l) => l.length > 2);

const hours =
  /^(.*?)[,:]?\s+(?:ca\.?\s*)?(\d+(?:[,.]\d+)?)(?:\s*[-–]\s*(\d+(?:[,.]\d+)?))?\s*(?:timer|t\.?)\s*(?:pr\.?|om|per|\/|i)\s*(?:ugen|uge)\b(.*)$/i;
const num = (s: string) => Number(s.replace(",", "."));

/**
 * Staffing lines: "Sekretariatsleder 2 timer pr. uge (gennemsnit over året)" → role and hours per
 * week; "Boligsocial medarbejder 10-15 timer om ugen" → a range. Lines without hours are returned apart.
 */
export function readStaffing(text: string): { staffing: Staffing[]; unread: string[] } {
  const staffing: Staffing[] = [];
  const unread: string[] = [];
  // "Foreningsguidekoordinator 12 timer pr. uge samt Familiekoordinator 2 timer pr. uge og …": one line each
  const another =
    /;\s*|(?<=uge\)?)[,.]?\s+(?=\p{Lu})|\s*(?:,|\bsamt\b|\bog\b)\s+(?=[\p{L} ]{3,40}?\s\d+(?:[,.]\d+)?(?:\s*[-–]\s*\d+)?\s*timer)/u;
  for (const line of listOf(text).flatMap((l) => l.split(another))) {
    const m = hours.exec(line.trim());
    if (!m?.[1].trim()) {
      if (line.trim()) unread.push(line.trim());
      continue;
    }
    const note = m[4].trim().replace(/^[(,.\s]+|[)\s.]+$/g, "");
    staffing.push({
      role: m[1].trim(),
      hoursPerWeek: num(m[2]),
      ...(m[3] ? { hoursPerWeekMax: num(m[3]) } : {}),
      ...(/gennemsnit/i.test(note) ? { averaged: true } : {}),
      ...(note ? { note } : {}),
    });
  }
  return { staffing, unread };
}

/** The text of a field, tables included as lines of cells. */
export const fieldText = (f: FoundField) =>
  [f.text, ...f.tables.flatMap((t) => t.map((r) => r.filter(Boolean).join(" ")))].filter(Boolean).join("\n");
