import { type Token, tokenize } from "./text";

const units: Record<string, number> = {
  nul: 0,
  én: 1,
  ét: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  syv: 7,
  otte: 8,
  ni: 9,
  ti: 10,
  elleve: 11,
  tolv: 12,
  tretten: 13,
  fjorten: 14,
  femten: 15,
  seksten: 16,
  sytten: 17,
  atten: 18,
  nitten: 19,
};

const tens: Record<string, number> = {
  tyve: 20,
  tredive: 30,
  fyrre: 40,
  fyrretyve: 40,
  halvtreds: 50,
  tres: 60,
  halvfjerds: 70,
  firs: 80,
  halvfems: 90,
};

const compoundUnits: Record<string, number> = {
  en: 1,
  et: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  syv: 7,
  otte: 8,
  ni: 9,
};

/**
 * A Danish number word as a number: "tolv" → 12, "tyve" → 20, "femogtyve" → 25, "hundrede" → 100.
 * "en"/"et" are only numbers where the context says so (they are also the articles), so they are
 * not read here.
 */
export function numberWord(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w in units) return units[w];
  if (w in tens) return tens[w];
  if (w === "hundrede" || w === "hundred") return 100;
  if (w === "tusind" || w === "tusinde") return 1000;
  const m =
    /^(en|et|to|tre|fire|fem|seks|syv|otte|ni)og(tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems)$/.exec(w);
  if (m) return compoundUnits[m[1]] + tens[m[2]];
  return undefined;
}

/** A written number: "1.000" → 1000, "2,5" → 2.5, "12" → 12. */
export function digits(text: string): number {
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ""));
  return Number(text.replace(",", "."));
}

const ordinalShare: Record<string, number> = {
  anden: 50,
  andet: 50,
  tredje: 33.3,
  fjerde: 25,
  femte: 20,
  sjette: 16.7,
  syvende: 14.3,
  ottende: 12.5,
  niende: 11.1,
  tiende: 10,
};

/** Fractions as shares of one: "tredjedel" → 1/3. */
const fractionShare: Record<string, number> = {
  halvdel: 1 / 2,
  halvdelen: 1 / 2,
  halvdelene: 1 / 2,
  tredjedel: 1 / 3,
  tredjedelen: 1 / 3,
  tredjedele: 1 / 3,
  fjerdedel: 1 / 4,
  fjerdedelen: 1 / 4,
  fjerdedele: 1 / 4,
  femtedel: 1 / 5,
  femtedele: 1 / 5,
  tiendedel: 1 / 10,
  tiendedele: 1 / 10,
  kvart: 1 / 4,
};

const round1 = (n: number) => Math.round(n * 10) / 10;

export type QuantityKind = "count" | "percent" | "year" | "duration" | "age";

/** A number found in a text, with what it is. */
export interface Quantity {
  kind: QuantityKind;
  /** The count, the percentage, the year, the duration in months or the lowest age. */
  value: number;
  /** The upper end of a range ("2-4 aktiviteter") or the highest age. */
  upper?: number;
  /** Token indexes [start, end) of the quantity in the text. */
  start: number;
  end: number;
  /** For ages: the band it gives ("over 30 år" → {min: 30}); absent for "når de fylder 15". */
  ageBand?: { min?: number; max?: number };
  /** Written as words ("tolv", "hver fjerde"). */
  words?: boolean;
  /** "ca.", "omkring", "op mod". */
  approximate?: boolean;
}

const durationUnits: Record<string, number> = {
  år: 12,
  års: 12,
  årig: 12,
  måned: 1,
  måneder: 1,
  måneders: 1,
  mdr: 1,
  md: 1,
  halvår: 6,
  halvåret: 6,
  kvartal: 3,
  kvartaler: 3,
  uge: 0.25,
  uger: 0.25,
  ugers: 0.25,
  dag: 1 / 30,
  dage: 1 / 30,
  timer: 0,
  time: 0,
};

const listGlue = new Set([",", "og", "eller", "-", "–", "til"]);

/** The first token after a number (skipping a list of further numbers) and its index. */
function unitAfter(tokens: Token[], i: number): { token?: Token; index: number } {
  let j = i + 1;
  while (j < tokens.length && (listGlue.has(tokens[j].lower) || tokens[j].kind === "number" || isNumberWord(tokens[j])))
    j++;
  return { token: tokens[j], index: j };
}

