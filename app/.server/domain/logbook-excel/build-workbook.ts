import ExcelJS from "exceljs";
import type { Language } from "~/i18n";
import { type ErrorKey, errorText, type MessageParams } from "../../errors";
import { columnLetter } from "./cells";
import type { PlanLists } from "./lists";
import type { ColumnDef, ListName, SheetKey } from "./sheet-types";
import { guideSheetName, listSheetName, sheets } from "./sheets";

/** A value in a data cell: text, a number, a date (written as an Excel date) or empty. */
export type CellValue = string | number | Date | null;

/** What the workbook is: an empty template, or an export of what is logged. */
export interface WorkbookInput {
  kind: "template" | "export";
  plan: { title: string; slug: string; period: { start: string; end: string } };
  lists: PlanLists;
  /** Rows per sheet, values in the sheet's column order (export). */
  data?: Partial<Record<SheetKey, CellValue[][]>>;
  generatedOn: string;
  /** The language of the validation prompts written into the workbook; Danish by default. */
  language?: Language;
}

type Translate = (key: ErrorKey, params?: MessageParams) => string;

const listOrder: { list: ListName; heading: string }[] = [
  { list: "activities", heading: "Aktiviteter" },
  { list: "eventTypes", heading: "Arrangementstyper" },
  { list: "courseTypes", heading: "Forløbstyper" },
  { list: "stages", heading: "Forløbstrin" },
  { list: "outcomes", heading: "Udfald" },
  { list: "followUpStatuses", heading: "Opfølgningsstatus" },
  { list: "topics", heading: "Emner" },
  { list: "receivingBodies", heading: "Modtagere" },
  { list: "assessmentTypes", heading: "Vurderinger" },
  { list: "volunteerRoles", heading: "Frivilligroller" },
  { list: "targetGroupTags", heading: "Målgrupper" },
  { list: "departments", heading: "Afdelinger" },
  { list: "genders", heading: "Køn" },
  { list: "yesNo", heading: "Ja/Nej" },
];

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const bold = { bold: true };
const headingFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE6EEF7" } };

/**
 * Builds the logbook workbook: a guide, one sheet per kind of record with Danish headings and
 * drop-downs (data validation) from the plan's lists, date and number checks, and the lists
 * themselves. The template and the export have the same layout, so an export can be imported.
 */
