import { eq, type SQL, sql } from "drizzle-orm";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../db/client";
import {
  activities,
  assessments,
  attendance,
  budgetActuals,
  contacts,
  courseFollowUps,
  courseStages,
  courses,
  criterionValues,
  eventSeries,
  events,
  households,
  milestoneUpdates,
  participants,
  referrals,
  rosterEntries,
  seriesValues,
  staffHours,
  volunteerHours,
} from "../db/schema";
import type { DemoLogbook } from "./demo-logbook-rows";

/** Where the demo logbook goes: the plan and the organisation that owns it. */
export interface DemoTarget {
  planId: string;
  organisationId: string;
}

/** Rows inserted per table, and how long it took (milliseconds, in all and per table). */
export interface DemoInsertResult {
  rows: Record<string, number>;
  milliseconds: number;
  tableMilliseconds: Record<string, number>;
}

/**
 * Writes a generated demo logbook into a plan in one transaction, table by table in the order
 * the references need, `chunkSize` rows per statement. Each statement sends one array per column
 * and unnests it (INSERT … SELECT * FROM unnest($1::uuid[], $2::text[] …)): a handful of
 * parameters instead of thousands, the same on PGlite and PostgreSQL.
 * Activities are found by key in the plan; an unknown key stops everything (nothing is written).
 * No history or audit lines per row: it is demo data, written by the operator.
 * @example await insertDemoLogbook(db, { planId, organisationId }, generateDemoLogbook(plan, { seed: 1, scale: 1, today }));
 */
export async function insertDemoLogbook(
  db: Database,
  target: DemoTarget,
  logbook: DemoLogbook,
  options: { chunkSize?: number } = {},
): Promise<DemoInsertResult> {
  const started = performance.now();
  const chunkSize = options.chunkSize ?? 1000;
  const { planId, organisationId } = target;
  const base = { organisationId, planId };
  const keyed = await db
    .select({ id: activities.id, key: activities.key })
    .from(activities)
    .where(eq(activities.planId, planId));
  const activityIds = new Map(keyed.map((a) => [a.key, a.id]));
  const activityId = (key: string) => {
    const id = activityIds.get(key);
    if (!id) throw new Error(`Demo-logbogen nævner aktiviteten "${key}", som planen ikke har.`);
    return id;
  };
  const withActivity = <T extends { activityKey: string }>({ activityKey, ...rest }: T) => ({
    ...base,
    ...rest,
    activityId: activityId(activityKey),
  });
  const rows: Record<string, number> = {};
  const tableMilliseconds: Record<string, number> = {};
  await db.transaction(async (tx) => {
    const put = async <T>(name: string, table: PgTable, list: T[], map: (row: T) => Record<string, unknown>) => {
      const t0 = performance.now();
      rows[name] = list.length;
      for (let i = 0; i < list.length; i += chunkSize)
        await tx.execute(unnestInsert(table, list.slice(i, i + chunkSize).map(map)));
      tableMilliseconds[name] = Math.round(performance.now() - t0);
    };
    await put("households", households, logbook.households, (h) => ({ ...base, ...h }));
    await put("participants", participants, logbook.participants, (p) => ({ ...base, ...p }));
    await put("rosterEntries", rosterEntries, logbook.rosterEntries, ({ removedOn, ...r }) => ({
      ...withActivity(r),
      deletedAt: removedOn ? new Date(`${removedOn}T16:00:00Z`) : null,
    }));
    await put("eventSeries", eventSeries, logbook.eventSeries, withActivity);
    await put("events", events, logbook.events, withActivity);
    await put("attendance", attendance, logbook.attendance, (a) => ({ ...base, ...a }));
    await put("courses", courses, logbook.courses, withActivity);
    await put("courseStages", courseStages, logbook.courseStages, (s) => ({ ...base, ...s }));
    await put("courseFollowUps", courseFollowUps, logbook.courseFollowUps, (f) => ({ ...base, ...f }));
    await put("contacts", contacts, logbook.contacts, withActivity);
    await put("referrals", referrals, logbook.referrals, withActivity);
    await put("assessments", assessments, logbook.assessments, withActivity);
    await put("volunteerHours", volunteerHours, logbook.volunteerHours, withActivity);
    await put("criterionValues", criterionValues, logbook.criterionValues, (v) => ({ ...base, ...v }));
    await put("seriesValues", seriesValues, logbook.seriesValues, (v) => ({ ...base, ...v }));
    await put("milestoneUpdates", milestoneUpdates, logbook.milestoneUpdates, (m) => ({ ...base, ...m }));
    await put("budgetActuals", budgetActuals, logbook.budgetActuals, (b) => ({
      ...base,
      ...b,
      source: "manual",
      note: "Demodata",
    }));
    await put("staffHours", staffHours, logbook.staffHours, (h) => ({ ...base, ...h }));
  });
  return { rows, milliseconds: Math.round(performance.now() - started), tableMilliseconds };
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** One element of a PostgreSQL array literal: NULL, or the value in double quotes. */
function element(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  const text =
    value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value) : String(value);
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/**
 * INSERT … SELECT * FROM unnest(…) for rows of one table: the columns are those the rows name
 * (the rest take their defaults), each sent as one array literal cast to the column's type.
 */
export function unnestInsert(table: PgTable, rows: Record<string, unknown>[]): SQL {
  const config = getTableConfig(table);
  const byKey = new Map(
    Object.entries(table).filter(([, c]) => config.columns.includes(c as never)) as [
      string,
      (typeof config.columns)[number],
    ][],
  );
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => byKey.has(k));
  const names = keys.map((k) => sql.identifier(snake(k)));
  const arrays = keys.map((k) => {
    const literal = `{${rows.map((r) => element(r[k])).join(",")}}`;
    return sql`${literal}::${sql.raw((byKey.get(k) as { getSQLType(): string }).getSQLType())}[]`;
  });
  return sql`insert into ${sql.identifier(config.name)} (${sql.join(names, sql`, `)}) select * from unnest(${sql.join(arrays, sql`, `)})`;
}

/** Whether a plan's logbook already holds anything (persons, events, courses, contacts or entered figures). */
export async function planHasLogbookData(db: Database, planId: string): Promise<boolean> {
  for (const table of [participants, events, courses, contacts, criterionValues, volunteerHours]) {
    const [row] = await db.select({ id: table.id }).from(table).where(eq(table.planId, planId)).limit(1);
    if (row) return true;
  }
  return false;
}
