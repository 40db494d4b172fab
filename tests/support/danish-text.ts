/**
 * Finding Danish left in what an English reader is shown. Plan texts (titles, criteria, names) stay
 * as the plan writes them, so they are taken out first; what remains must not have a Danish
 * letter or one of the common Danish words that English does not have.
 */
const danishWords = new Set(
  (
    "og af til ikke er det der som på med fra ved eller skal har være efter antal mål opnået planen " +
    "perioden periode forløb kun beboere deltagere udvikling kvartal bagud opfyldt milepæle milepæl " +
    "indsatsområde indsatsområder hele samlet ingen nye gem vis hent rapporter rapporten styregruppen " +
    "succeskriterium succeskriterier overblik økonomi budget forbrug status notat mangler tekster " +
    "sidste møde dette udskriv siden sammenfatning kommentar opgjort årsrapport planår afsluttet"
  )
    .split(" ")
    .filter((w) => !["status", "budget"].includes(w)),
);

/** Every string in a plan file (or any value), for taking plan texts out of a page's text. */
export function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

/**
 * The Danish words left in a text once the given plan texts are removed, e.g.
 * danishLeft("Status note: 3 af 5", []) → ["af"].
 */
export function danishLeft(text: string, planTexts: string[]): string[] {
  let rest = text.replace(/\s+/g, " ");
  const texts = [...new Set(planTexts.map((s) => s.replace(/\s+/g, " ").trim()))]
    .filter((s) => s.length > 1)
    .sort((a, b) => b.length - a.length);
  for (const s of texts) rest = rest.split(s).join(" ¶ ");
  return [
    ...new Set(
      rest.split(/[\s.,;:!?()"'«»“”/–\-[\]]+/).filter((w) => /[æøåÆØÅ]/.test(w) || danishWords.has(w.toLowerCase())),
    ),
  ];
}
