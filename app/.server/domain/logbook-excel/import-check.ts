import { randomUUID } from "node:crypto";
import type { Action } from "../../auth/policy";
import { errorText } from "../../errors";
import { courseTypesOf, type LogActivity, type LogbookContext, mayOn } from "../logbook/logbook-context";
import type { PersonSettings } from "../logbook/person-settings";
import { outsidePlanPeriod } from "../logbook/plan-period-message";
import { type RecordTypeName, recordTypes } from "../logbook/record-types";
import { cellDate, cellInteger } from "./cells";
import { type ExistingRows, lower, type Row } from "./existing-rows";
import type { MappedSheet } from "./layout";
import { type Choices, choices, type PlanLists } from "./lists";
import { headingOf, type ImportProblem, problemAt, RowCheck } from "./row-check";
import type { SheetKey } from "./sheet-types";
import type { PlannedWrites, SheetCount } from "./validate-import";

/**
 * One check of an import file: what the plan already holds, the problems, notes, counts and writes
 * gathered so far, and the helpers every sheet uses to read a row the way the forms read their
 * fields (arrow properties, so a sheet can take them apart: `const { activityOf } = check`).
 */
export class ImportCheck {
  readonly problems: ImportProblem[] = [];
  readonly notes: string[] = [];
  readonly counts: SheetCount[] = [];
  readonly refusals = new Map<string, { action: Action; activity: LogActivity }>();
  readonly writes: PlannedWrites = {
    households: [],
    participants: [],
    roster: [],
    records: [],
    attendance: new Map(),
    clearHeadcount: new Set(),
  };
  /** Participants and households the file adds, by their reference in the file. */
  readonly newPeople = new Map<string, { id: string; row: number }>();
  readonly newHomes = new Map<string, string>();
  readonly courseTypes: Map<string, ReturnType<typeof courseTypesOf>[number]>;
  private readonly allActivities: Choices;
  // Set once the rows of the plan are read (see start).
  old!: ExistingRows;

  constructor(
    readonly ctx: LogbookContext,
    readonly lists: PlanLists,
    readonly mapped: MappedSheet[],
    readonly settings: PersonSettings,
    private readonly onChecked: (rows: number) => void = () => {},
  ) {
    this.allActivities = choices(ctx.activities.map((a) => ({ key: a.key, name: a.title })));
    this.courseTypes = new Map(courseTypesOf(ctx).map((c) => [c.key, c]));
    for (const m of mapped) this.countFor(m);
  }

