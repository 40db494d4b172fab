import { sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { rawRows } from "../db/raw-rows";
import { auditRowHash, type SealedAuditRow } from "./audit-hash";

/** The first broken link of the chain: which row, and what is wrong with it. */
export interface BrokenLink {
  seq: number;
  id: number;
  /** changed: the row's content no longer gives its hash; missing: rows before it are gone; relinked: it no longer points to the row before it. */
  problem: "changed" | "missing" | "relinked";
}

/** What the verifier found: how many rows are sealed and checked, how many wait for the sealer, and the first break. */
export interface ChainReport {
  sealed: number;
  unsealed: number;
  oldestUnsealedAt: string | null;
  firstBroken: BrokenLink | null;
}

const page = 5_000;

function readPage(db: Database, afterSeq: number) {
  return rawRows<SealedAuditRow>(
    db,
    sql`SELECT id::float8 AS "id", seq::float8 AS "seq", prev_hash AS "prevHash", hash,
          to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS "at",
          actor_user_id::text AS "actorUserId", actor_email AS "actorEmail",
          organisation_id::text AS "organisationId", action, resource_type AS "resourceType",
          resource_id AS "resourceId", person_id::text AS "personId", reason, outcome,
          details::text AS "details"
        FROM audit_events WHERE seq > ${afterSeq} ORDER BY seq LIMIT ${page}`,
  );
}

/** Checks one row against the row before it (null for the first row of the chain). */
function check(row: SealedAuditRow, before: SealedAuditRow | null): BrokenLink["problem"] | null {
  if (row.seq !== (before ? before.seq + 1 : 1)) return "missing";
  if ((row.prevHash ?? null) !== (before ? before.hash : null)) return "relinked";
  if (auditRowHash(row) !== row.hash) return "changed";
  return null;
}

/**
 * Walks the whole audit chain in order and recomputes every hash outside the database. Names
 * the first broken link: a changed row, rows missing before a row, or a row pointing elsewhere.
 * @example const report = await verifyAuditChain(db); if (report.firstBroken) …
 */
export async function verifyAuditChain(db: Database): Promise<ChainReport> {
  let before: SealedAuditRow | null = null;
  let sealed = 0;
  let firstBroken: BrokenLink | null = null;
  for (;;) {
    const rows = await readPage(db, before?.seq ?? 0);
    for (const row of rows) {
      const problem: BrokenLink["problem"] | null = firstBroken ? null : check(row, before);
      if (problem) firstBroken = { seq: row.seq, id: row.id, problem };
      before = row;
      sealed++;
    }
    if (rows.length < page) break;
  }
  const [waiting] = await rawRows<{ n: number; oldest: string | null }>(
    db,
    sql`SELECT count(*)::int AS n, min(at)::text AS oldest FROM audit_events WHERE seq IS NULL`,
  );
  return { sealed, unsealed: Number(waiting.n), oldestUnsealedAt: waiting.oldest, firstBroken };
}
