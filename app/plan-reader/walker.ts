import type { Block } from "./blocks";
import { fieldOf } from "./fields";
import { classify, type Role } from "./headings";
import type { FoundField, Outline, Part } from "./outline";
import { boldName, softPart, subHeading } from "./sub-parts";

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, "og")
    .replace(/[^\p{L}\d]+/gu, " ")
    .trim();

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** Titles that name the same part: equal but for case and "&", or a typo apart ("Lommepegejob"). */
export function sameTitle(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x === y) return true;
  return Math.min(x.length, y.length) >= 8 && distance(x, y) <= Math.max(2, Math.floor(x.length / 12));
}

/** The state of a walk over the blocks: where we are (focus area, activity, field, section). */
export class Walker {
  result: Outline = { parts: [], planFields: [], sections: [], preamble: [] };
  private focusArea?: Part;
  private activity?: Part;
  private sub?: Part;
  /** A sub-activity marked in the text (bold name, title line): it takes text, not fields. */
  private soft?: Part;
  private field?: FoundField;
  private section?: Outline["sections"][number];
  private focusDepth = 0;

  /** Forgets where the walk is (between the table of contents and the body), keeping what it found. */
  reset() {
    this.focusArea = this.activity = this.sub = this.soft = this.field = this.section = undefined;
    this.focusDepth = 0;
  }

  private owner = () => this.soft ?? this.sub ?? this.activity ?? this.focusArea;

  private addField = (f: FoundField) => {
    if (f.field !== "content") this.soft = undefined;
    const o = this.owner();
    if (o) o.fields.push(f);
    else this.result.planFields.push(f);
    this.field = f;
  };

  /** The part with this title (and number) in the list, else a new one added to it. */
  private part(list: Part[], kind: Part["kind"], r: { number?: string; title: string }, b: Block): Part {
    const fromToc = b.at === "indholdsfortegnelsen";
    const found = list.find(
      (p) => sameTitle(p.title, r.title) || (r.number && p.number === r.number && r.number.includes(".")),
    );
    if (found) {
      if (found.onlyInToc && !fromToc) Object.assign(found, { at: b.at, source: b.text, onlyInToc: false });
      return found;
    }
    const part: Part = {
      kind,
      ...(r.number ? { number: r.number } : {}),
      title: r.title,
      at: b.at,
      source: b.text,
      fields: [],
      parts: [],
      ...(fromToc ? { onlyInToc: true } : {}),
    };
    list.push(part);
    return part;
  }

  walk(blocks: Block[]) {
    const roles = classify(blocks);
    blocks.forEach((b, i) => this.step(b, roles[i], blocks[i + 1]));
  }

  private step(b: Block, r: Role, next?: Block) {
    if (r.role === "toc") return;
    if (r.role === "focusArea") {
      this.focusArea = this.part(this.result.parts, "focusArea", r, b);
      this.activity = this.sub = this.soft = this.field = this.section = undefined;
      this.focusDepth = r.number ? r.number.split(".").length : 0;
      return;
    }
    if (r.role === "activity") return this.enterActivity(b, r);
    const inFocusArea = r.role === "section" && r.number === undefined && this.focusArea && (b.level ?? 9) > 1;
    if (r.role === "section" && !inFocusArea) {
      // a heading at the focus area's level or above ends it: "6. Overordnet milepælsplan"
      if (r.number === undefined || r.depth <= Math.max(this.focusDepth, 1) || !this.focusArea) {
        this.reset();
        if (b.at === "indholdsfortegnelsen") return;
        this.section = { title: r.title, at: b.at, blocks: [] };
        this.result.sections.push(this.section);
        return;
      }
    }
    if (r.role === "field") {
      this.addField({ field: r.field, period: r.period, text: r.rest, at: b.at, label: b.text, tables: [] });
      return;
    }
    if (this.softSub(b, next)) return;
    this.content(b);
  }

  /**
   * In an activity's running text (before its labelled fields), a bold name or a title line above
   * its text starts a sub-activity; the text after it is the sub-activity's, until the next one or
   * a label (whose field belongs to the activity again).
   */
  private softSub(b: Block, next?: Block): boolean {
    const activity = this.sub ?? this.activity;
    if (!activity || this.section || (this.field && this.field.field !== "content") || this.field?.label) return false;
    const bold = boldName(b);
    const title = bold ?? subHeading(b, next);
    // a title line about the activity itself ("Om Servicebesøg") is not a sub-activity
    if (!title || sameTitle(title, activity.title) || norm(title).includes(norm(activity.title))) return false;
    const found = activity.parts.find((p) => sameTitle(p.title, title));
    this.soft = found ?? softPart(title, b, bold ? "bold" : "subheading");
    if (!found) activity.parts.push(this.soft);
    this.field = undefined;
    return true;
  }

  private enterActivity(b: Block, r: Extract<Role, { role: "activity" }>) {
    if (!this.focusArea) this.focusArea = this.part(this.result.parts, "focusArea", { title: "Aktiviteter" }, b);
    const list = r.sub && this.activity ? this.activity.parts : this.focusArea.parts;
    const part = this.part(list, "activity", r, b);
    if (r.sub && this.activity) this.sub = part;
    else {
      this.activity = part;
      this.sub = undefined;
    }
    this.field = this.section = this.soft = undefined;
  }

  private content(b: Block) {
    const owner = this.owner();
    if (b.kind === "table" && b.rows) {
      if (isFieldTable(b.rows) && owner) tableFields(b, this.addField);
      else if (this.field) this.field.tables.push(b.rows);
      else if (this.section) this.section.blocks.push(b);
      else if (owner) tableFields(b, this.addField);
      else this.result.preamble.push(b);
      return;
    }
    if (this.field) this.field.text = this.field.text ? `${this.field.text}\n${b.text}` : b.text;
    else if (this.section) this.section.blocks.push(b);
    else if (owner) this.addField({ field: "content", text: b.text, at: b.at, label: "", tables: [] });
    else this.result.preamble.push(b);
  }
}

export const isFieldTable = (rows: string[][]) =>
  rows.filter((r) => fieldOf(r[0] ?? "") !== undefined).length * 2 >= rows.length;

/** A table whose first column holds labels ("Formål", "Succeskriterier (2013)") is a set of fields. */
export function tableFields(b: Block, add: (f: FoundField) => void) {
  for (const row of b.rows ?? []) {
    const label = fieldOf(row[0] ?? "");
    const text = row.slice(1).join("\n").trim();
    if (label) add({ ...label, text, at: b.at, label: row[0], tables: [] });
    else add({ field: "content", text: row.join(" "), at: b.at, label: "", tables: [] });
  }
}
