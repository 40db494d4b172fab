import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { importMappings } from "../../db/schema";
import type { RawSheet } from "./read-workbook";
import { type ColumnDef, type SheetDef, type SheetKey, sheetKeys } from "./sheet-types";
import { guideSheetName, listSheetName, looseName, sheetByKey, sheets } from "./sheets";

/** Which template sheet a sheet of one's own is, and which of its headings is which field. */
export interface SheetMapping {
  target: SheetKey | "skip";
  /** Heading (as in the file) → field of the target sheet. */
  columns: Record<string, string>;
  /** Only the kind of sheet is chosen so far: show its fields, with guesses, before anything is used. */
  draft?: boolean;
}

/** A sheet ready to be read: its template sheet and the field of each of its columns. */
export interface MappedSheet {
  raw: RawSheet;
  def: SheetDef;
  layout: "template" | "mapping";
  columns: Map<number, ColumnDef>;
  /** Headings that are not read (shown as a note). */
  unused: string[];
}

/** A sheet whose columns the user has to choose, with Helhed's best guess. */
export interface MappingRequest {
  sheet: string;
  target: SheetKey | "";
  headings: { text: string; field: string }[];
  reason: string;
  /** What is wrong with the columns the user chose (Danish), if anything. */
  problems: string[];
}

/** The result of looking at a workbook's sheets. */
export interface Layouts {
  mapped: MappedSheet[];
  requests: MappingRequest[];
  ignored: string[];
}

const targetKey = "__ark";

/** The mappings an organisation has saved, by sheet name (compared loosely). */
export async function loadMappings(db: Database, organisationId: string): Promise<Map<string, SheetMapping>> {
  const rows = await db.select().from(importMappings).where(eq(importMappings.organisationId, organisationId));
  const out = new Map<string, SheetMapping>();
  for (const r of rows) {
    const { [targetKey]: target, ...columns } = r.mapping;
    if (target === "skip" || sheetKeys.includes(target as SheetKey))
      out.set(looseName(r.sheet), { target: target as SheetKey | "skip", columns });
  }
  return out;
}

/** Remembers the mapping of a sheet for the organisation (replacing the earlier one). */
export async function saveMapping(db: Database, organisationId: string, sheet: string, mapping: SheetMapping) {
  const value = { [targetKey]: mapping.target, ...mapping.columns };
  await db
    .insert(importMappings)
    .values({ id: randomUUID(), organisationId, sheet, mapping: value })
    .onConflictDoUpdate({
      target: [importMappings.organisationId, importMappings.sheet],
      set: { mapping: value, updatedAt: new Date() },
    });
}

/** The problems of a mapping the user chose (Danish), or none. */
export function mappingProblems(raw: RawSheet, mapping: SheetMapping): string[] {
  if (mapping.target === "skip") return [];
  const def = sheetByKey.get(mapping.target);
  if (!def) return ["Vælg, hvad arket indeholder."];
  const problems: string[] = [];
  const used = new Map<string, string>();
  const headings = new Set(raw.headings.values());
  for (const [heading, field] of Object.entries(mapping.columns)) {
    if (!field) continue;
    const column = def.columns.find((c) => c.field === field);
    if (!column) problems.push(`Kolonnen «${heading}»: vælg et felt fra listen.`);
    else if (!headings.has(heading)) problems.push(`Arket har ikke kolonnen «${heading}».`);
    else if (used.has(field))
      problems.push(`«${column.heading}» er valgt for både «${used.get(field)}» og «${heading}». Vælg én af dem.`);
    else used.set(field, heading);
  }
  for (const c of def.columns)
    if (c.required && !used.has(c.field)) problems.push(`Vælg den kolonne, der er «${c.heading}» (skal udfyldes).`);
  return problems;
}

