import { z } from "zod";
import type { RawCell } from "./read-workbook";
import { excelDate } from "./xlsx-parts";

const isoDate = z.iso.date();
const pad = (n: string) => n.padStart(2, "0");

/** A cell as text (dates as ÅÅÅÅ-MM-DD, true/false as Ja/Nej), trimmed; "" when empty. */
export function cellText(v: RawCell | undefined): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "boolean") return v ? "Ja" : "Nej";
  return String(v).trim();
}

/**
 * A date cell as ÅÅÅÅ-MM-DD: an Excel date, an Excel serial number, ÅÅÅÅ-MM-DD or the Danish
 * D.M.ÅÅÅÅ / D-M-ÅÅÅÅ / D/M/ÅÅÅÅ. Undefined when empty; `ok` false when it is no real date.
 */
export function cellDate(v: RawCell | undefined): { text: string; ok: boolean } | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  let text: string;
  if (v instanceof Date) text = v.toISOString().slice(0, 10);
  else if (typeof v === "number" && v >= 1 && v < 2958466) text = excelDate(Math.floor(v)).toISOString().slice(0, 10);
  else {
    text = String(v).trim();
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    const danish = /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})$/.exec(text);
    if (iso) text = `${iso[1]}-${pad(iso[2])}-${pad(iso[3])}`;
    else if (danish) text = `${danish[3]}-${pad(danish[2])}-${pad(danish[1])}`;
  }
  return { text, ok: isoDate.safeParse(text).success };
}

/** A time cell as TT:MM: an Excel time (a date on 1899-12-30 or a fraction of a day) or text. */
export function cellTime(v: RawCell | undefined): string | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  const hm = (minutes: number) => `${pad(String(Math.floor(minutes / 60) % 24))}:${pad(String(minutes % 60))}`;
  if (v instanceof Date) return hm(v.getUTCHours() * 60 + v.getUTCMinutes() + Math.round(v.getUTCSeconds() / 60));
  if (typeof v === "number" && v >= 0 && v < 1) return hm(Math.round(v * 1440));
  return String(v).trim();
}

/** A whole-number cell as text, or undefined when empty; `ok` false when it is not a whole number ≥ 0. */
export function cellInteger(v: RawCell | undefined): { text: string; ok: boolean } | undefined {
  const text = cellText(v);
  if (!text) return undefined;
  return { text, ok: /^\d+$/.test(text) || (typeof v === "number" && Number.isInteger(v) && v >= 0) };
}

/** A decimal cell ("2,5" or 2.5) as text with a point, or undefined when empty. */
export function cellDecimal(v: RawCell | undefined): { text: string; ok: boolean } | undefined {
  if (typeof v === "number") return { text: String(v), ok: Number.isFinite(v) };
  const text = cellText(v);
  if (!text) return undefined;
  const normal = /^-?\d+,\d+$/.test(text) ? text.replace(",", ".") : text;
  return { text: normal, ok: /^-?\d+(\.\d+)?$/.test(normal) };
}

const yes = new Set(["ja", "j", "yes", "y", "x", "1", "true", "sand"]);
const no = new Set(["nej", "n", "no", "0", "false", "falsk"]);

/** A yes/no cell: true, false, undefined when empty, or "bad". */
export function cellYesNo(v: RawCell | undefined): boolean | undefined | "bad" {
  if (typeof v === "boolean") return v;
  const text = cellText(v).toLowerCase();
  if (!text) return undefined;
  if (yes.has(text)) return true;
  if (no.has(text)) return false;
  return "bad";
}

/** A column number as Excel's letters (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a text is a UUID (Helhed's ids), so it can be looked up. */
export function isUuid(text: string): boolean {
  return uuidPattern.test(text);
}
