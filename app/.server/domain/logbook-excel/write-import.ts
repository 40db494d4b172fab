import { randomUUID } from "node:crypto";
import { count, eq, inArray } from "drizzle-orm";
import type { AuditEntry } from "../../audit/record-audit";
import type { Database } from "../../db/client";
import { insertRows } from "../../db/insert-rows";
import {
  attendance,
  auditEvents,
  events,
  households,
  participants,
  recordHistory,
  rosterEntries,
} from "../../db/schema";
import { diffForHistory } from "../logbook/history";
import type { LogbookContext } from "../logbook/logbook-context";
import { userIdOf } from "../logbook/logbook-context";
import { recordTypes } from "../logbook/record-types";
import type { PlannedWrites } from "./validate-import";

type History = typeof recordHistory.$inferInsert;

type Insert = <T>(rows: T[], size: number, insert: (part: T[]) => Promise<unknown>) => Promise<void>;

/** Inserts rows many at a time, telling `progress` how many rows of `total` are written so far. */
function batchInserter(total: number, progress: (done: number, total: number) => void): Insert {
  let done = 0;
  return async (rows, size, insert) => {
    for (let i = 0; i < rows.length; i += size) {
      await insert(rows.slice(i, i + size));
      done += Math.min(size, rows.length - i);
      progress(Math.min(done, total), total);
    }
  };
}

/** How many rows an import writes in all: entries, their history lines and audit entries. */
function rowsToWrite(w: PlannedWrites) {
  const present = [...w.attendance.values()].reduce((s, a) => s + a.added.length, 0);
  const rows = w.participants.length + w.records.length;
  const roster = w.participants.length + w.roster.length;
  const historyAndAudit = 2 * (rows + w.attendance.size) + 1;
  return w.households.length + rows + roster + w.clearHeadcount.size + present + historyAndAudit;
}

async function nextNumber(db: Database, table: typeof participants | typeof households, planId: string) {
  const [row] = await db.select({ n: count() }).from(table).where(eq(table.planId, planId));
  return Number(row.n) + 1;
}

/**
 * Writes checked rows, in the caller's transaction, the way the forms do: participants get the
 * next codes and a place on their activity's roster, every entry gets its history line ("create",
 * and "attendance" for named attendance) and its audit entry; one more audit entry sums up the import.
 * Rows are inserted thousands at a time as one JSON parameter each (`insertRows`), so 100,000 rows take seconds.
 */
export async function writeImport(
  tx: Database,
  ctx: LogbookContext,
  w: PlannedWrites,
  progress: (done: number, total: number) => void = () => {},
) {
  const organisationId = ctx.resource.organisationId;
  const planId = ctx.planId;
  const wr: Writer = {
    tx,
    w,
    insertAll: batchInserter(rowsToWrite(w), progress),
    base: { organisationId, planId },
    createdBy: userIdOf(ctx),
    changedBy: ctx.actor.kind === "user" ? ctx.actor.userId : null,
    history: [],
    audit: [],
  };
  await writeHouseholds(wr);
  await writeParticipants(wr);
  await writeRoster(wr);
  await writeEntries(wr);
  const totals = importTotals(w);
  wr.audit.push({
    action: "logbook.import",
    resourceType: "plan",
    resourceId: planId,
    organisationId,
    outcome: "allowed",
    details: totals,
  });
  await wr.insertAll(wr.history, 5000, (part) => insertRows(tx, recordHistory, part));
  const actorUserId = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  const actorEmail = ctx.actor.kind === "user" ? ctx.actor.email : `system:${ctx.actor.reason}`;
  // The audit log's trigger chains each row to the one before, also within one statement.
  await wr.insertAll(wr.audit, 5000, (part) =>
    insertRows(
      tx,
      auditEvents,
      part.map((entry) => ({ actorUserId, actorEmail, ...entry })),
    ),
  );
  return totals;
}

/** One import being written: the transaction, the planned writes, and the history and audit lines gathered. */
interface Writer {
  tx: Database;
  w: PlannedWrites;
  insertAll: Insert;
  base: { organisationId: string; planId: string };
  createdBy: string | null;
  changedBy: string | null;
  history: History[];
  audit: AuditEntry[];
}

/** New households, with the next codes (H-0001 …). */
async function writeHouseholds({ tx, w, insertAll, base, createdBy }: Writer) {
  let h = await nextNumber(tx, households, base.planId);
  const homes = w.households.map((x) => ({
    ...base,
    id: x.id,
    code: `H-${String(h++).padStart(4, "0")}`,
    departmentNumber: x.departmentNumber,
    createdBy,
  }));
  await insertAll(homes, 500, (part) => tx.insert(households).values(part));
}

