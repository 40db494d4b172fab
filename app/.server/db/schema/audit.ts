import { sql } from "drizzle-orm";
import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * The audit log: every write and every read of a person's record. Append-only — a trigger in
 * the migration refuses DELETE, TRUNCATE and every UPDATE but sealing — and hash-chained: a
 * row is inserted unsealed (no lock, no read of other rows) and the sealer (`audit_seal()`,
 * run every few seconds) gives it its place in the chain; each sealed row's hash covers the
 * previous one's, so a removed or changed row breaks the chain (verifyAuditChain).
 * See docs/decisions/011-audit-log-sealing.md.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid(),
    actorEmail: text(),
    organisationId: uuid(),
    action: text().notNull(),
    resourceType: text().notNull(),
    resourceId: text(),
    /** The person whose data was read or written, for the person-level access report. */
    personId: uuid(),
    reason: text(),
    outcome: text({ enum: ["allowed", "denied"] }).notNull(),
    details: jsonb().$type<Record<string, unknown>>(),
    /** Position in the hash chain, set by the sealer (null until sealed). */
    seq: bigint({ mode: "number" }).unique(),
    prevHash: text(),
    hash: text(),
  },
  (t) => [
    index("audit_events_person_idx").on(t.personId),
    index("audit_events_org_idx").on(t.organisationId, t.at),
    // The sealer finds what it has left to do without reading the sealed rows.
    index("audit_events_unsealed_idx").on(t.id).where(sql`seq IS NULL`),
  ],
);
