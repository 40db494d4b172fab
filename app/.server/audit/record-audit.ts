import type { Actor } from "../auth/policy";
import type { Database } from "../db/client";
import { auditEvents } from "../db/schema";

/** One line in the audit log. Never put names or other identifiers in `details`. */
export interface AuditEntry {
  action: string;
  resourceType: string;
  resourceId?: string;
  organisationId?: string;
  personId?: string;
  reason?: string;
  outcome: "allowed" | "denied";
  details?: Record<string, unknown>;
}

/**
 * Appends an entry (or several, in one statement) to the audit log (the database chains and
 * protects it). Pass the transaction when the audited write happens in one, so both commit or
 * neither does.
 * @example await recordAudit(db, actor, { action: "person.read", resourceType: "person", personId, outcome: "allowed" })
 */
export async function recordAudit(db: Database, actor: Actor, entry: AuditEntry | AuditEntry[]): Promise<void> {
  const entries = Array.isArray(entry) ? entry : [entry];
  if (entries.length === 0) return;
  const by = {
    actorUserId: actor.kind === "user" ? actor.userId : null,
    actorEmail: actor.kind === "user" ? actor.email : `system:${actor.reason}`,
  };
  await db.insert(auditEvents).values(entries.map((e) => ({ ...by, ...e })));
}