  private checkedRows = 0;
  /** Call once per row: every 1,000 rows, progress and a breather, so the server answers others meanwhile. */
  tick = async () => {
    if (++this.checkedRows % 1000 !== 0) return;
    this.onChecked(this.checkedRows);
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
  bySheet = (key: SheetKey) => this.mapped.filter((m) => m.def.key === key);
  rowsOf = (key: SheetKey) =>
    this.bySheet(key).flatMap((m) => {
      const byField = new Map([...m.columns].map(([col, c]) => [c.field, col]));
      return m.raw.rows.map((r) => new RowCheck(m, r.row, r.cells, byField));
    });
  countFor = (m: MappedSheet) => {
    let c = this.counts.find((x) => x.sheet === m.raw.name);
    if (!c) {
      c = {
        sheet: m.raw.name,
        target: m.def.key,
        layout: m.layout,
        rows: m.raw.rows.length,
        create: 0,
        existing: 0,
        invalid: 0,
      };
      this.counts.push(c);
    }
    return c;
  };
  finish = (r: RowCheck, created: boolean) => {
    const c = this.countFor(r.sheet);
    if (!r.ok) {
      for (const [field, message] of r.problems) this.problems.push(problemAt(r.sheet, r.row, field, message));
      c.invalid++;
      return;
    }
    if (created) c.create++;
    else c.existing++;
  };
  refuse = (r: RowCheck, action: Action, activity: LogActivity, field = "activityKey") => {
    this.refusals.set(`${action}:${activity.id}`, { action, activity });
    r.report(
      field,
      action === "person.write"
        ? errorText("excelNoRightPersons", { activity: activity.title })
        : errorText("excelNoRightLog", { activity: activity.title }),
    );
  };
  /** The activity of a row, if known and allowed; problems reported on the row. */
  activityOf = (r: RowCheck, action: Action = "logbook.write"): LogActivity | undefined => {
    const text = r.text("activityKey");
    if (!text) {
      r.report("activityKey", errorText("choosePlanActivity"));
      return undefined;
    }
    const activity = this.ctx.byKey.get(this.allActivities.resolve(text) ?? "");
    if (!activity) {
      r.report("activityKey", errorText("excelActivityUnknown", { activity: text }));
      return undefined;
    }
    if (!mayOn(this.ctx, action, activity)) {
      this.refuse(r, action, activity);
      return undefined;
    }
    return activity;
  };
  required = (r: RowCheck) => {
    for (const c of r.sheet.def.columns)
      if (c.required && c.field !== "activityKey" && !r.text(c.field))
        r.report(c.field, errorText("excelRequired", { column: headingOf(r.sheet, c) }));
  };
  /** A person named in a row: a participant code of the plan, or a reference from the Deltagere sheet. */
  gone = (found: { code: string }, r: RowCheck, field: string) =>
    r.report(field, errorText("excelParticipantGone", { code: found.code }));
  personOf = (r: RowCheck, field: string, onlyIfNew = false): string | null => {
    const text = r.text(field);
    if (!text) return null;
    const found = this.old.personByCode.get(lower(text));
    if (found) {
      // An erased person's existing rows come back in an export; only new rows about them are refused.
      if ((found.deletedAt || found.erasedAt) && !onlyIfNew) this.gone(found, r, field);
      return found.id;
    }
    const made = this.newPeople.get(lower(text));
    if (made) return made.id;
    r.report(field, errorText("excelParticipantUnknown", { ref: text }));
    return null;
  };
  private personById: Map<string, { code: string; deletedAt: unknown; erasedAt: unknown }> | undefined;
  refuseGoneIfNew = (r: RowCheck, person: string | null, existing: boolean) => {
    this.personById ??= new Map([...this.old.personByCode.values()].map((p) => [p.id, p]));
    const found = person ? this.personById.get(person) : undefined;
    if (found && !existing && (found.deletedAt || found.erasedAt)) this.gone(found, r, "participantId");
  };
  homeOf = (r: RowCheck, field: string): string | null => {
    const text = r.text(field);
    if (!text) return null;
    const id = this.old.homeByCode.get(lower(text)) ?? this.newHomes.get(lower(text));
    if (!id) r.report(field, errorText("excelHouseholdUnknown", { ref: text }));
    return id ?? null;
  };
  dateOf = (r: RowCheck, field: string) => {
    const d = cellDate(r.get(field));
    if (d && !d.ok) r.report(field, errorText("excelDate"));
    return d?.ok ? d.text : d ? "" : undefined;
  };
  integerOf = (r: RowCheck, field: string) => {
    const n = cellInteger(r.get(field));
    if (n && !n.ok) r.report(field, errorText("wholeNumber"));
    return n?.ok ? n.text : undefined;
  };
  listOf = (r: RowCheck, field: string, list: Choices) => {
    const text = r.text(field);
    return text ? (list.resolve(text) ?? text) : "";
  };
  /** Own IDs of new rows, unique within a kind of sheet. */
  newIds = () => new Map<string, { id: string; row: RowCheck }>();
  /** The row's ID: "existing" when it is already in the plan, else a fresh id (its own reference noted). */
  identify = (
    r: RowCheck,
    old: Map<string, Row>,
    made: Map<string, { id: string; row: RowCheck }>,
  ): { existing: true } | { existing: false; id: string } => {
    const text = r.text("id");
    if (text && old.has(text.toLowerCase())) return { existing: true };
    const id = randomUUID();
    if (text) {
      const before = made.get(lower(text));
      if (before) r.report("id", errorText("excelIdTwice", { id: text, row: before.row.row }));
      else made.set(lower(text), { id, row: r });
    }
    return { existing: false, id };
  };
  /** Validates a record as createRecord does (schema, the type's rules, the plan period). */
  validate = (r: RowCheck, typeName: RecordTypeName, input: Row): Row | undefined => {
    const type = recordTypes[typeName];
    const parsed = type.schema.safeParse(input);
    if (!parsed.success) {
      r.reportPaths(parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
      return undefined;
    }
    const v = parsed.data as Row;
    r.reportPaths(type.check(v as never, this.ctx));
    const day = (v.date ?? v.startDate) as string | undefined;
    if (day && (day < this.ctx.plan.period.start || day > this.ctx.plan.period.end))
      r.report(v.date ? "date" : "startDate", outsidePlanPeriod(this.ctx.plan.period));
    return v;
  };
  dbRow = (typeName: RecordTypeName, v: Row, activity: LogActivity): Row => {
    const type = recordTypes[typeName];
    const row: Row = {};
    for (const [key, value] of Object.entries(v)) {
      if (key === "activityKey") row.activityId = activity.id;
      else if (type.encrypted.includes(key)) row[`${key}Enc`] = null;
      else row[key] = value;
    }
    return row;
  };

  /**
   * Checks each row of a sheet that is not in the plan yet: the required cells first, then `checkRow`
   * with the row's new id. Rows already in the plan are counted and passed over.
   */
  newRows = async (
    sheet: SheetKey,
    old: Map<string, Row>,
    made: Map<string, { id: string; row: RowCheck }>,
    checkRow: (r: RowCheck, id: string) => void,
  ) => {
    for (const r of this.rowsOf(sheet)) {
      await this.tick();
      const who = this.identify(r, old, made);
      if (who.existing) {
        this.finish(r, false);
        continue;
      }
      this.required(r);
      checkRow(r, who.id);
      this.finish(r, true);
    }
  };
  /** Plans a checked record for writing, when its row has no problems. */
  record = (r: RowCheck, type: RecordTypeName, id: string, v: Row | undefined, activity: LogActivity | undefined) => {
    if (r.ok && v && activity) this.writes.records.push({ type, id, row: this.dbRow(type, v, activity), activity });
  };
}
