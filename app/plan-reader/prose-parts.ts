import type { Block } from "./blocks";
import type { Outline, Part } from "./outline";
import { announcedSubs, softPart } from "./sub-parts";
import { sameTitle } from "./walker";

/**
 * Focus areas and activities a plan names outside its headings, added to the outline as proposals
 * of low confidence: sub-activities announced by a count ("består af tre underaktiviteter: …"),
 * a focus area named in running text ("omfatter endvidere indsatsområdet ”Kompetenceudvikling og
 * lokalt samarbejde”"), and the activities of an overview table (a column "Aktivitet" beside one
 * naming the focus area: "Indsatsområde", "Indsats- område", "Tema").
 */

const strip = (s: string) => s.replace(/\s*\([^)]*\)\s*/g, " ").trim();
/** The same name, also when one of them adds a remark in brackets ("Lommepengejob (13-14 år)"). */
export const sameName = (a: string, b: string) => sameTitle(a, b) || sameTitle(strip(a), strip(b));

const allParts = (parts: Part[]): Part[] => parts.flatMap((p) => [p, ...allParts(p.parts)]);

/** Sub-activities an activity's text announces with a count, added where the activity has none by that name. */
function addAnnounced(parts: Part[]) {
  for (const a of allParts(parts).filter((p) => p.kind === "activity")) {
    for (const f of a.fields) {
      const lines = f.text.split("\n");
      lines.forEach((line, i) => {
        for (const name of announcedSubs(line, lines.slice(i + 1))) {
          if (a.parts.some((p) => sameName(p.title, name)) || sameName(name, a.title)) continue;
          a.parts.push(softPart(name, { kind: "paragraph", text: line, at: f.at }, "announced"));
        }
      });
    }
  }
}

/**
 * An activity named after two things ("Opgangsmøder og Homeparties") whose running text gives each
 * a paragraph of its own ("Opgangsmøder skal bruges til …", "Homeparties er mindre møder …"): the
 * two are its sub-activities.
 */
function addPaired(parts: Part[]) {
  for (const a of allParts(parts).filter((p) => p.kind === "activity" && p.parts.length === 0 && !p.found)) {
    const pair = /^(\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?) (?:og|&) (\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?)$/u.exec(a.title);
    if (!pair) continue;
    const names = [pair[1], pair[2]].map((n) => n.charAt(0).toUpperCase() + n.slice(1));
    const paragraphs = a.fields.filter((f) => f.field === "content" && !f.label).flatMap((f) => f.text.split("\n"));
    const opens = (name: string) =>
      paragraphs.find((t) => t.length >= 80 && t.toLowerCase().startsWith(`${name.toLowerCase()} `));
    const found = names.map(opens);
    if (!found.every(Boolean)) continue;
    names.forEach((name, i) => {
      const text = found[i] ?? "";
      const part = softPart(name, { kind: "paragraph", text, at: a.at }, "paired");
      part.fields.push({ field: "content", text, at: a.at, label: "", tables: [] });
      a.parts.push(part);
    });
  }
}

const quoted = /indsatsområde(?:t|rne)?\s+[”"“‘'’»]([^”"“‘'’«»]{3,70})[”"“‘'’«]/giu;

/** Focus areas named in quotes in the running text, not found as headings. */
function addProseFocusAreas(result: Outline, blocks: Block[]) {
  for (const b of blocks.filter((x) => x.kind === "paragraph" || x.kind === "item")) {
    for (const m of b.text.matchAll(quoted)) {
      const title = m[1].trim();
      if (result.parts.some((p) => sameName(p.title, title))) continue;
      result.parts.push({ kind: "focusArea", title, at: b.at, source: b.text, fields: [], parts: [], found: "prose" });
    }
  }
}

const activityColumn = /^(aktivitet(er)?|delaktivitet|indsats|projekt)$/i;
const focusColumn = /^(indsats-?\s*område|indsatsområde|tema|indsatsspor|spor)$/i;

/** The focus area a table row names: by number ("3"), by title, or the only one named in prose. */
function focusAreaFor(parts: Part[], cell: string): Part | undefined {
  const ref = cell.trim();
  const byNumber = parts.find((p) => p.number && (p.number === ref || p.number === ref.replace(/\.$/, "")));
  if (byNumber) return byNumber;
  const byTitle = parts.find((p) => ref.length > 2 && sameName(p.title, ref));
  if (byTitle) return byTitle;
  const unnumbered = parts.filter((p) => !p.number && p.found === "prose");
  return unnumbered.length === 1 ? unnumbered[0] : undefined;
}

/**
 * Tables as whole tables: a PDF gives each row as a table of its own, with a line of years
 * ("2017 2018 2019 2020") between the header and the rows.
 */
function wholeTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let last: Block | undefined;
  for (const b of blocks) {
    if (b.kind === "table" && b.rows) {
      if (last) last.rows = [...(last.rows ?? []), ...b.rows];
      else {
        last = { ...b, rows: [...b.rows] };
        out.push(last);
      }
    } else if (!(last && /^[\d\s.,?]+$/.test(b.text))) last = undefined;
  }
  return out;
}

/** An activity's name in a cell, without amounts run into it ("Mødefacilitering 2.000 ?"). */
const cellName = (cell: string) =>
  cell
    .replace(/<[^>]+>/g, "")
    .replace(/(\s+(\d{1,3}(\.\d{3})+|\d+|\?|[¹²³⁴⁵⁶⁷⁸⁹⁰]))+$/u, "")
    .trim();

/** Activities in an overview table that the outline has not found, under the focus area the row names. */
function addTableActivities(result: Outline, blocks: Block[]) {
  for (const b of wholeTables(blocks)) {
    const rows = b.rows ?? [];
    const header = rows.findIndex((r) => r.some((c) => activityColumn.test(c.trim())));
    if (header < 0) continue;
    const act = rows[header].findIndex((c) => activityColumn.test(c.trim()));
    const fa = rows[header].findIndex((c) => focusColumn.test(c.trim()));
    const known = allParts(result.parts);
    for (const row of rows.slice(header + 1)) {
      const title = cellName(row[act] ?? "");
      if (!title || title.length < 3 || /^(i alt|total|samlet)/i.test(title) || !/^\p{Lu}/u.test(title)) continue;
      if (known.some((p) => sameName(p.title, title))) continue;
      const owner = fa >= 0 ? focusAreaFor(result.parts, row[fa] ?? "") : undefined;
      if (!owner) continue;
      const part = softPart(title, { ...b, text: row.join(" ") }, "table");
      owner.parts.push(part);
      known.push(part);
    }
  }
}

/** Adds to the outline what the plan names outside its headings. */
export function addProseParts(result: Outline, blocks: Block[]) {
  addAnnounced(result.parts);
  addPaired(result.parts);
  addProseFocusAreas(result, blocks);
  addTableActivities(result, blocks);
}
