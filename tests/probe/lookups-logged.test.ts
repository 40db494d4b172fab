// Probe (issue 11, Datatilsynet's logging expectations): searches in person data are logged with
// their criteria, exports too, and a person's access log gives the dates and purposes of look-ups.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { auditEvents } from "~/.server/db/schema";
import { createParticipant } from "~/.server/domain/logbook/create-participant";
import { findParticipants } from "~/.server/domain/logbook/find-participants";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { logbookExport } from "~/.server/domain/logbook-excel/logbook-excel";
import { exportPerson } from "~/.server/domain/persons/export-person";
import { setUpLogbookPlan } from "../support/logbook-setup";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

describe(`probe: look-ups are logged on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  let s: Awaited<ReturnType<typeof setUpLogbookPlan>>;
  let personId = "";
  const ctx = (actor = s.manager) => openLogbook(h.db, actor, "logbog-test", "plan.read");
  beforeAll(async () => {
    h = await createTestDatabase();
    s = await setUpLogbookPlan(h.db);
    const made = await createParticipant(h.db, s.cipher, await ctx(), {
      activityKey: "lektiecafe",
      participant: { initials: "LK", birthYear: 2009 },
    });
    personId = "created" in made ? made.created.id : "";
  });
  afterAll(async () => h.close());

  it("logs a search with its criteria, on the search and on each person found", async () => {
    const found = await findParticipants(h.db, await ctx(s.lektieStaff), { text: "LK", birthYear: 2009 });
    expect(found.map((p) => p.id)).toEqual([personId]);
    const rows = await h.db.select().from(auditEvents).where(eq(auditEvents.action, "person.search"));
    expect(rows.find((r) => r.resourceType === "plan")?.details).toEqual({
      criteria: { text: "LK", birthYear: 2009, department: null },
      results: 1,
    });
    expect(rows.find((r) => r.personId === personId)?.actorEmail).toBe("lektie@test.dk");
  });

  it("logs exports of the logbook and of a person", async () => {
    await logbookExport(h.db, await ctx());
    await exportPerson(h.db, s.cipher, await ctx(), personId);
    for (const action of ["logbook.export", "person.export"]) {
      const [row] = await h.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, action)));
      expect(row, action).toBeDefined();
    }
  });

  it("gives the person the dates and purposes of every look-up in their export", async () => {
    const x = await exportPerson(h.db, s.cipher, await ctx(), personId);
    const search = x.accessLog.find((a) => a.action === "person.search");
    expect(search?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(search?.purpose).toContain("Søgning");
    expect(x.accessLog.every((a) => a.at && a.purpose)).toBe(true);
  });
});