const isNumberWord = (t: Token | undefined) => !!t && t.kind === "word" && numberWord(t.lower) !== undefined;

const numberAt = (t: Token | undefined): number | undefined => {
  if (!t) return undefined;
  if (t.kind === "number") return digits(t.text);
  if (t.kind === "word") return numberWord(t.lower);
  return undefined;
};

const approximateWords = new Set(["ca", "cirka", "omkring", "mod", "knap", "godt", "næsten", "ca."]);

/**
 * Every number in a tokenised text, read as a count, a percentage (also "hver fjerde",
 * "halvdelen", "en tredjedel"), a year, a duration ("inden for to år" → 24 months) or an age
 * ("over 30 år", "14-18 år", "30+").
 */
export function findQuantities(tokens: Token[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const approximate = approximateWords.has(wordAt(tokens, i - 1)) || approximateWords.has(wordAt(tokens, i - 2));
    i = shareInWords(tokens, i, approximate, out) ?? numberFrom(tokens, i, approximate, out);
  }
  return out;
}

const wordAt = (tokens: Token[], i: number) => tokens[i]?.lower ?? "";

// Each reader below returns the index the reading goes on after (the next token is read next).

/** Shares written as words: "hver fjerde", "(en) tredjedel", "flertallet"; undefined when there is none at i. */
function shareInWords(tokens: Token[], i: number, approximate: boolean, out: Quantity[]): number | undefined {
  const t = tokens[i];
  const word = (j: number) => wordAt(tokens, j);
  if (t.kind !== "word") return undefined;
  if (t.lower === "hver" && word(i + 1) in ordinalShare) {
    out.push({ kind: "percent", value: ordinalShare[word(i + 1)], start: i, end: i + 2, words: true, approximate });
    return i + 1;
  }
  if (t.lower in fractionShare) {
    const before = numberAt(tokens[i - 1]) ?? (["en", "et", "én", "ét"].includes(word(i - 1)) ? 1 : undefined);
    const start = before !== undefined ? i - 1 : i;
    if (before !== undefined && out.at(-1)?.start === i - 1) out.pop();
    out.push({
      kind: "percent",
      value: round1((before ?? 1) * fractionShare[t.lower] * 100),
      start,
      end: i + 1,
      words: true,
      approximate,
    });
    return i;
  }
  if (t.lower === "flertal" || t.lower === "flertallet") {
    out.push({ kind: "percent", value: 50, start: i, end: i + 1, words: true, approximate: true });
    return i;
  }
  return undefined;
}

/** A number read at `start` (to `end`), with the upper end of a range. */
interface NumberRead {
  value: number;
  upper?: number;
  start: number;
  end: number;
  words: boolean;
  approximate: boolean;
}

/** A number at i (digits or words, "to hundrede", a range "2-4" or "2 til 4"), placed by what follows it. */
function numberFrom(tokens: Token[], i: number, approximate: boolean, out: Quantity[]): number {
  const t = tokens[i];
  const word = (j: number) => wordAt(tokens, j);
  // "en"/"et" count only before a unit of time ("inden for et år").
  let value = numberAt(t);
  const isArticle = t.kind === "word" && ["en", "et"].includes(t.lower);
  if (value === undefined && isArticle && (word(i + 1) in durationUnits || word(i + 1) === "gang")) value = 1;
  if (value === undefined) return i;
  const words = t.kind === "word";
  // "to hundrede" → 200
  if (word(i + 1) === "hundrede" && value < 10) {
    value *= 100;
    i++;
  }
  const start = i;
  let end = i + 1;
  let upper: number | undefined;
  // A range: "2-4", "2–4", "2 til 4" (not after "fra": "fra 8 til 6" is a change).
  if (["-", "–"].includes(word(i + 1)) && numberAt(tokens[i + 2]) !== undefined) {
    upper = numberAt(tokens[i + 2]);
    end = i + 3;
  } else if (
    word(i + 1) === "til" &&
    tokens[i + 2]?.kind === "number" &&
    word(i - 1) !== "fra" &&
    (numberAt(tokens[i + 2]) ?? 0) > value &&
    value < 1900
  ) {
    upper = numberAt(tokens[i + 2]);
    end = i + 3;
  }
  // "3B", "H1": a number glued to letters is a name, not a quantity
  if (!words && tokens[end]?.kind === "word" && tokens[end].start === tokens[end - 1].end) return i;
  return placeNumber(tokens, { value, upper, start, end, words, approximate }, out);
}

