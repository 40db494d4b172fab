import { type FieldSpec, type FormValues, setAt } from "./fields";

/** What a submitted editor form holds: the values by field, and the fields that could not be read. */
export interface ReadForm {
  values: FormValues;
  errors: Record<string, string>;
}

const NUMBER_MESSAGE = "Skriv et tal, fx 12 eller 7,5.";

function readOne(form: FormData, name: string, f: FieldSpec, errors: Record<string, string>): unknown {
  const raw = form.get(name);
  switch (f.kind) {
    case "checkbox":
      // An unticked box leaves an optional flag out rather than writing "false" into the plan.
      return raw === "on" ? true : undefined;
    case "checkboxes":
      return form.getAll(name).map(String);
    case "lines":
      return String(raw ?? "")
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    case "number": {
      const text = String(raw ?? "")
        .trim()
        .replace(/\s/g, "")
        .replace(",", ".");
      if (text === "") return undefined;
      // "?" marks an amount the plan does not know (kept as null).
      if (text === "?") return null;
      if (Number.isNaN(Number(text))) {
        errors[name] = NUMBER_MESSAGE;
        return String(raw);
      }
      return Number(text);
    }
    case "rows":
      return readRows(form, name, f.columns ?? [], errors);
    default: {
      const text = String(raw ?? "").trim();
      return text === "" ? undefined : text;
    }
  }
}

const empty = (v: unknown) =>
  v === undefined || v === false || (Array.isArray(v) && v.length === 0) || (typeof v === "string" && v === "");

function readRows(form: FormData, name: string, columns: FieldSpec[], errors: Record<string, string>) {
  const indices = new Set<number>();
  for (const key of form.keys()) {
    const m = key.startsWith(`${name}.`) ? /^(\d+)\./.exec(key.slice(name.length + 1)) : null;
    if (m) indices.add(Number(m[1]));
  }
  const rows: Record<string, unknown>[] = [];
  for (const i of [...indices].sort((a, b) => a - b)) {
    if (form.get(`${name}.${i}._remove`) === "on") continue;
    const rowErrors: Record<string, string> = {};
    const row: Record<string, unknown> = {};
    for (const c of columns) setAt(row, c.name, readOne(form, `${name}.${i}.${c.name}`, c, rowErrors));
    if (columns.every((c) => empty(readOne(form, `${name}.${i}.${c.name}`, c, {})))) continue;
    // Errors are reported at the row's position as the form will show it again.
    for (const [k, v] of Object.entries(rowErrors))
      errors[`${name}.${rows.length}.${k.slice(`${name}.${i}.`.length)}`] = v;
    rows.push(row);
  }
  return rows;
}

/**
 * Reads editor fields from a submitted form by their specs: empty texts become absent, lines
 * become lists, rows become lists of objects (blank and removed rows are dropped), and a number
 * that is not a number is reported (with the text kept, so nothing typed is lost).
 */
export function readForm(form: FormData, fields: FieldSpec[]): ReadForm {
  const values: FormValues = {};
  const errors: Record<string, string> = {};
  for (const f of fields) setAt(values, f.name, readOne(form, f.name, f, errors));
  return { values, errors };
}
