import type { Block } from "./blocks";
import { type FieldName, fieldOf, leadingField } from "./fields";

/** What a block is in the plan's structure. */
export type Role =
  | { role: "focusArea"; number?: string; title: string }
  | { role: "activity"; number?: string; title: string; sub: boolean }
  | { role: "section"; number?: string; title: string; depth: number }
  | { role: "field"; field: FieldName; period?: string; rest: string }
  | { role: "toc" }
  | { role: "text" };

const numbered = /^([A-H]\.\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$/u;
const focusAreaHeading = /^(?:[A-H]\.\s+)?indsatsområde\s*(\d+)?\s*[:.–-]\s*(.+)$/iu;
const activityHeading = /^(?:(del|under)?aktivitet(?:en)?)\s*(\d+(?:\.\d+)*)?\s*[:.–-]\s*(.+)$/iu;
const toc = /(\.{3,}|…{2,})\s*\d{0,3}$/;
/** Headings whose numbered children are the plan's focus areas. */
const focusAreaParent = /^(indsatsområder(ne)?|indsatserne|indsatser|helhedsplanens indsatsområder|aktiviteter(ne)?)$/i;

const looksLikeTitle = (text: string) =>
  text.length <= 90 && !/[.;,:]$/.test(text) && text.split(/\s+/).length <= 12 && /^\p{Lu}/u.test(text);

/** A title with its page number and dots removed: "Forældre & Læring.....\t13" → "Forældre & Læring". */
const titleOf = (text: string) =>
  text
    .replace(/[.…\s]+\d{0,3}$/u, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Splits a run-in heading from the text after it, as in text flattened from a PDF:
 * "6.2.1 Styrkede jobmuligheder Problemkompleks Mange …" → "6.2.1 Styrkede jobmuligheder" and the rest.
 * The title ends before a field label, a new section number, or a capitalised word after a small one.
 */
export function splitRunIn(text: string): [string, string] | undefined {
  const m = /^((?:[A-H]\.\s+)?\d{1,2}(?:\.\d{1,2}){0,3}\.?|(?:[A-H]\.\s+)?indsatsområde\s*\d*\s*:)\s+(.*)$/isu.exec(
    text,
  );
  if (!m) return undefined;
  const words = m[2].split(/\s+/);
  for (let i = 1; i < Math.min(words.length, 14); i++) {
    const w = words[i];
    const prev = words[i - 1];
    const label = fieldOf(w) || (words[i + 1] && fieldOf(`${w} ${words[i + 1]}`));
    const newNumber = /^\d{1,2}(\.\d{1,2})+\.?$/.test(w);
    const capitalAfterSmall = /^\p{Lu}/u.test(w) && /^\p{Ll}/u.test(prev) && !/^\p{Lu}+$/u.test(w);
    const capsEnd = /^\p{Lu}{3,}$/u.test(prev) && /^\p{Lu}\p{Ll}/u.test(w) && i === 1;
    if (label || newNumber || capitalAfterSmall || capsEnd) {
      return [`${m[1]} ${words.slice(0, i).join(" ")}`, words.slice(i).join(" ")];
    }
  }
  return undefined;
}

/** Classifies the blocks: headings of focus areas, activities and sections, field labels, the rest. */
export function classify(blocks: Block[]): Role[] {
  let parentNumber: string | undefined;
  return blocks.map((block): Role => {
    const text = block.text;
    if (block.kind === "table") return { role: "text" };
    if (toc.test(text)) return { role: "toc" };
    const fa = focusAreaHeading.exec(text);
    if (fa && looksLikeTitle(fa[2])) return { role: "focusArea", number: fa[1], title: titleOf(fa[2]) };
    const act = activityHeading.exec(text);
    if (act && looksLikeTitle(act[3]))
      return { role: "activity", number: act[2], title: titleOf(act[3]), sub: !!act[1] };
    const field = fieldOf(text);
    if (field && text.length <= 60) return { role: "field", ...field, rest: "" };
    const lead = leadingField(text);
    if (lead) return { role: "field", ...lead };
    const num = numbered.exec(text);
    if (num && looksLikeTitle(num[3]) && !/^\d/.test(num[3])) {
      const number = num[2];
      const depth = number.split(".").length;
      const title = titleOf(num[3]);
      if (depth === 1) parentNumber = focusAreaParent.test(title) ? number : undefined;
      if (depth === 1 && parentNumber) return { role: "section", number, title, depth };
      if (parentNumber && number.startsWith(`${parentNumber}.`)) {
        if (depth === 2) return { role: "focusArea", number, title };
        return { role: "activity", number, title, sub: depth > 3 };
      }
      if (/^indsatsområde\b/i.test(title)) return { role: "focusArea", number, title: titleOf(title) };
      return { role: "section", number, title, depth };
    }
    if (block.kind === "heading") return { role: "section", title: titleOf(text), depth: block.level ?? 1 };
    return { role: "text" };
  });
}