function apply(
  raw: RawSheet,
  mapping: SheetMapping & { target: SheetKey },
  layout: MappedSheet["layout"],
): MappedSheet {
  const def = sheetByKey.get(mapping.target) as SheetDef;
  const columns = new Map<number, ColumnDef>();
  const unused: string[] = [];
  for (const [col, heading] of raw.headings) {
    const column = def.columns.find((c) => c.field === mapping.columns[heading]);
    if (column && ![...columns.values()].includes(column)) columns.set(col, column);
    else unused.push(heading);
  }
  return { raw, def, layout, columns, unused };
}

/** The mapping the template's own headings give a sheet (loose match). */
function templateColumns(raw: RawSheet, def: SheetDef): Record<string, string> {
  const out: Record<string, string> = {};
  for (const heading of raw.headings.values()) {
    const column = def.columns.find((c) => looseName(c.heading) === looseName(heading));
    if (column && !Object.values(out).includes(column.field)) out[heading] = column.field;
  }
  return out;
}

/**
 * Decides how each sheet is read: a sheet named and headed as in the template is read as such;
 * a sheet of one's own uses the mapping chosen now or saved by the organisation; any other sheet
 * needs the user to choose its columns. The guide and the lists are passed over.
 */
export function resolveLayouts(
  raws: RawSheet[],
  saved: Map<string, SheetMapping>,
  chosen: Map<string, SheetMapping> = new Map(),
): Layouts {
  const result: Layouts = { mapped: [], requests: [], ignored: [] };
  for (const raw of raws) {
    if (raw.headings.size === 0) continue;
    const name = looseName(raw.name);
    if (name === looseName(guideSheetName) || name === looseName(listSheetName)) continue;
    const mapping = chosen.get(name);
    if (mapping?.draft) {
      result.requests.push(mappingRequest(raw, mapping.target));
      continue;
    }
    if (mapping) {
      const problems = mappingProblems(raw, mapping);
      if (problems.length > 0) result.requests.push({ ...mappingRequest(raw, mapping.target, mapping), problems });
      else if (mapping.target === "skip") result.ignored.push(raw.name);
      else result.mapped.push(apply(raw, { ...mapping, target: mapping.target }, "mapping"));
      continue;
    }
    const own = sheets.find((s) => looseName(s.name) === name);
    if (own) {
      const columns = templateColumns(raw, own);
      const m = { target: own.key, columns };
      if (mappingProblems(raw, m).length === 0) {
        result.mapped.push(apply(raw, m, "template"));
        continue;
      }
    }
    const remembered = saved.get(name);
    if (remembered && mappingProblems(raw, remembered).length === 0) {
      if (remembered.target === "skip") result.ignored.push(raw.name);
      else result.mapped.push(apply(raw, { ...remembered, target: remembered.target }, "mapping"));
      continue;
    }
    result.requests.push(mappingRequest(raw, own?.key ?? remembered?.target, remembered));
  }
  return result;
}

/** A request to choose a sheet's columns, with the best guess of what it is. */
export function mappingRequest(raw: RawSheet, target?: SheetKey | "skip", remembered?: SheetMapping): MappingRequest {
  let guess: SheetKey | "" = target && target !== "skip" ? target : "";
  if (!guess) {
    let best = 0;
    for (const def of sheets) {
      const n = Object.keys(templateColumns(raw, def)).length;
      if (n > best) {
        best = n;
        guess = def.key;
      }
    }
  }
  const def = guess ? sheetByKey.get(guess) : undefined;
  const fromTemplate = def ? templateColumns(raw, def) : {};
  const headings = [...raw.headings.values()].map((text) => {
    const known = remembered?.target === guess ? remembered.columns[text] : undefined;
    return { text, field: known ?? fromTemplate[text] ?? "" };
  });
  const own = sheets.some((s) => looseName(s.name) === looseName(raw.name));
  return {
    sheet: raw.name,
    target: guess,
    headings,
    reason: own
      ? `Arket «${raw.name}» mangler nogle af skabelonens overskrifter. Vælg, hvilken kolonne der er hvad.`
      : `Arket «${raw.name}» er ikke et af skabelonens ark. Vælg, hvad arket indeholder, og hvilken kolonne der er hvad.`,
    problems: [],
  };
}
