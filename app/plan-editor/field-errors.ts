import { type FieldSpec, splitName } from "./fields";

/** A problem the plan check found, with its path in the plan (`focusAreas[2].activities[0].title`). */
export interface Problem {
  path: string;
  message: string;
}

/** "focusAreas[2].activities[0]" → "focusAreas.2.activities.0". */
export const dotted = (path: string) => path.replace(/\[(\d+)\]/g, ".$1").replace(/^\./, "");

function fieldNames(fields: FieldSpec[]): Set<string> {
  const names = new Set<string>();
  for (const f of fields) names.add(f.name);
  return names;
}

/**
 * Places the plan check's problems on the form's fields: a problem inside the edited item goes to
 * the field (or table cell) it names, or to the nearest field above it; anything else is general.
 */
export function placeProblems(
  problems: Problem[],
  itemPath: string,
  fields: FieldSpec[],
): { fields: Record<string, string>; general: string[] } {
  const names = fieldNames(fields);
  const rows = fields.filter((f) => f.kind === "rows");
  const prefix = dotted(itemPath);
  const out: Record<string, string> = {};
  const general: string[] = [];
  for (const p of problems) {
    const path = dotted(p.path);
    const rel = prefix === "" ? path : path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : undefined;
    let placed = false;
    if (rel !== undefined) {
      const parts = splitName(rel).map(String);
      for (let n = parts.length; n > 0 && !placed; n--) {
        const name = parts.slice(0, n).join(".");
        const row = rows.find((r) => name.startsWith(`${r.name}.`));
        const isCell = row && /^\d+\./.test(name.slice(row.name.length + 1));
        if (names.has(name) || isCell) {
          out[name] ??= p.message;
          placed = true;
        }
      }
    }
    if (!placed) general.push(p.message);
  }
  return { fields: out, general };
}
