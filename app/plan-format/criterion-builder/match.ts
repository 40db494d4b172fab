import { formsOf, matchName, type NameMatch, type NameWord, nameWords, type Token } from "./text";

export interface MatchOptions {
  /** Token range of the text to look in. */
  from?: number;
  to?: number;
  /** Share of the name's words that must be found (default 0.5). */
  minCoverage?: number;
  /**
   * Also accept a name when one of its words is found that no other name in the list has (and
   * is at least six letters long), e.g. "borgerrettede" for "Tryghedsfremmende borgerrettet aktivitet".
   */
  distinctive?: boolean;
  /** Word beginnings that say nothing in this list, e.g. "frivillig" among volunteer roles. */
  ignore?: string[];
  /** Keep "(…)" asides in the names. */
  keepAsides?: boolean;
  /** Extra words meaning the same, e.g. job = arbejde = beskæftigelse. */
  synonyms?: string[][];
  /**
   * Words too general to pick a name on their own ("aktivitet" among event types): a name found
   * only by them counts only if it has no other words ("Arrangement").
   */
  generic?: string[];
  /**
   * Drop names whose found words are all found for another name that has more of them or is
   * covered better ("Fastholdt i fritidsjob" beside "Kom i fritidsjob" for "kom i fritidsjob").
   * Default true.
   */
  subsume?: boolean;
  /** Let a text word meet the last part of a compound ("ambassadører" → "Demokratiambassadør"). */
  suffixes?: boolean;
}

const expand = (word: NameWord, synonyms: string[][] | undefined): NameWord => {
  const group = synonyms?.find((g) => g.some((s) => word.includes(s)));
  return group ? [...new Set([...word, ...group.flatMap(formsOf)])] : word;
};

/**
 * Finds the names of a list (a vocabulary, outcomes, stages …) that the text mentions. A name
 * whose found words are all found, with more, for another name is dropped ("Arrangement" beside
 * "Arrangement der introducerer børn og unge til fritids- og foreningstilbud"). Results follow
 * the list's order.
 */
export function matchNames<T>(
  tokens: Token[],
  items: T[],
  nameOf: (item: T) => string,
  options: MatchOptions = {},
): NameMatch<T>[] {
  const { from = 0, to = tokens.length, minCoverage = 0.5, distinctive = false, ignore = [], synonyms } = options;
  const generic = options.generic ?? [];
  const isGeneric = (w: string) => generic.some((g) => w.startsWith(g));
  const words = items.map((item) =>
    nameWords(nameOf(item), options.keepAsides)
      .filter((w) => !ignore.some((i) => w[0].startsWith(i)))
      .map((w) => expand(w, synonyms)),
  );
  const counts = new Map<string, number>();
  for (const ws of words) for (const w of ws) counts.set(w[0], (counts.get(w[0]) ?? 0) + 1);
  const found: NameMatch<T>[] = [];
  items.forEach((item, i) => {
    const m = matchName(tokens, item, words[i], from, to, options.suffixes);
    if (!m) return;
    if (m.foundWords.every(isGeneric) && words[i].length > 1) return;
    const unique =
      distinctive &&
      words[i].some(
        (w) =>
          counts.get(w[0]) === 1 &&
          w[0].length >= 6 &&
          [...m.positions].some((p) => tokens[p].forms.some((f) => w.includes(f)) || tokens[p].lower.startsWith(w[0])),
      );
    if (m.coverage >= minCoverage || unique) found.push(m);
  });
  const subsumed = (a: NameMatch<T>, b: NameMatch<T>) =>
    a !== b &&
    [...a.positions].every((p) => b.positions.has(p)) &&
    (b.positions.size > a.positions.size || b.coverage > a.coverage);
  return options.subsume === false ? found : found.filter((a) => !found.some((b) => subsumed(a, b)));
}

/** The best single match: highest coverage, then most words found, then earliest in the text. */
export function bestMatch<T>(matches: NameMatch<T>[]): NameMatch<T> | undefined {
  return [...matches].sort((a, b) => b.coverage - a.coverage || b.found - a.found || a.first - b.first)[0];
}
