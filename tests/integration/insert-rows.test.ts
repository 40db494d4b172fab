// insertRows writes what Drizzle's insert writes: every column type the logbook uses, defaults, nulls and awkward text.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { insertRows } from "~/.server/db/insert-rows";
import { activities, auditEvents, events } from "~/.server/db/schema";
import { setUpLogbookPlan } from "../support/logbook-setup";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

describe(`inserting many rows as one JSON parameter on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  let s: Awaited<ReturnType<typeof setUpLogbookPlan>>;
  beforeAll(async () => {
    h = await createTestDatabase();
    s = await setUpLogbookPlan(h.db);
  }, 120_000);
  afterAll(async () => h.close());

  it("writes the same rows as Drizzle's insert, rows of different shapes included", async () => {
    const [activity] = await h.db.select().from(activities).where(eq(activities.planId, s.planId)).limit(1);
    const base = { organisationId: s.org, planId: s.planId, activityId: activity.id, type: "arrangement" };
    const rows = [
      { ...base, id: randomUUID(), date: "2015-06-01", title: 'Sommer "fest" \\ Ærø\n\ttab', headcount: 12 },
      { ...base, id: randomUUID(), date: "2015-06-02", breakdown: { children: 8, adults: 5 }, startTime: "15:00" },
      { ...base, id: randomUUID(), date: "2015-06-03", title: null, place: "Beboerhuset 🏠" },
    ];
    const twins = rows.map((r) => ({ ...r, id: randomUUID() }));
    await insertRows(h.db, events, rows);
    await h.db.insert(events).values(twins);
    const read = async (ids: string[]) => {
      const got = await h.db.select().from(events).where(eq(events.planId, s.planId));
      return ids.map((id) => {
        const { id: _, createdAt, updatedAt, ...rest } = got.find((e) => e.id === id) ?? ({} as never);
        expect(createdAt).toBeInstanceOf(Date);
        return rest;
      });
    };
    expect(await read(rows.map((r) => r.id))).toEqual(await read(twins.map((r) => r.id)));
    const [second] = await read([rows[1].id]);
    expect(second.breakdown).toEqual({ children: 8, adults: 5 });
    expect((await read([rows[0].id]))[0].breakdown).toEqual({});
  });

  it("gives the audit log's rows their numbers in the order they were given", async () => {
    const before = await h.db.select({ id: auditEvents.id }).from(auditEvents);
    await insertRows(
      h.db,
      auditEvents,
      Array.from({ length: 3 }, (_, i) => ({
        action: "logbook.write",
        resourceType: "event",
        actorEmail: "system:test",
        organisationId: s.org,
        outcome: "allowed" as const,
        details: { n: i },
      })),
    );
    const after = await h.db.select().from(auditEvents);
    const added = after.filter((a) => !before.some((b) => b.id === a.id));
    added.sort((a, b) => Number(a.id) - Number(b.id));
    expect(added.map((a) => (a.details as { n: number }).n)).toEqual([0, 1, 2]);
  });
});
