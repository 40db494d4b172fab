import { createHash } from "node:crypto";

/** One sealed audit row as the verifier reads it: every hashed column as the database prints it. */
export interface SealedAuditRow {
  id: number;
  seq: number;
  prevHash: string | null;
  hash: string;
  /** `at` in UTC as YYYY-MM-DDTHH24:MI:SS.US (microseconds, as stored). */
  at: string;
  actorUserId: string | null;
  actorEmail: string | null;
  organisationId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  personId: string | null;
  reason: string | null;
  outcome: string;
  /** `details::text` (PostgreSQL's own jsonb text), or null. */
  details: string | null;
}

/**
 * The SHA-256 of an audit row chained to the previous row's hash — computed here, apart from the
 * database's `audit_event_hash`, so a verifier does not trust a function an intruder could replace.
 * It must give exactly what the migration's SQL gives (a test compares them).
 */
export function auditRowHash(row: Omit<SealedAuditRow, "id" | "hash">): string {
  const line = [
    row.prevHash ?? "",
    String(row.seq),
    row.at,
    row.actorUserId ?? "",
    row.actorEmail ?? "",
    row.organisationId ?? "",
    row.action,
    row.resourceType,
    row.resourceId ?? "",
    row.personId ?? "",
    row.reason ?? "",
    row.outcome,
    row.details ?? "",
  ].join("|");
  return createHash("sha256").update(line, "utf8").digest("hex");
}
