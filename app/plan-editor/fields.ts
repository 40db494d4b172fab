/**
 * How an editor form is described: its fields, typed in the browser and read back on the server
 * by the same specs. A field's name is its path inside the edited item ("responsible.text",
 * "staffing.1.hoursPerWeek"), so problems the plan check reports can be shown at the right field.
 */
export interface FieldSpec {
  name: string;
  label: string;
  kind: "text" | "textarea" | "lines" | "number" | "date" | "select" | "checkbox" | "checkboxes" | "rows" | "hidden";
  hint?: string;
  required?: boolean;
  options?: { value: string; label: string; group?: string }[];
  width?: "xs" | "s" | "m" | "l" | "xl";
  /** For "rows": the columns of each row. */
  columns?: FieldSpec[];
  /** Shown only when the field named in `when.field` has one of the values (hidden with JavaScript only). */
  when?: { field: string; values: string[] };
}

/** A value of a field as the form shows it. */
export type FieldValue = string | number | boolean | null | undefined | string[] | Record<string, unknown>[];
export type FormValues = Record<string, unknown>;

/** The blank rows offered under the filled ones of a "rows" field. */
export const BLANK_ROWS = 2;

/** Splits a dotted field name into a path ("staffing.1.role" → ["staffing", 1, "role"]). */
export function splitName(name: string): (string | number)[] {
  return name.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Reads a dotted path from nested values. */
export function valueAt(values: FormValues, name: string): unknown {
  let here: unknown = values;
  for (const part of splitName(name)) {
    if (here === null || typeof here !== "object") return undefined;
    here = (here as Record<string | number, unknown>)[part];
  }
  return here;
}

/** Writes a dotted path into nested values, making objects on the way. */
export function setAt(values: FormValues, name: string, value: unknown) {
  const parts = splitName(name);
  let here = values as Record<string | number, unknown>;
  parts.slice(0, -1).forEach((part) => {
    if (here[part] === undefined || here[part] === null || typeof here[part] !== "object") here[part] = {};
    here = here[part] as Record<string | number, unknown>;
  });
  here[parts[parts.length - 1]] = value;
}

/** Removes absent values and empty objects, so an untouched optional group does not appear in the plan. */
export function prune<T>(value: T): T {
  if (Array.isArray(value)) return value.map(prune) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const p = prune(v);
    if (p === undefined) continue;
    if (p && typeof p === "object" && !Array.isArray(p) && Object.keys(p).length === 0) continue;
    out[k] = p;
  }
  return out as T;
}
