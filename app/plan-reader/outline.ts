import type { Block } from "./blocks";
import { type FieldName, fieldOf } from "./fields";
import { classify, type Role, splitRunIn } from "./headings";

/** A part of the plan the reader found: a focus area, an activity or a sub-activity, with its fields. */
export interface Part {
  kind: "focusArea" | "activity";
  number?: string;
  title: string;
  at: string;
  source: string;
  fields: FoundField[];
  parts: Part[];
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

/**
 * Field labels run into flattened text: "… om året Succeskriterier At der …", "Målemetode Resultatmålinger …"
 * (a label word with a capital, followed by a capitalised word).
 */
const runInLabel =
  /\s(?=(?:Succeskriterier|Målemetode|Formål|Målgruppe|Målgruppen|Tidsplan|Leverancer|Samarbejdspartnere|Samarbejdsrelationer|Medarbejderressourcer|Økonomi|Forankring|Indhold og praksis|Problemkompleks|Lokal evaluering|Ansvarlig)\s+\p{Lu})/u;

function splitLabels(b: Block): Block[] {
  if (b.kind !== "paragraph" || b.text.length <= 90) return [b];
  const out: Block[] = [];
  for (const piece of b.text.split(runInLabel)) {
    const label = /^(Indhold og praksis|Lokal evaluering|\p{L}+)\s+(.*)$/su.exec(piece);
    if (out.length > 0 && label) out.push({ ...b, text: label[1] }, { ...b, text: label[2] });
    else out.push({ ...b, text: piece });
  }
  return out;
}

/** Splits run-in headings (text flattened from a PDF) into a heading block and the text after it. */
export function expandRunIns(input: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of input.flatMap(splitLabels)) {
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

const same = (a: string, b: string) => norm(a) === norm(b);
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, "og")
    .replace(/[^\p{L}\d]+/gu, " ")
    .trim();

/** Walks the blocks and builds the outline of focus areas, activities and their fields. */
export function outline(input: Block[]): Outline {
  const blocks = expandRunIns(input);
  const roles = classify(blocks);
  const result: Outline = { parts: [], planFields: [], sections: [], preamble: [] };
  let focusArea: Part | undefined;
  let activity: Part | undefined;
  let sub: Part | undefined;
  let field: FoundField | undefined;
  let section: Outline["sections"][number] | undefined;
  let sectionDepth = 0;
  let focusDepth = 0;
  const owner = () => sub ?? activity ?? focusArea;
  const addField = (f: FoundField) => {
    const o = owner();
    if (o) o.fields.push(f);
    else result.planFields.push(f);
    field = f;
  };
  const newPart = (kind: Part["kind"], r: { number?: string; title: string }, b: Block): Part => ({
    kind,
    ...(r.number ? { number: r.number } : {}),
    title: r.title,
    at: b.at,
    source: b.text,
    fields: [],
    parts: [],
  });

  blocks.forEach((b, i) => {
    const r: Role = roles[i];
    if (r.role === "toc") return;
    if (r.role === "focusArea") {
      const found = result.parts.find((p) => same(p.title, r.title));
      focusArea = found ?? newPart("focusArea", r, b);
      if (!found) result.parts.push(focusArea);
      activity = sub = field = section = undefined;
      focusDepth = r.number ? r.number.split(".").length : 0;
      return;
    }
    if (r.role === "activity") {
      if (!focusArea) {
        focusArea = newPart("focusArea", { title: "Aktiviteter" }, b);
        result.parts.push(focusArea);
      }
      const list = r.sub && activity ? activity.parts : focusArea.parts;
      const found = list.find((p) => same(p.title, r.title));
      const part = found ?? newPart("activity", r, b);
      if (!found) list.push(part);
      if (r.sub && activity) sub = part;
      else {
        activity = part;
        sub = undefined;
      }
      field = section = undefined;
      return;
    }
    if (r.role === "section" && !(r.number === undefined && focusArea && (b.level ?? 9) > 1)) {
      // a heading at the focus area's level or above ends it: "6. Overordnet milepælsplan"
      if (r.number === undefined || r.depth <= Math.max(focusDepth, 1) || !focusArea) {
        focusArea = activity = sub = undefined;
        field = undefined;
        section = { title: r.title, at: b.at, blocks: [] };
        sectionDepth = r.depth;
        result.sections.push(section);
        return;
      }
      if (section && r.depth > sectionDepth) return;
    }
    if (r.role === "field") {
      addField({ field: r.field, period: r.period, text: r.rest, at: b.at, label: b.text, tables: [] });
      return;
    }
    if (b.kind === "table" && b.rows) {
      if (isFieldTable(b.rows) && owner()) tableFields(b, addField);
      else if (field) field.tables.push(b.rows);
      else if (section) section.blocks.push(b);
      else if (owner()) tableFields(b, addField);
      else result.preamble.push(b);
      return;
    }
    if (field) field.text = field.text ? `${field.text}\n${b.text}` : b.text;
    else if (section) section.blocks.push(b);
    else if (owner()) addField({ field: "content", text: b.text, at: b.at, label: "", tables: [] });
    else result.preamble.push(b);
  });
  return result;
}

const isFieldTable = (rows: string[][]) =>
  rows.filter((r) => fieldOf(r[0] ?? "") !== undefined).length * 2 >= rows.length;

/** A table whose first column holds labels ("Formål", "Succeskriterier (2013)") is a set of fields. */
function tableFields(b: Block, add: (f: FoundField) => void) {
  for (const row of b.rows ?? []) {
    const label = fieldOf(row[0] ?? "");
    const text = row.slice(1).join("\n").trim();
    if (label) add({ ...label, text, at: b.at, label: row[0], tables: [] });
    else add({ field: "content", text: row.join(" "), at: b.at, label: "", tables: [] });
  }
}
