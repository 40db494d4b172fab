import type { Action } from "../../auth/policy";
import type { Database } from "../../db/client";
import { errorText } from "../../errors";
import type { LogActivity, LogbookContext } from "../logbook/logbook-context";
import type { ParticipantData } from "../logbook/participant-input";
import { personSettings } from "../logbook/person-settings";
import type { RecordTypeName } from "../logbook/record-types";
import { checkAssessments, checkVolunteerHours } from "./check-assessments-and-hours";
import { checkContacts, checkReferrals } from "./check-contacts";
import { checkCourseStages, checkCourses, checkFollowUps } from "./check-courses";
import { checkAttendance, checkEvents } from "./check-events";
import { checkParticipants, checkRoster, noteLikelyDuplicates } from "./check-participants";
import { loadExisting, type Row } from "./existing-rows";
import { ImportCheck } from "./import-check";
import type { MappedSheet } from "./layout";
import type { PlanLists } from "./lists";
import type { ImportProblem } from "./row-check";
import { type SheetKey, sheetKeys } from "./sheet-types";

export type { ImportProblem } from "./row-check";

/** What a sheet of the file holds: rows, how many are new and how many are already logged. */
export interface SheetCount {
  sheet: string;
  target: SheetKey;
  layout: "template" | "mapping";
  rows: number;
  create: number;
  existing: number;
  /** Rows with at least one problem. */
  invalid: number;
}

/** Everything the import will write, prepared and checked. */
export interface PlannedWrites {
  households: { id: string; departmentNumber: string | null }[];
  participants: { id: string; activity: LogActivity; data: ParticipantData; householdId: string | null }[];
  roster: { activityId: string; participantId: string }[];
  records: { type: RecordTypeName; id: string; row: Row; activity: LogActivity }[];
  /** Named attendance per event: those added, and how many the event had before. */
  attendance: Map<string, { added: string[]; before: number }>;
  /** Events already logged with a headcount that named attendance replaces. */
  clearHeadcount: Set<string>;
}

/** The outcome of checking a file: problems, notes, counts and (when there are no problems) the writes. */
export interface Checked {
  problems: ImportProblem[];
  notes: string[];
  counts: SheetCount[];
  writes: PlannedWrites;
  /** Actions refused on activities, to be written to the audit log. */
  refusals: { action: Action; activity: LogActivity }[];
}

/**
 * Checks every row of the mapped sheets with the same schemas, rules and policy as the forms
 * (record-types.ts, participant-input.ts, `can` per activity) and works out what to write. Rows
 * whose ID is already in the plan are counted and passed over. Nothing is written here. The sheets
 * are checked in this order since later ones refer to rows of earlier ones (an event, a course, a contact).
 * `onChecked` hears every 1,000 rows how many are checked.
 */
export async function checkRows(
  db: Database,
  ctx: LogbookContext,
  lists: PlanLists,
  mapped: MappedSheet[],
  onChecked: (rows: number) => void = () => {},
): Promise<Checked> {
  const check = new ImportCheck(ctx, lists, mapped, await personSettings(db, ctx), onChecked);
  check.old = await loadExisting(db, ctx, check.rowsOf);
  await checkParticipants(check);
  noteLikelyDuplicates(check);
  await checkRoster(check);
  await checkAttendance(check, await checkEvents(check));
  const courses = await checkCourses(check);
  await checkCourseStages(check, courses);
  await checkFollowUps(check, courses);
  await checkReferrals(check, await checkContacts(check));
  await checkAssessments(check);
  await checkVolunteerHours(check);
  return finishCheck(check);
}

/** Problems in file order (sheet, row, column), notes on unread columns, counts in template order. */
function finishCheck({ problems, notes, counts, writes, refusals, mapped }: ImportCheck): Checked {
  const order = new Map(mapped.map((m, i) => [m.raw.name, i]));
  const letters = (p: ImportProblem) => p.cell.replace(/\d/g, "");
  problems.sort(
    (a, b) =>
      (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) ||
      a.row - b.row ||
      letters(a).length - letters(b).length ||
      letters(a).localeCompare(letters(b)),
  );
  for (const m of mapped)
    if (m.unused.length > 0)
      notes.push(
        errorText("excelUnusedColumns", { sheet: m.raw.name, columns: m.unused.map((u) => `«${u}»`).join(", ") }),
      );
  counts.sort((a, b) => sheetKeys.indexOf(a.target) - sheetKeys.indexOf(b.target));
  return { problems, notes, counts, writes, refusals: [...refusals.values()] };
}