/** What a number is by the words around it: a percentage, an age, a year, a duration or a count. */
function placeNumber(tokens: Token[], n: NumberRead, out: Quantity[]): number {
  const { value, upper, start, end, words, approximate } = n;
  const word = (j: number) => wordAt(tokens, j);
  const next = word(end);
  const unitWord = unitAfter(tokens, start).token?.lower ?? "";
  const prev = word(start - 1);
  if (next === "%" || next === "procent" || next === "pct" || next === "procentpoint") {
    out.push({ kind: "percent", value, upper, start, end: end + 1, words, approximate });
    return end;
  }
  if (next === "+" && !words) {
    out.push({ kind: "age", value, start, end: end + 1, ageBand: { min: value } });
    return end;
  }
  if (prev === "fylder" || prev === "fyldt") {
    out.push({ kind: "age", value, start, end });
    return end - 1;
  }
  if (!words && Number.isInteger(value) && value >= 1900 && value <= 2099 && !(unitWord in durationUnits)) {
    out.push({ kind: "year", value, start, end: end });
    if (upper !== undefined && upper >= 1900) out.push({ kind: "year", value: upper, start, end });
    return end - 1;
  }
  if (prev === "mellem" && word(end) === "og" && numberAt(tokens[end + 1]) !== undefined) {
    // "mellem 14 og 18 år" is read when the second number is reached
    if ((unitAfter(tokens, end + 1).token?.lower ?? "").startsWith("år")) return start;
  }
  if (unitWord in durationUnits || unitWord.startsWith("årig")) {
    out.push(ageOrDuration(tokens, n));
    return end - 1;
  }
  out.push({ kind: "count", value, upper, start, end, words, approximate });
  return end - 1;
}

/** A number before a unit of time: an age where the words say so ("over 30 år", "14-18 år", "15-årige"), else a duration in months. */
function ageOrDuration(tokens: Token[], n: NumberRead): Quantity {
  const { value, upper, start, words } = n;
  const i = start;
  const word = (j: number) => wordAt(tokens, j);
  const { token: unit, index: unitIndex } = unitAfter(tokens, i);
  const unitWord = unit?.lower ?? "";
  const prev = word(i - 1);
  const prev2 = word(i - 2);
  const isYears = unitWord.startsWith("år");
  const ageCue =
    isYears &&
    (upper !== undefined ||
      prev === "under" ||
      (prev === "til" && prev2 === "op") ||
      (prev === "over" && value >= 10) ||
      (prev === "og" && numberAt(tokens[i - 2]) !== undefined && word(i - 3) === "mellem") ||
      ["derover", "opefter", "ældre"].includes(word(unitIndex + 1)) ||
      (["og", "eller"].includes(word(unitIndex + 1)) && ["derover", "ældre"].includes(word(unitIndex + 2))) ||
      unitWord.startsWith("årig"));
  if (!ageCue) {
    const months = Math.round(value * durationUnits[unitWord] || value * 12);
    return { kind: "duration", value: months, upper, start, end: unitIndex + 1, words };
  }
  let band: { min?: number; max?: number };
  if (upper !== undefined) band = { min: value, max: upper };
  else if (unitWord.startsWith("årig")) band = { min: value, max: value };
  else if (prev === "under") band = { max: value - 1 };
  else if (prev === "til") band = { max: value };
  else if (prev === "og" && word(i - 3) === "mellem") {
    band = { min: numberAt(tokens[i - 2]), max: value };
  } else band = { min: value };
  return { kind: "age", value: band.min ?? 0, upper: band.max, start, end: unitIndex + 1, ageBand: band };
}

/** Reads the numbers of a text (for tests and tools): `quantities("hver fjerde inden for to år")`. */
export const quantities = (text: string) => findQuantities(tokenize(text));

/** The age band a title states, e.g. "Ung i Job (14-18 år)" → {min: 14, max: 18}. */
export function ageBandOf(text: string): { min?: number; max?: number } | undefined {
  return quantities(text).find((q) => q.kind === "age" && q.ageBand)?.ageBand;
}
