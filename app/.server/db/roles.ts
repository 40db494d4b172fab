import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import type { Database } from "./client";
import { rawRows } from "./raw-rows";

const quote = (role: string) => `"${role.replace(/"/g, '""')}"`;

/**
 * Gives the application's PostgreSQL role what it needs to run and nothing that could undo the
 * audit log's protections: read and write every table but `audit_events`, where it may only read
 * and insert (sealing goes through the owner's `audit_seal()`). Not being the tables' owner, it
 * can neither disable nor drop their triggers; not being a superuser, it cannot set
 * `session_replication_role`. Run by `helhed db migrate` as the owner, after the migrations.
 */
export async function grantApplicationRole(db: Database, role: string): Promise<void> {
  const r = quote(role);
  for (const statement of [
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events FROM ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    `GRANT EXECUTE ON FUNCTION audit_seal(integer) TO ${r}`,
    `GRANT USAGE ON SCHEMA drizzle TO ${r}`,
    `GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO ${r}`,
    // The job queue (pg-boss, installed by the owner before this) in its own schema.
    `GRANT USAGE ON SCHEMA pgboss TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${r}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO ${r}`,
  ])
    await db.execute(sql.raw(statement));
}

/** Whether the connected role could undo the audit log's protections (a superuser, or the table's owner). */
export async function auditLogUnprotected(db: Database): Promise<{ superuser: boolean; owner: boolean }> {
  const [row] = await rawRows<{ superuser: boolean; owner: boolean }>(
    db,
    sql`SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
          pg_has_role(current_user, (SELECT tableowner FROM pg_tables WHERE tablename = 'audit_events' AND schemaname = 'public'), 'USAGE') AS owner`,
  );
  return { superuser: !!row.superuser, owner: !!row.owner };
}

const journal = new URL("../../../drizzle/meta/_journal.json", import.meta.url);

/** Whether every committed migration has been applied (for a server that may not migrate itself). */
export async function schemaIsCurrent(db: Database): Promise<boolean> {
  const entries = (JSON.parse(readFileSync(journal, "utf8")) as { entries: { when: number }[] }).entries;
  const newest = Math.max(...entries.map((e) => e.when));
  try {
    const [row] = await rawRows<{ last: string | null }>(
      db,
      sql`SELECT max(created_at)::text AS last FROM drizzle.__drizzle_migrations`,
    );
    return Number(row.last ?? 0) >= newest;
  } catch {
    return false;
  }
}
