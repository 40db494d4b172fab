import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * The audit log: every write and every read of a person's record. Append-only — a trigger in
 * the migration refuses UPDATE, DELETE and TRUNCATE — and hash-chained: each row's hash covers
 * the previous row's hash, so a removed or changed row breaks the chain (verifyAuditChain).
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
    /** Position in the hash chain, set by the insert trigger under a lock. */
    seq: bigint({ mode: "number" }).unique(),
    prevHash: text(),
    hash: text(),
  },
  (t) => [index("audit_events_person_idx").on(t.personId), index("audit_events_org_idx").on(t.organisationId, t.at)],
);
