import type { Block } from "./blocks";
import type { FieldName } from "./fields";
import { classify, splitRunIn } from "./headings";
import { addProjects } from "./project-parts";
import { addProseParts } from "./prose-parts";
import { readToc } from "./toc";
import { Walker } from "./walker";

/** A part of the plan the reader found: a focus area, an activity or a sub-activity, with its fields. */
export interface Part {
  kind: "focusArea" | "activity";
  number?: string;
  title: string;
  at: string;
  source: string;
  fields: FoundField[];
  parts: Part[];
  /** Named only in the table of contents: the body under it was not found. */
  onlyInToc?: boolean;
  /**
   * Found without a heading of its own (a proposal of low confidence): a bold name, a title line
   * above its text, a count of sub-activities, a name in running text, a row of an overview table,
   * or a project named in a document written as prose.
   */
  found?: "bold" | "subheading" | "announced" | "paired" | "prose" | "table" | "project";
}

/** The text of one labelled field, with the block it started at and the period its label names. */
export interface FoundField {
  field: FieldName;
  period?: string;
  text: string;
  at: string;
  label: string;
  /** Tables met inside the field (budget tables, staffing tables). */
  tables: string[][][];
}

/** What the outline walk found: the parts, fields of the plan itself, sections and what it left. */
export interface Outline {
  parts: Part[];
  planFields: FoundField[];
  /** Other headed sections (milepælsplan, organisering …) with their blocks. */
  sections: { title: string; at: string; blocks: Block[] }[];
  /** Text before the first focus area. */
  preamble: Block[];
}

const labelWords =
  "Succeskriterier|Målemetode|Formål|Målgruppe|Målgruppen|Tidsplan|Leverancer|Samarbejdspartnere|Samarbejdsrelationer|Medarbejderressourcer|Økonomi|Forankring|Indhold og praksis|Problemkompleks|Lokal evaluering|Ansvarlig";

/**
 * Field labels run into flattened text: "… om året Succeskriterier At der …", "Målemetode Resultatmålinger …"
 * (a label word with a capital, followed by a capitalised word).
 */
const runInLabel = new RegExp(`\\s(?=(?:${labelWords})\\s+\\p{Lu})`, "u");
/** "… deltager. Medarbejderressourcer: Familiekoordinator …": a label with a colon inside text. */
const colonLabel = new RegExp(`\\s+(?=(?:${labelWords})(?:\\s*\\([^)]{1,20}\\))?:)`, "u");

function splitLabels(b: Block): Block[] {
  if (b.kind === "table" && b.rows && colonLabel.test(b.rows.map((r) => r.join(" ")).join(" "))) {
    // rows of "Label:" and value whose cells run into each other (a PDF's two columns)
    const rows = b.rows.flatMap((r) =>
      r
        .filter(Boolean)
        .join(" ")
        .split(colonLabel)
        .map((piece) => {
          const m = /^([^:]{2,60}):\s*(.*)$/su.exec(piece);
          return m ? [`${m[1]}:`, m[2]] : [piece];
        }),
    );
    return [{ ...b, rows, text: rows.map((r) => r.join("\t")).join("\n") }];
  }
  if (b.kind !== "paragraph" || b.text.length <= 90) return [b];
  const out: Block[] = [];
  for (const piece of b.text.split(colonLabel).flatMap((p) => p.split(runInLabel))) {
    const label = /^(Indhold og praksis|Lokal evaluering|\p{L}+)\s+(.*)$/su.exec(piece);
    if (out.length > 0 && label && !/^[^:]{2,60}:/.test(piece))
      out.push({ ...b, text: label[1] }, { ...b, text: label[2] });
    else out.push({ ...b, text: piece });
  }
  return out;
}

/** "6. INDSATSERNE 6.1 Børn, unge og familier": two numbered headings run into one line. */
const secondNumber = /^(?:\d{1,2}(?:\.\d{1,2})*\.?)\s.*?\s(?=\d{1,2}(?:\.\d{1,2})+\.?\s+\p{Lu})/u;
const splitNumbers = (b: Block): Block[] => {
  const m = b.kind === "paragraph" && b.text.length <= 90 ? secondNumber.exec(b.text) : null;
  return m
    ? [
        { ...b, text: m[0].trim() },
        { ...b, text: b.text.slice(m[0].length) },
      ]
    : [b];
};

/** Splits run-in headings (text flattened from a PDF) into a heading block and the text after it. */
export function expandRunIns(input: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of input.flatMap(splitLabels).flatMap(splitNumbers)) {
    let rest: Block | undefined = b;
    while (rest && rest.kind === "paragraph" && rest.text.length > 90) {
      const split = splitRunIn(rest.text);
      if (!split) break;
      out.push({ ...rest, kind: "paragraph", text: split[0] });
      rest = split[1] ? { ...rest, text: split[1] } : undefined;
    }
    if (rest) out.push(rest);
  }
  return out;
}

/** Walks the blocks and builds the outline of focus areas, activities and their fields; the table of
 * contents is walked first, so that a part only named there is still found (and marked so). */
export function outline(input: Block[]): Outline {
  const walker = new Walker();
  const toc = readToc(input);
  const roles = classify(toc.headings);
  walker.walk(toc.headings.filter((_, i) => ["focusArea", "activity", "section"].includes(roles[i].role)));
  walker.reset();
  const body = expandRunIns(input.filter((b) => !toc.used.has(b)));
  walker.walk(body);
  addProseParts(walker.result, body);
  addProjects(walker.result, body);
  return walker.result;
}