export async function buildWorkbook(input: WorkbookInput): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Helhed";
  book.created = utcDate(input.generatedOn);
  addGuide(book, input);
  const text: Translate = (key, params) => errorText(key, params, input.language ?? "da");

  const lists = input.lists.lists;
  // The lists sheet comes last, but the drop-downs point at it, so its ranges are worked out first.
  const listRange = new Map<ListName, string>();
  listOrder.forEach(({ list }, i) => {
    const n = lists[list].values.length;
    const col = columnLetter(i + 1);
    if (n > 0) listRange.set(list, `'${listSheetName}'!$${col}$2:$${col}$${n + 1}`);
  });

  for (const def of sheets) {
    const ws = book.addWorksheet(def.name, { views: [{ state: "frozen", ySplit: 1 }] });
    const rows = input.data?.[def.key] ?? [];
    const heading = ws.getRow(1);
    def.columns.forEach((c, i) => {
      const cell = heading.getCell(i + 1);
      cell.value = c.heading;
      cell.font = bold;
      cell.fill = headingFill;
      cell.note = `${c.required ? "Skal udfyldes. " : ""}${c.hint}`;
      const column = ws.getColumn(i + 1);
      column.width = c.width ?? 14;
      column.numFmt = c.kind === "date" ? "yyyy-mm-dd" : c.kind === "integer" || c.kind === "decimal" ? "General" : "@";
    });
    for (const values of rows) ws.addRow(values);
    // Validations reach well past the data, so rows added in Excel get the drop-downs too.
    const last = Math.max(2001, rows.length + 1001);
    const validations = (ws as unknown as { dataValidations: { add: (a: string, v: ExcelJS.DataValidation) => void } })
      .dataValidations;
    def.columns.forEach((c, i) => {
      const v = validationFor(c, listRange, input.plan.period, text);
      if (v) validations.add(`${columnLetter(i + 1)}2:${columnLetter(i + 1)}${last}`, v);
    });
  }
  const listSheet = book.addWorksheet(listSheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  listOrder.forEach(({ list, heading }, i) => {
    const col = i + 1;
    const values = lists[list].values;
    listSheet.getCell(1, col).value = heading;
    listSheet.getCell(1, col).font = bold;
    listSheet.getColumn(col).width = Math.min(40, Math.max(12, ...values.map((v) => v.length + 2)));
    values.forEach((v, r) => {
      listSheet.getCell(r + 2, col).value = v;
    });
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

function validationFor(
  c: ColumnDef,
  ranges: Map<ListName, string>,
  period: { start: string; end: string },
  text: Translate,
): ExcelJS.DataValidation | undefined {
  const common = {
    allowBlank: !c.required,
    showErrorMessage: true,
    showInputMessage: true,
    promptTitle: c.heading.slice(0, 32),
    prompt: c.hint.slice(0, 250),
  };
  if (c.list && !c.multiple) {
    const range = ranges.get(c.list);
    if (!range) return undefined;
    return {
      ...common,
      type: "list",
      formulae: [range],
      errorStyle: "stop",
      errorTitle: c.heading.slice(0, 32),
      error: text("excelChooseFromList"),
    };
  }
  if (c.kind === "date")
    return {
      ...common,
      type: "date",
      operator: "between",
      formulae: [utcDate(period.start), utcDate(period.end)],
      errorStyle: "stop",
      errorTitle: c.heading.slice(0, 32),
      error: text("excelDateInPlanPeriod", { start: period.start, end: period.end }),
    };
  if (c.kind === "integer")
    return {
      ...common,
      type: "whole",
      operator: c.max !== undefined ? "between" : "greaterThanOrEqual",
      formulae: c.max !== undefined ? [c.min ?? 0, c.max] : [c.min ?? 0],
      errorStyle: "stop",
      errorTitle: c.heading.slice(0, 32),
      error:
        c.max !== undefined ? text("excelWholeNumberBetween", { min: c.min ?? 0, max: c.max }) : text("wholeNumber"),
    };
  if (c.kind === "decimal")
    return {
      ...common,
      type: "decimal",
      operator: "between",
      formulae: [c.min ?? 0, c.max ?? 24],
      errorStyle: "stop",
      errorTitle: c.heading.slice(0, 32),
      error: text("excelDecimalBetween", { min: c.min ?? 0, max: c.max ?? 24 }),
    };
  return undefined;
}

function addGuide(book: ExcelJS.Workbook, input: WorkbookInput) {
  const ws = book.addWorksheet(guideSheetName);
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 100;
  const line = (a: string, b = "", font?: Partial<ExcelJS.Font>) => {
    const row = ws.addRow([a, b]);
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    row.getCell(1).alignment = { vertical: "top" };
    if (font) row.font = font;
  };
  line(
    input.kind === "template" ? `Logbog til Excel: ${input.plan.title}` : `Logbog fra Helhed: ${input.plan.title}`,
    "",
    { bold: true, size: 14 },
  );
  line("Plan", `${input.plan.title} (${input.plan.slug}), ${input.plan.period.start} – ${input.plan.period.end}`);
  line(input.kind === "template" ? "Skabelon dannet" : "Eksporteret", input.generatedOn);
  line("");
  line("Sådan gør du", "", bold);
  for (const text of [
    "Udfyld arkene med én registrering pr. række. Første række er overskrifterne: lad dem stå, som de er.",
    "Vælg aktiviteter, typer, forløbstyper, trin, udfald, emner og modtagere fra listerne (drop-down). Listerne kommer fra planen og står også på arket «Lister».",
    "Skriv datoer som ÅÅÅÅ-MM-DD (fx 2015-03-04) eller som datoer i Excel. Datoerne skal ligge i planens periode.",
    "Henvis til en deltager med deltagerens kode i Helhed (fx D-0012) eller med jeres egen reference fra arket «Deltagere». På samme måde henviser Fremmøde, Forløbstrin, Opfølgninger og Brobygning til ID'et på arket med arrangementet, forløbet eller henvendelsen.",
    "Indlæs filen under Log → planen → Excel. Helhed kontrollerer først alle rækker og viser hvert problem med ark, række og kolonne. Er der ét problem, gemmes intet. Er alt i orden, gemmes alle rækker på én gang.",
    "Rækker med et ID, der allerede findes i planen (fx fra en eksport), springes over. Rettelser af eksisterende registreringer laves i loggen, ikke i Excel.",
    "Navne, kontaktoplysninger, CPR-numre, følsomme oplysninger og noter er ikke med i Excel-filen og kan ikke indlæses fra den.",
    "Bruger I jeres eget ark med andre overskrifter, kan I vælge, hvilken kolonne der er hvad, når I indlæser. Valget huskes for jeres organisation.",
  ])
    line("•", text);
  line("");
  line("Arkene", "", bold);
  for (const def of sheets) {
    line(def.name, def.about, bold);
    for (const c of def.columns) line(`   ${c.heading}`, `${c.required ? "Skal udfyldes. " : ""}${c.hint}`);
  }
}