/** New participants, with the next codes (D-0001 …), each with its history line and audit entry. */
async function writeParticipants({ tx, w, insertAll, base, createdBy, changedBy, history, audit }: Writer) {
  const organisationId = base.organisationId;
  let n = await nextNumber(tx, participants, base.planId);
  const people = w.participants.map((p) => ({
    ...base,
    id: p.id,
    code: `D-${String(n++).padStart(4, "0")}`,
    initials: p.data.initials?.toUpperCase() ?? null,
    birthYear: p.data.birthYear ?? null,
    gender: p.data.gender,
    departmentNumber: p.data.departmentNumber ?? null,
    householdId: p.householdId,
    targetGroupTags: p.data.targetGroupTags,
    resident: p.data.resident,
    volunteer: p.data.volunteer,
    createdBy,
  }));
  await insertAll(people, 500, (part) => tx.insert(participants).values(part));
  w.participants.forEach((p, i) => {
    history.push({
      ...base,
      recordType: "participant",
      recordId: p.id,
      action: "create",
      changedBy,
      changes: { code: { to: people[i].code }, activity: { to: p.activity.key } },
    });
    audit.push({
      action: "person.create",
      resourceType: "participant",
      resourceId: p.id,
      personId: p.id,
      organisationId,
      outcome: "allowed",
      details: { activity: p.activity.key, via: "excel" },
    });
  });
}

/** Every new participant on its activity's roster, and the roster rows of the Hold sheet (a removed one comes back). */
async function writeRoster({ tx, w, insertAll, base, createdBy }: Writer) {
  const roster = [...w.participants.map((p) => ({ activityId: p.activity.id, participantId: p.id })), ...w.roster].map(
    (r) => ({ ...base, id: randomUUID(), ...r, createdBy }),
  );
  await insertAll(roster, 500, (part) =>
    tx
      .insert(rosterEntries)
      .values(part)
      .onConflictDoUpdate({
        target: [rosterEntries.activityId, rosterEntries.participantId],
        set: { deletedAt: null },
      }),
  );
}

/** Entries table by table, in the order their references need (events before attendance, courses before stages). */
async function writeEntries(wr: Writer) {
  const { tx, w, insertAll, base, createdBy, changedBy, history, audit } = wr;
  const organisationId = base.organisationId;
  for (const typeName of Object.keys(recordTypes) as (keyof typeof recordTypes)[]) {
    const type = recordTypes[typeName];
    const mine = w.records.filter((r) => r.type === typeName);
    await insertAll(mine, 5000, (part) =>
      insertRows(tx, type.table, part.map((r) => ({ ...base, id: r.id, ...r.row, createdBy })) as never),
    );
    for (const r of mine) {
      history.push({
        ...base,
        recordType: type.name,
        recordId: r.id,
        action: "create",
        changedBy,
        changes: diffForHistory(null, r.row),
      });
      audit.push({
        action: "logbook.write",
        resourceType: type.name,
        resourceId: r.id,
        organisationId,
        personId: typeof r.row.participantId === "string" ? r.row.participantId : undefined,
        outcome: "allowed",
        details: { activity: r.activity.key, via: "excel" },
      });
    }
    if (typeName === "event") await writeAttendance(wr);
  }
}

/** Named attendance added to events (a headcount cleared where names replace it), each event with its history and audit. */
async function writeAttendance({ tx, w, insertAll, base, changedBy, history, audit }: Writer) {
  const organisationId = base.organisationId;
  const present = [...w.attendance].flatMap(([eventId, a]) =>
    a.added.map((participantId) => ({ ...base, id: randomUUID(), eventId, participantId })),
  );
  await insertAll(present, 5000, (part) => insertRows(tx, attendance, part));
  await insertAll([...w.clearHeadcount], 1000, (part) =>
    tx.update(events).set({ headcount: null, breakdown: {} }).where(inArray(events.id, part)),
  );
  for (const [eventId, a] of w.attendance) {
    history.push({
      ...base,
      recordType: "event",
      recordId: eventId,
      action: "update",
      changedBy,
      changes: { attendance: { from: a.before, to: a.before + a.added.length } },
    });
    audit.push({
      action: "logbook.attendance",
      resourceType: "event",
      resourceId: eventId,
      organisationId,
      outcome: "allowed",
      details: { added: a.added.length, removed: 0, via: "excel" },
    });
  }
}

/** How many of each were imported, for the summing-up audit entry and the answer. */
function importTotals(w: PlannedWrites) {
  return {
    participants: w.participants.length,
    households: w.households.length,
    roster: w.roster.length,
    attendance: [...w.attendance.values()].reduce((s, a) => s + a.added.length, 0),
    ...Object.fromEntries(
      Object.keys(recordTypes).map((t) => [t, w.records.filter((r) => r.type === t).length] as const),
    ),
  };
}
