// Issue 12: an edit never overwrites silently. Two people (or a phone's outbox and a colleague)
// edit the same logbook entry from the same version: the first is saved, the second is refused
// as a conflict and changes nothing, until it is sent again on top of the stored version.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { events, recordHistory } from "~/.server/db/schema";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { correctRecord, createRecord, EditConflict } from "~/.server/domain/logbook/write-record";
import { setUpLogbookPlan } from "../support/logbook-setup";
import { tableCounts } from "../support/table-counts";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

describe(`edits from the same version on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  let s: Awaited<ReturnType<typeof setUpLogbookPlan>>;
  beforeAll(async () => {
    h = await createTestDatabase();
    s = await setUpLogbookPlan(h.db);
  });
  afterAll(async () => h.close());

  const eventInput = (place: string) => ({
    activityKey: "lektiecafe",
    type: "lektiecafe",
    date: "2014-03-04",
    place,
    breakdown: {},
    headcount: 9,
  });

  it("saves the first, refuses the second with the stored version, and changes nothing", async () => {
    const manager = await openLogbook(h.db, s.manager, "logbog-test", "plan.read");
    const staff = await openLogbook(h.db, s.lektieStaff, "logbog-test", "plan.read");
    const { id } = await createRecord(h.db, s.cipher, manager, "event", eventInput("Klubhuset"));
    const [created] = await h.db.select().from(events).where(eq(events.id, id));
    expect(created.version).toBe(1);

    // Both opened the form at version 1; the manager saves first.
    await correctRecord(h.db, s.cipher, manager, "event", id, eventInput("Beboerhuset"), 1);
    const [first] = await h.db.select().from(events).where(eq(events.id, id));
    expect(first).toMatchObject({ place: "Beboerhuset", version: 2 });

    const before = await tableCounts(h.db);
    const history = await h.db.select().from(recordHistory);
    const refused = await correctRecord(h.db, s.cipher, staff, "event", id, eventInput("Kælderen"), 1).then(
      () => undefined,
      (e) => e,
    );
    expect(refused).toBeInstanceOf(EditConflict);
    expect(refused).toMatchObject({ code: "conflict", storedVersion: 2 });
    const [after] = await h.db.select().from(events).where(eq(events.id, id));
    expect(after).toEqual(first);
    expect(await tableCounts(h.db)).toEqual(before);
    expect(await h.db.select().from(recordHistory)).toEqual(history);

    // "Behold min": sent again on top of the stored version, it is saved.
    await correctRecord(h.db, s.cipher, staff, "event", id, eventInput("Kælderen"), 2);
    const [kept] = await h.db.select().from(events).where(eq(events.id, id));
    expect(kept).toMatchObject({ place: "Kælderen", version: 3 });
  });

  it("lets only one of two edits sent at the same moment from the same version through", async () => {
    const manager = await openLogbook(h.db, s.manager, "logbog-test", "plan.read");
    const { id } = await createRecord(h.db, s.cipher, manager, "event", eventInput("Klubhuset"));
    const outcomes = await Promise.allSettled(
      ["Salen", "Gården"].map((place) => correctRecord(h.db, s.cipher, manager, "event", id, eventInput(place), 1)),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refusal = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(refusal.reason).toBeInstanceOf(EditConflict);
    const [row] = await h.db.select().from(events).where(eq(events.id, id));
    expect(row.version).toBe(2);
    expect(["Salen", "Gården"]).toContain(row.place);
  });
});
