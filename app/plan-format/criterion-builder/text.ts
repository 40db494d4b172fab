/**
 * Words of a criterion text: tokens with a crude Danish stem, so that "beboerblade" meets the
 * event type "Beboerblad" and "efteruddannes" meets the outcome "Uddannelse/efteruddannelse".
 */

export interface Token {
  /** As written. */
  text: string;
  /** Lower case. */
  lower: string;
  /** Lower case with a Danish inflection ending removed (words only). */
  stem: string;
  /** The word, its stem and the stem of the stem: the forms compared with names. */
  forms: string[];
  kind: "word" | "number" | "punct";
  /** A compound cut short with a hyphen, as in "skole- og sundhedssystem". */
  truncated?: boolean;
  /** Character offset in the text. */
  start: number;
  end: number;
}

// Longest first; one ending is removed, and at least three letters are left.
const endings = [
  "elserne",
  "elsen",
  "elser",
  "erne",
  "ende",
  "else",
  "ere",
  "ene",
  "ede",
  "ers",
  "ets",
  "ens",
  "es",
  "er",
  "et",
  "en",
  "ne",
  "e",
  "s",
  "t",
];

/** A crude Danish stem: "beboerne" → "bebo", "styrket" → "styrk", "uddannelse" → "uddann". */
export function stem(word: string): string {
  const w = word.toLowerCase();
  for (const ending of endings) {
    if (w.endsWith(ending) && w.length - ending.length >= 3) return w.slice(0, -ending.length);
  }
  return w;
}

