import type { RecordTypeName } from "../logbook/record-types";

// The shape of the logbook workbook: its sheets' keys, the lists, what a column and a sheet are, and
// the columns several sheets share (sheets.ts lists the sheets themselves).

/** The sheets of the logbook workbook, in the order the template has them. */
export const sheetKeys = [
  "participants",
  "roster",
  "events",
  "attendance",
  "courses",
  "courseStages",
  "followUps",
  "contacts",
  "referrals",
  "assessments",
  "volunteerHours",
] as const;
export type SheetKey = (typeof sheetKeys)[number];

/** The lists drop-downs take their values from (the plan's words, activities and fixed choices). */
export type ListName =
  | "activities"
  | "eventTypes"
  | "courseTypes"
  | "stages"
  | "outcomes"
  | "followUpStatuses"
  | "topics"
  | "receivingBodies"
  | "assessmentTypes"
  | "volunteerRoles"
  | "targetGroupTags"
  | "departments"
  | "genders"
  | "yesNo";

/**
 * How a cell is read: a reference to a row (participant code, an ID), text, a date, a time, a
 * whole or decimal number, yes/no, or a value from a list (the plan's words, by name or key).
 */
export type ColumnKind = "ref" | "text" | "date" | "time" | "integer" | "decimal" | "yesNo" | "list";

/** A column: its field, Danish heading, how it is read, and what the guide says about it. */
export interface ColumnDef {
  field: string;
  heading: string;
  kind: ColumnKind;
  required?: boolean;
  list?: ListName;
  /** Several values separated by commas (target groups). */
  multiple?: boolean;
  /** Whole numbers within these bounds get an Excel validation. */
  min?: number;
  max?: number;
  hint: string;
  width?: number;
  /** Problem paths (from the record schemas and rules) that belong to this column; default [field]. */
  paths?: string[];
}

/** A sheet: its key, Danish name, the record type it writes (if any) and its columns. */
export interface SheetDef {
  key: SheetKey;
  name: string;
  recordType?: RecordTypeName;
  about: string;
  columns: ColumnDef[];
}

export const idColumn: ColumnDef = {
  field: "id",
  heading: "ID",
  kind: "ref",
  hint: "Tom for en ny række, eller jeres egen reference, som andre ark kan henvise til. En eksport skriver Helheds ID; en række med et ID, der allerede findes i planen, springes over.",
  width: 38,
};
export const activityColumn: ColumnDef = {
  field: "activityKey",
  heading: "Aktivitet",
  kind: "list",
  list: "activities",
  required: true,
  hint: "Aktiviteten fra planen (vælg fra listen).",
  width: 32,
  paths: ["activityKey", "activity"],
};
export const participantColumn = (required: boolean, field = "participantId", heading = "Deltager"): ColumnDef => ({
  field,
  heading,
  kind: "ref",
  required,
  hint: "Deltagerens kode i Helhed (fx D-0012) eller referencen fra arket Deltagere.",
  width: 14,
});
export const householdColumn: ColumnDef = {
  field: "householdId",
  heading: "Husstand",
  kind: "ref",
  hint: "Husstandens kode (fx H-0003) eller jeres egen reference fra arket Deltagere.",
  width: 12,
};
export const dateColumn = (required = true, field = "date", heading = "Dato"): ColumnDef => ({
  field,
  heading,
  kind: "date",
  required,
  hint: "Datoen som ÅÅÅÅ-MM-DD (fx 2015-03-04) eller som en dato i Excel. Skal ligge i planens periode.",
  width: 12,
});
export const courseColumn: ColumnDef = {
  field: "courseId",
  heading: "Forløb",
  kind: "ref",
  required: true,
  hint: "Forløbets ID fra arket Forløb, eller Helheds ID for et forløb, der allerede findes.",
  width: 38,
};
