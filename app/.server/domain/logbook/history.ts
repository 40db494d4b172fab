import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { recordHistory } from "../../db/schema";

/** Fields whose values never go into the history (identifying or sensitive): only "changed". */
const hidden = new Set(["nameEnc", "contactEnc", "cprEnc", "sensitiveEnc", "notesEnc", "giverNameEnc", "initials"]);

/** The changes between two versions of a record, for the history; hidden fields show as "changed". */
export function diffForHistory(before: Record<string, unknown> | null, after: Record<string, unknown>) {
  const changes: Record<string, { from?: unknown; to?: unknown } | "changed"> = {};
  const empty = (v: unknown) =>
    v === null || v === undefined || v === "" || (typeof v === "object" && Object.keys(v as object).length === 0);
  for (const [key, value] of Object.entries(after)) {
    // Ids of persons and rows say nothing to a reader (and persons are named on their own page).
    if (
      [
        "id",
        "organisationId",
        "planId",
        "createdAt",
        "updatedAt",
        "createdBy",
        "activityId",
        "participantId",
        "mentorParticipantId",
        "courseId",
        "contactId",
        "householdId",
      ].includes(key)
    )
      continue;
    const old = before?.[key];
    if (JSON.stringify(old ?? null) === JSON.stringify(value ?? null) || (empty(old) && empty(value))) continue;
    changes[key] = hidden.has(key)
      ? "changed"
      : before
        ? { from: old ?? null, to: value ?? null }
        : { to: value ?? null };
  }
  return changes;
}

/** Appends a line (or several, in one statement) to logbook records' history. */
export async function writeHistory(db: Database, actor: Actor, entry: HistoryEntry | HistoryEntry[]) {
  const entries = Array.isArray(entry) ? entry : [entry];
  if (entries.length === 0) return;
  const changedBy = actor.kind === "user" ? actor.userId : null;
  await db.insert(recordHistory).values(entries.map((e) => ({ ...e, changedBy, changes: e.changes ?? {} })));
}

/** One line of a logbook record's history. */
export interface HistoryEntry {
  organisationId: string;
  planId: string;
  recordType: string;
  recordId: string;
  action: "create" | "update" | "delete" | "restore" | "erase" | "merge";
  changes?: ReturnType<typeof diffForHistory>;
}
