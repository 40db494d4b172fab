/** Landsbyggefonden's four focus areas (2019–26), and "other" for what fits none of them. */
export const lbfAreas = [
  "uddannelse-og-livschancer",
  "beskaeftigelse",
  "kriminalitetsforebyggelse",
  "sammenhaengskraft-og-medborgerskab",
  "andet",
] as const;
export type LbfArea = (typeof lbfAreas)[number];

/** Words in a focus area's key or title that place it under one of LBF's four (first match wins). */
const words: [LbfArea, RegExp][] = [
  ["uddannelse-og-livschancer", /uddannelse|livschancer|skole|lektie|børn|boern|unge|familie|opvækst|opvaekst/],
  ["beskaeftigelse", /beskæftigelse|beskaeftigelse|job|arbejde|ledig|erhverv/],
  ["kriminalitetsforebyggelse", /kriminalitet|tryghed|forebyggelse|sikkerhed|ssp/],
  [
    "sammenhaengskraft-og-medborgerskab",
    /sammenhæng|sammenhaeng|medborgerskab|fællesskab|faellesskab|beboer|netværk|netvaerk|dialog|kommunikation|demokrati|image|sundhed/,
  ],
];

/**
 * Which of LBF's four focus areas a plan's focus area belongs to: a plan made from the LBF template
 * uses the four keys; an older plan's own focus areas are placed by the words of their key and title,
 * else under "andet".
 * @example lbfAreaOf({ key: "fa-beskaeftigelse", title: "Beskæftigelse" }) // "beskaeftigelse"
 */
export function lbfAreaOf(focusArea: { key: string; title: string }): LbfArea {
  const exact = lbfAreas.find((a) => a === focusArea.key);
  if (exact) return exact;
  const text = `${focusArea.key} ${focusArea.title}`.toLowerCase();
  return words.find(([, re]) => re.test(text))?.[0] ?? "andet";
}
