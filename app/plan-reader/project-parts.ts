import type { Block } from "./blocks";
import type { Outline, Part } from "./outline";
import { sameName } from "./prose-parts";

/**
 * A document written as prose (an application, an article about one project) has no headings of
 * focus areas and activities. The reader then proposes, with low confidence, the projects the text
 * names ("et socialprojekt kaldet "Sydhavnflyverne"", "den, man kalder 'Individuel Planlagt job
 * med Støtte': IPS") as activities, under one focus area named after the theme of the national
 * template (Landsbyggefonden's helhedsplaner) the text speaks most of.
 */

const open = `["“”„'‘’»«]`;
const close = `["”'’«»]`;
const named = [
  // "et socialprojekt kaldet "Sydhavnflyverne"", "tilbuddet, der hedder 'Ung i Job'"
  new RegExp(
    `(?:projekt|indsats|tilbud|initiativ|metode|forløb|klub|netværk)\\p{L}*,?\\s+(?:kaldet|der hedder|som hedder|med navnet)\\s+${open}([^"”'’«»]{3,60})${close}`,
    "giu",
  ),
  // "den, man kalder 'Individuel Planlagt job med Støtte': IPS"
  new RegExp(`man kalder\\s+${open}([^"”'’«»]{3,60})${close}(?::\\s*(\\p{Lu}{2,6})\\b)?`, "giu"),
  // "projektet "Sydhavnflyverne"", "indsatsen 'Ung i Job'"
  new RegExp(`\\b(?:projektet|indsatsen|tilbuddet|initiativet)\\s+${open}(\\p{Lu}[^"”'’«»]{2,59})${close}`, "gu"),
];

/** The themes of the national template and words that speak of each. */
const themes: [string, RegExp][] = [
  ["Beskæftigelse", /beskæftigelse|\bjob|ledig|arbejdsmarked|praktik|løntilskud/giu],
  ["Uddannelse og livschancer", /uddannelse|skole|lektie|læring|dagtilbud/giu],
  ["Kriminalitetsforebyggelse", /kriminalitet|hærværk|bande|tryghed|utryg/giu],
  ["Sundhed og trivsel", /sundhed|trivsel|ensomhed|misbrug|rusmiddel|psykisk/giu],
  ["Beboerdemokrati og fællesskaber", /beboerdemokrati|fællesskab|frivillig|netværk|beboerinddragelse/giu],
];

/** The theme the text speaks most of. */
export function themeOf(text: string): string {
  const counts = themes.map(([name, words]) => [name, text.match(words)?.length ?? 0] as const);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

/** The projects a prose text names, as titles ("IPS – Individuel Planlagt job med Støtte"). */
export function namedProjects(blocks: Block[]): { title: string; block: Block }[] {
  const found: { title: string; block: Block }[] = [];
  for (const block of blocks.filter((b) => b.kind !== "table")) {
    for (const pattern of named) {
      for (const m of block.text.matchAll(pattern)) {
        const name = m[1].trim();
        const title = m[2] ? `${m[2]} – ${name}` : name;
        if (!found.some((f) => sameName(f.title, title))) found.push({ title, block });
      }
    }
  }
  return found;
}

/** When the outline found no focus area: one from the theme, with the projects the text names. */
export function addProjects(result: Outline, blocks: Block[]) {
  if (result.parts.length > 0) return;
  const projects = namedProjects(blocks);
  if (projects.length === 0) return;
  const text = blocks.map((b) => b.text).join("\n");
  const first = projects[0].block;
  const focusArea: Part = {
    kind: "focusArea",
    title: themeOf(text),
    at: first.at,
    source: first.text,
    fields: [],
    found: "project",
    parts: projects.map(({ title, block }) => ({
      kind: "activity",
      title,
      at: block.at,
      source: block.text,
      fields: [{ field: "content", text: block.text, at: block.at, label: "", tables: [] }],
      parts: [],
      found: "project",
    })),
  };
  result.parts.push(focusArea);
}
