import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { rawRows } from "~/.server/db/raw-rows";
import { personExportCoverage } from "~/.server/domain/persons/export-person";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

/** The tables whose rows are about one person: the person, their household, and their courses and contacts. */
const personTables = ["participants", "households", "courses", "contacts"];

describe(`the person export (GDPR art. 15) against the schema on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDatabase();
  });
  afterAll(async () => h.close());

  it("covers every column in the database that refers to a person, their household or their entries", async () => {
    const foreignKeys = await rawRows<{ t: string; c: string }>(
      h.db,
      sql`SELECT kcu.table_name AS t, kcu.column_name AS c
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu
              ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
            JOIN information_schema.constraint_column_usage ccu
              ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
           WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'
             AND ccu.table_name IN (${sql.join(
               personTables.map((t) => sql`${t}`),
               sql`, `,
             )})`,
    );
    // Columns naming a person without a foreign key (the audit log, the change history).
    const named = await rawRows<{ t: string; c: string }>(
      h.db,
      sql`SELECT table_name AS t, column_name AS c FROM information_schema.columns
           WHERE table_schema = 'public' AND column_name IN ('person_id', 'participant_id', 'mentor_participant_id', 'household_id', 'record_id')`,
    );
    const found = [...new Set([...foreignKeys, ...named].map((r) => `${r.t}.${r.c}`))].sort();
    expect(found).toEqual(Object.keys(personExportCoverage).sort());
  });
});
