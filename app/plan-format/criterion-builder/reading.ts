import { findQuantities, type Quantity } from "./numbers";
import { flat, type Token, tokenize } from "./text";

/** A criterion text read once: words, numbers and what is being counted. */
export interface Reading {
  text: string;
  /** Lower case, single spaces. */
  flat: string;
  tokens: Token[];
  quantities: Quantity[];
  /** Counts and percentages that can be targets. */
  values: Quantity[];
  years: Quantity[];
  durations: Quantity[];
  ages: Quantity[];
  /** The first target value in the text. */
  main?: Quantity;
  /** Token range of what is counted: "12 [mentorforløb] om året", "antallet af [udsættelser]". */
  head?: { from: number; to: number };
  /** The last noun of the counted phrase ("aktiviteter" in "3 tryghedsfremmende aktiviteter"). */
  noun?: Token;
  /** What the counted phrase is: people, families or things (events, courses …). */
  subject?: "persons" | "households" | "things";
}

const personStems =
  "beboer borger deltager ung børn barn famili husstand person bruger forældr forælder mødr fædr kvind mænd mand " +
  "ledig elev medlem frivillig fremmødt pige dreng senior ældr mentee kursist målgrupp lejer indbygger nyankomn " +
  "flygtning indvandrer efterkommer voksn klient modtager tilflytter fraflytter ansat enlig funktionær ambassadør " +
  "medarbejder mentor guide hjælper rådgiver";
const personPattern = new RegExp(
  `^(${personStems.split(" ").join("|")})(e|er|ere|erne|ne|en|et|s|es|ens|ernes|nes|ene|ie|ier|ierne|dom)?$`,
);
/** Long person words that end compounds: "ejendomsfunktionærer", "lektiehjælpere". */
const personEnding =
  /(funktionær|ambassadør|deltager|beboer|borger|bruger|medarbejder|frivillig|forældre|hjælper)(e|er|ere|erne|ne|s)?$/;

/** Whether a word names people: "beboere", "unge", "sydhavnere", "ejendomsfunktionærer", "målgruppen". */
export const isPersonWord = (t: Token) =>
  t.kind === "word" &&
  (personPattern.test(t.lower) || personEnding.test(t.lower) || (t.lower.length >= 8 && /[^e]ere$/.test(t.lower)));

/** Whether a word names families or households. */
export const isFamilyWord = (t: Token) => t.kind === "word" && /^(famili|husstand)/.test(t.lower);

const verbs = new Set(
  (
    "deltager deltog deltage kommer kom komme bliver blev blive anvender anvendte benytter bruger brugte indgår indgik " +
    "får fik modtager modtog gennemfører gennemførte starter startede begynder begyndte er var har havde skal vil kan " +
    "opnår opnåede møder mødes mødte tager tog melder meldte afslutter afsluttede hjælper hjalp laver lavede udgives " +
    "afholdes arrangeres etableres oprettes tilbydes gennemføres hjælpes efteruddannes uddannes ansættes rekrutteres " +
    "følges henvises brobygges besøger besøgte svarer angiver oplever vurderer går gik er deltog anvendte meldte " +
    "tog fik blev var kom udkom gennemførte styrkede registrerede læste modtog hjælpes gennemførtes"
  ).split(" "),
);

const headStops = new Set(
  (
    "der som i til om på med fra ved hvor hvoraf for efter hos når at inden indenfor pr per hvert hver årligt " +
    "under over mellem blandt hvilket hvilke og/eller samt både"
  ).split(" "),
);

/** Whether a word is (most likely) a verb: known verbs and passives such as "arrangeres". */
export const isVerb = (t: Token) =>
  t.kind === "word" && (verbs.has(t.lower) || (t.lower.length >= 7 && t.lower.endsWith("es") && !isPersonWord(t)));

/** The phrase of words starting at a token, up to a verb, a preposition or punctuation. */
function phraseFrom(tokens: Token[], from: number): { from: number; to: number } | undefined {
  let i = from;
  let words = 0;
  while (i < tokens.length && words < 5) {
    const t = tokens[i];
    if (t.kind !== "word" || headStops.has(t.lower) || isVerb(t)) break;
    // after a noun, a past tense ends the phrase: "ejendomsfunktionærer gennemførte kurser"
    if (
      words > 0 &&
      /(ede|te|de)$/.test(t.lower) &&
      (isPersonWord(tokens[i - 1]) || /(er|re)$/.test(tokens[i - 1].lower))
    )
      break;
    words++;
    i++;
  }
  // a phrase does not end with "og"/"eller"
  while (i > from && ["og", "eller"].includes(tokens[i - 1].lower)) i--;
  return i > from ? { from, to: i } : undefined;
}

/** Tokenises a criterion text and finds its numbers and what it counts. */
export function read(text: string): Reading {
  const tokens = tokenize(text);
  const quantities = findQuantities(tokens);
  const values = quantities.filter((q) => q.kind === "count" || q.kind === "percent");
  const main = values[0];
  let head: Reading["head"];
  if (main && main.kind === "count") head = phraseFrom(tokens, main.end);
  if (!head) {
    const antal = tokens.findIndex((t) => /^antal(let)?$/.test(t.lower));
    if (antal >= 0 && tokens[antal + 1]?.lower === "af") head = phraseFrom(tokens, antal + 2);
    // the national template's "Antal beboere, der kommer i job eller uddannelse: 40"
    else if (antal === 0 && tokens[1]?.kind === "word") head = phraseFrom(tokens, 1);
  }
  if (!head && main?.kind === "count" && ["fra", "af"].includes(tokens[main.end]?.lower ?? ""))
    head = phraseFrom(tokens, main.end + 1); // "5 fra målgruppen"
  const headTokens = head ? tokens.slice(head.from, head.to) : [];
  const noun = headTokens.filter((t) => t.kind === "word" && !["og", "eller"].includes(t.lower)).at(-1);
  const subject = headTokens.some(isFamilyWord)
    ? "households"
    : headTokens.some(isPersonWord)
      ? "persons"
      : headTokens.length > 0
        ? "things"
        : undefined;
  return {
    text,
    flat: flat(text),
    tokens,
    quantities,
    values,
    years: quantities.filter((q) => q.kind === "year"),
    durations: quantities.filter((q) => q.kind === "duration"),
    ages: quantities.filter((q) => q.kind === "age"),
    main,
    head,
    noun,
    subject,
  };
}