const tokenPattern = /(\d+(?:[.,]\d+)*)|(\p{L}+)(-(?!\p{L}))?|(%|\+|[–—-]|[,.;:()/"?!”“])/gu;

/** Plurals that do not follow the endings. */
const irregular: Record<string, string> = {
  forældre: "forælder",
  forældrene: "forælder",
  forældres: "forælder",
  børn: "barn",
  børnene: "barn",
  børns: "barn",
  mænd: "mand",
  mændene: "mand",
  kvinder: "kvinde",
  kvinderne: "kvinde",
};

/** The forms a word is compared by: "aktiviteter" → aktiviteter, aktivitet, aktivit. */
export function formsOf(word: string): string[] {
  const lower = word.toLowerCase();
  const s1 = stem(lower);
  return [...new Set([lower, s1, stem(s1), ...(irregular[lower] ? formsOf(irregular[lower]) : [])])];
}

/** Splits a text into words, numbers and punctuation. Hyphenated words become separate words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(tokenPattern)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m[1]) tokens.push({ text: m[1], lower: m[1], stem: m[1], forms: [m[1]], kind: "number", start, end });
    else if (m[2]) {
      const lower = m[2].toLowerCase();
      const forms = formsOf(lower);
      tokens.push({ text: m[2], lower, stem: forms[1] ?? lower, forms, kind: "word", truncated: !!m[3], start, end });
    } else tokens.push({ text: m[0], lower: m[0], stem: m[0], forms: [m[0]], kind: "punct", start, end });
  }
  return tokens;
}

/** Words that carry no meaning of their own when names are compared. */
export const stopWords = new Set(
  (
    "at af alle andre bl blandt både da de dem den denne der deres det dette du efter eller en end er et " +
    "for fra fx før gør ham hans har have hen her hos hun hvad hvis hvor hvorledes i igen ind jeg kan " +
    "kun man med men mere mest mindst minimum maksimalt mod når nu ny nye og også om op os osv over på " +
    "sig sin sine sit skal som så samt selv til ud under ved vil være var været år året årligt årlige " +
    "gang gange ca cirka omkring mv etc via blive bliver bl.a dens dets vores jeres mange mellem fik får fået " +
    "kom kommer kommet gik går"
  ).split(" "),
);

/** Whether a word is worth comparing (not a stop word, not a number, at least two letters). */
export const isContent = (t: Token) => t.kind === "word" && t.lower.length > 1 && !stopWords.has(t.lower);

/** Removes "(…)" asides, which hold examples rather than the name itself. */
export const withoutAsides = (name: string) => name.replace(/\([^)]*\)/g, " ");

/** Nouns too general to stand for a compound ("aktiviteter" is not "familieaktiviteter"). */
export const generalNouns = ["aktivitet", "arrangement", "begivenhed", "møde", "forløb", "tilbud", "gruppe", "projekt"];

/** A content word of a name, by its forms. */
export type NameWord = string[];

/** The content words of a name, e.g. "Beboerblad (udgivelse)" → [["beboerblad"]]. */
export function nameWords(name: string, keepAsides = false): NameWord[] {
  const seen = new Set<string>();
  const words: NameWord[] = [];
  for (const t of tokenize(keepAsides ? name : withoutAsides(name)).filter(isContent)) {
    if (seen.has(t.lower)) continue;
    seen.add(t.lower);
    words.push(t.truncated ? [t.lower, t.stem] : t.forms);
  }
  return words;
}

/**
 * Whether a word of the text means the word of a name: the same stem, the name's word as the
 * first part of a compound in the text ("praktik" in "praktikplads"), or a compound cut short in
 * the text ("beskæftigelses-" for "beskæftigelsestilbud").
 */
export function wordMeets(token: Token, word: NameWord, suffixes = false): boolean {
  if (token.kind !== "word") return false;
  if (token.forms.some((f) => f.length >= 3 && word.includes(f))) return true;
  if (word[0].length >= 6 && token.lower.startsWith(word[0])) return true;
  if (token.truncated && token.stem.length >= 4 && word.some((f) => f.startsWith(token.stem))) return true;
  // "ambassadører" for "Demokratiambassadør": the text names the compound by its last part
  if (
    suffixes &&
    token.stem.length >= 6 &&
    !generalNouns.some((g) => token.lower.startsWith(g)) &&
    word.some((f) => f.length > token.stem.length && f.endsWith(token.stem))
  )
    return true;
  return false;
}

export interface NameMatch<T> {
  item: T;
  /** Share of the name's content words found in the text (0–1). */
  coverage: number;
  /** How many of the name's words were found. */
  found: number;
  /** Positions (token indexes) in the text that matched. */
  positions: Set<number>;
  /** The name's words that were found (their plain form). */
  foundWords: string[];
  /** First matching position in the text. */
  first: number;
}

/** Compares a name with a stretch of tokens. */
export function matchName<T>(
  tokens: Token[],
  item: T,
  words: NameWord[],
  from = 0,
  to = tokens.length,
  suffixes = false,
): NameMatch<T> | undefined {
  if (words.length === 0) return undefined;
  const positions = new Set<number>();
  const foundWords: string[] = [];
  let found = 0;
  for (const s of words) {
    let hit = false;
    for (let i = from; i < to; i++) {
      if (isContent(tokens[i]) && wordMeets(tokens[i], s, suffixes)) {
        positions.add(i);
        hit = true;
      }
    }
    if (hit) {
      found++;
      foundWords.push(s[0]);
    }
  }
  if (found === 0) return undefined;
  return { item, coverage: found / words.length, found, foundWords, positions, first: Math.min(...positions) };
}

/** Whether the text has a word (or any of several words) starting with the given beginnings. */
export function hasWord(tokens: Token[], ...beginnings: string[]): boolean {
  return tokens.some((t) => t.kind === "word" && beginnings.some((b) => t.lower.startsWith(b)));
}

/** Index of the first word equal to one of the given words, or -1. */
export function indexOfWord(tokens: Token[], words: string[], from = 0): number {
  for (let i = from; i < tokens.length; i++) if (tokens[i].kind === "word" && words.includes(tokens[i].lower)) return i;
  return -1;
}

/** Lower-case text with single spaces, for phrase tests with regular expressions. */
export const flat = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

const letter = "[\\p{L}\\d]";
const boundary = `(?:(?<!${letter})(?=${letter})|(?<=${letter})(?!${letter}))`;

/**
 * A regular expression whose `\b` and `\w` know Danish letters (JavaScript's only know a–z, so
 * `/\bårligt/` never matches).
 */
export function da(pattern: RegExp | string, flags = ""): RegExp {
  const source = typeof pattern === "string" ? pattern : pattern.source;
  const all = `${typeof pattern === "string" ? "" : pattern.flags}${flags}`;
  const converted = source.replace(/\\b/g, boundary).replace(/\\w/g, letter);
  return new RegExp(converted, all.includes("u") ? all : `${all}u`);
}
