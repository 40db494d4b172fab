import type { Block } from "./blocks";
import { fieldOf } from "./fields";
import type { Part } from "./outline";

/**
 * Sub-activities that a plan marks without a heading of their own: a bold name that opens a short
 * line ("En **Familielejr** der skal:"), a short title line standing alone above its text
 * ("Relationsarbejde"), or a count followed by the names ("Aktiviteten består af tre
 * underaktiviteter: Vejledning og rådgivning Dialog med virksomheder og erhverv Mentorforløb").
 * All are proposals of low confidence: the review shows where each came from.
 */

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** A line that reads like a title: capitalised, short, not a sentence or a label. */
const titleLike = (text: string, maxWords = 7) =>
  text.length >= 3 &&
  text.length <= 70 &&
  words(text).length <= maxWords &&
  /^\p{Lu}/u.test(text) &&
  !/[.:;,!?…]$/.test(text) &&
  !/\d{3,}/.test(text) &&
  !/^(tabel|figur|bilag|kilde|note|side)\b/i.test(text) &&
  fieldOf(text) === undefined;

/** "En **Familielejr** der skal:" or a line all in bold: the bold name, when the line is short. */
export function boldName(b: Block): string | undefined {
  if (b.kind !== "paragraph" || !b.bold || b.bold.length !== 1 || b.text.length > 100) return undefined;
  const name = b.bold[0].replace(/[:.]$/, "").trim();
  if (!titleLike(name, 8)) return undefined;
  const whole = b.text.replace(/[:.]$/, "").trim() === name;
  return whole || /:$/.test(b.text) ? name : undefined;
}

/** A short title line standing alone, followed by a longer paragraph of running text. */
export function subHeading(b: Block, next: Block | undefined): string | undefined {
  if (b.kind !== "paragraph" || b.bold?.length) return undefined;
  if (!titleLike(b.text, 6) || !next || next.kind !== "paragraph") return undefined;
  // (the text may run on to the next page, so a sentence's end anywhere in it will do)
  return next.text.length >= 80 && /[.!?](\s|$)/.test(next.text) ? b.text : undefined;
}

const counts: Record<string, number> = {
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  syv: 7,
  otte: 8,
  2: 2,
  3: 3,
  4: 4,
  5: 5,
};
const announced =
  /(?:består af|omfatter|er opdelt i|indeholder)\s+(to|tre|fire|fem|seks|syv|otte|[2-5])\s+(?:under|del)aktiviteter\s*:\s*(.*)$/isu;

/**
 * The names after "består af tre underaktiviteter:": the list's items if the line ends there,
 * else the run-in text cut where a capitalised word follows a small one, as many as the count says.
 */
export function announcedSubs(text: string, items: string[] = []): string[] {
  const m = announced.exec(text);
  if (!m) return [];
  const n = counts[m[1].toLowerCase()];
  const rest = m[2].trim();
  if (!rest && items.length >= n) return items.slice(0, n).map((i) => i.replace(/[.;,]$/, ""));
  const names: string[] = [];
  let current: string[] = [];
  for (const w of words(rest)) {
    const starts = /^\p{Lu}/u.test(w) && current.length > 0 && /^\p{Ll}/u.test(current[current.length - 1]);
    const alone = /^\p{Lu}/u.test(w) && current.length === 1 && /^\p{Lu}\p{Ll}{4,}$/u.test(current[0]);
    if ((starts || alone) && current.length > 0) {
      names.push(current.join(" "));
      current = [];
      if (names.length === n) break;
    }
    current.push(w);
    if (current.length > 8) return [];
  }
  if (names.length < n && current.length > 0) names.push(current.join(" "));
  const clean = names.map((x) => x.replace(/[.:;,]$/, ""));
  return clean.length === n && clean.every((x) => titleLike(x, 8)) ? clean : [];
}

/** A sub-activity found from how the text marks it, not from a heading. */
export function softPart(title: string, b: Block, found: NonNullable<Part["found"]>): Part {
  return { kind: "activity", title, at: b.at, source: b.text, fields: [], parts: [], found };
}
