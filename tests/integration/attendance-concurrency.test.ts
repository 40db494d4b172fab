// Issue 12: attendance is taken as changes. 20 sessions tick 10 participants each on one event
// on its attendance screen over real HTTP (the built app under `helhed serve`), at the same time:
// no errors, no lost ticks.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "~/.server/auth/sessions";
import type { DatabaseHandle } from "~/.server/db/client";
import { attendance, recordHistory } from "~/.server/db/schema";
import { changeAttendance } from "~/.server/domain/logbook/change-attendance";
import { createParticipant } from "~/.server/domain/logbook/create-participant";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { createRecord } from "~/.server/domain/logbook/write-record";
import { serverDatabase, startHttpServer } from "../support/http-server";
import { setUpLogbookPlan } from "../support/logbook-setup";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const sessions = 20;
const ticksPerSession = 10;
const rosterSize = 25;

describe(`attendance taken by ${sessions} sessions at once on ${testDatabaseKind}`, () => {
  let database: Awaited<ReturnType<typeof serverDatabase>>;
  let app: Awaited<ReturnType<typeof startHttpServer>>;
  let h: DatabaseHandle;
  let eventId = "";
  const people: string[] = [];
  const tokens: string[] = [];

  beforeAll(async () => {
    database = await serverDatabase();
    h = await database.open();
    const s = await setUpLogbookPlan(h.db);
    const ctx = await openLogbook(h.db, s.manager, "logbog-test", "plan.read");
    for (let i = 0; i < rosterSize; i++) {
      const made = await createParticipant(h.db, s.cipher, ctx, {
        activityKey: "lektiecafe",
        participant: { initials: `K${String.fromCharCode(65 + i)}`, birthYear: 2000 + (i % 10) },
        confirmNew: true,
      });
      if ("created" in made) people.push(made.created.id);
    }
    const event = await createRecord(h.db, s.cipher, ctx, "event", {
      activityKey: "lektiecafe",
      type: "lektiecafe",
      date: "2014-03-04",
    });
    eventId = event.id;
    for (let i = 0; i < sessions; i++)
      tokens.push(
        await createSession(
          h.db,
          { idleMinutes: 30, maxHours: 12 },
          { userId: (i % 2 ? s.manager : s.lektieStaff).userId, method: "password", secondFactorDone: true },
        ),
      );
    await h.close();
    app = await startHttpServer(database.env);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  /** One person on a phone: the roster as first drawn, then ten ticks, one save each. */
  async function takeAttendance(session: number) {
    const a = app.auth(tokens[session]);
    const path = `${app.base}/log/logbog-test/lektiecafe/fremmoede?arrangement=${eventId}`;
    const page = await fetch(path, { headers: { Cookie: a.cookie } });
    const seen = [...(await page.text()).matchAll(/name="was" value="([0-9a-f-]{36})"/g)].map((m) => m[1]);
    const mine = new Set(seen);
    const answers: { status: number; saved: boolean }[] = [];
    for (let j = 0; j < ticksPerSession; j++) {
      const who = people[(session * 7 + j * 3) % rosterSize];
      const body = new URLSearchParams({ _csrf: a.csrf, intent: "save", eventId });
      for (const id of mine) body.append("was", id);
      for (const id of mine) body.append("present", id);
      body.append("present", who);
      const res = await fetch(path, {
        method: "POST",
        body,
        headers: { Cookie: a.cookie, Origin: a.origin, "Content-Type": "application/x-www-form-urlencoded" },
      });
      answers.push({ status: res.status, saved: (await res.text()).includes("Fremmødet er gemt") });
      mine.add(who);
    }
    return { answers, ticked: mine };
  }

  it("answers every save, loses no tick and counts each person once", async () => {
    const results = await Promise.all(Array.from({ length: sessions }, (_, i) => takeAttendance(i)));
    const answers = results.flatMap((r) => r.answers);
    expect(answers).toHaveLength(sessions * ticksPerSession);
    expect(answers.filter((a) => a.status !== 200 || !a.saved)).toEqual([]);
    const ticked = new Set(results.flatMap((r) => [...r.ticked]));
    await app.close();
    h = await database.open();
    const rows = await h.db.select().from(attendance).where(eq(attendance.eventId, eventId));
    const history = await h.db
      .select()
      .from(recordHistory)
      .where(and(eq(recordHistory.recordType, "event"), eq(recordHistory.recordId, eventId)));
    await h.close();
    expect(ticked.size).toBe(rosterSize);
    expect(new Set(rows.map((r) => r.participantId))).toEqual(ticked);
    expect(rows).toHaveLength(rosterSize);
    // One history line per tick that changed something: the create, then exactly 25 additions.
    const additions = history.filter((l) => l.action === "update");
    expect(additions).toHaveLength(rosterSize);
    // 200 saves over HTTP: minutes on a busy 2-core machine; what is asserted is that none is lost.
  }, 300_000);
});

describe(`a tick and an untick on ${testDatabaseKind}`, () => {
  it("are idempotent: sent twice, they change nothing the second time", async () => {
    const h = await createTestDatabase();
    try {
      const s = await setUpLogbookPlan(h.db);
      const ctx = await openLogbook(h.db, s.lektieStaff, "logbog-test", "plan.read");
      const made = await createParticipant(h.db, s.cipher, ctx, {
        activityKey: "lektiecafe",
        participant: { initials: "ID", birthYear: 2004 },
      });
      const who = "created" in made ? made.created.id : "";
      const event = await createRecord(h.db, s.cipher, ctx, "event", {
        activityKey: "lektiecafe",
        type: "lektiecafe",
        date: "2014-03-05",
      });
      const tick = { tick: [who], untick: [] };
      expect(await changeAttendance(h.db, ctx, event.id, tick)).toEqual({ added: 1, removed: 0, total: 1 });
      expect(await changeAttendance(h.db, ctx, event.id, tick)).toEqual({ added: 0, removed: 0, total: 1 });
      const untick = { tick: [], untick: [who] };
      expect(await changeAttendance(h.db, ctx, event.id, untick)).toEqual({ added: 0, removed: 1, total: 0 });
      expect(await changeAttendance(h.db, ctx, event.id, untick)).toEqual({ added: 0, removed: 0, total: 0 });
      const lines = await h.db.select().from(recordHistory).where(eq(recordHistory.recordId, event.id));
      expect(lines.map((l) => l.action)).toEqual(["create", "update", "update"]);
    } finally {
      await h.close();
    }
  });
});
