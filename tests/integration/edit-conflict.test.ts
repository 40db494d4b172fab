// Issue 12: an edit never overwrites silently. Two people (or a phone's outbox and a colleague)
// edit the same logbook entry from the same version: the first is saved, the second is refused
// as a conflict and changes nothing, until it is sent again on top of the stored version.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "~/.server/auth/sessions";
import type { DatabaseHandle } from "~/.server/db/client";
import { events, recordHistory } from "~/.server/db/schema";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { correctRecord, createRecord, EditConflict } from "~/.server/domain/logbook/write-record";
import { serveAfterSetUp } from "../support/http-server";
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

describe(`an edit from an older version over HTTP, as the phone's outbox sends it, on ${testDatabaseKind}`, () => {
  let served: Awaited<ReturnType<typeof serveAfterSetUp>>;
  let app: Awaited<ReturnType<typeof serveAfterSetUp>>["app"];
  let eventId = "";
  let token = "";
  beforeAll(async () => {
    served = await serveAfterSetUp(async (h) => {
      const s = await setUpLogbookPlan(h.db);
      const ctx = await openLogbook(h.db, s.manager, "logbog-test", "plan.read");
      const fields = { activityKey: "lektiecafe", type: "lektiecafe", date: "2014-03-04", breakdown: {} };
      eventId = (await createRecord(h.db, s.cipher, ctx, "event", { ...fields, place: "Klubhuset" })).id;
      await correctRecord(h.db, s.cipher, ctx, "event", eventId, { ...fields, place: "Salen" }, 1);
      const session = { userId: s.lektieStaff.userId, method: "password" as const, secondFactorDone: true };
      token = await createSession(h.db, { idleMinutes: 30, maxHours: 12 }, session);
    });
    app = served.app;
  }, 180_000);
  afterAll(async () => served?.stop());

  const send = (version: number, key: string) => {
    const a = app.auth(token);
    const body = new URLSearchParams({ _csrf: a.csrf, intent: "details", version: String(version) });
    for (const [k, v] of Object.entries({ type: "lektiecafe", date: "2014-03-04", place: "Kælderen" })) body.set(k, v);
    return fetch(`${app.base}/log/logbog-test/arrangement/${eventId}`, {
      method: "POST",
      body,
      redirect: "manual",
      headers: { Cookie: a.cookie, Origin: a.origin, "Idempotency-Key": key },
    });
  };

  it("answers 409 with both versions, changes nothing, judges a repeat again, and saves on the newer version", async () => {
    const key = randomUUID();
    for (const attempt of [1, 2]) {
      const refused = await send(1, key);
      expect(refused.status, `attempt ${attempt}`).toBe(409);
      expect(refused.headers.get("helhed-conflict")).toBe("2");
      expect(refused.headers.get("idempotent-replayed")).toBeNull();
      const html = await refused.text();
      expect(html).toContain("En anden har gemt registreringen");
      expect(html).toMatch(/data-version="2"/);
      expect(html).toMatch(/data-field="place"[\s\S]*?Kælderen[\s\S]*?Salen/);
    }
    const saved = await send(2, randomUUID());
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain("Gemt.");
    await app.close();
    const h = await served.database.open();
    const [row] = await h.db.select().from(events).where(eq(events.id, eventId));
    const lines = await h.db.select().from(recordHistory).where(eq(recordHistory.recordId, eventId));
    await h.close();
    expect(row).toMatchObject({ place: "Kælderen", version: 3 });
    // The create, the first correction and the one kept: the refused edits left no line.
    expect(lines.map((l) => l.action)).toEqual(["create", "update", "update"]);
  }, 120_000);
});
