// The staff member's start page (/log): the plans they log in, with today's and tomorrow's sessions
// of their own activities. Read in one query per plan where both days fit in it, in two on a very
// full day, with the same lists either way.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { events } from "~/.server/db/schema";
import { logStart } from "~/.server/domain/logbook/log-start";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { setUpLogbookPlan } from "../support/logbook-setup";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

describe(`the log start page (${testDatabaseKind})`, () => {
  let h: DatabaseHandle;
  let s: Awaited<ReturnType<typeof setUpLogbookPlan>>;
  const day = "2014-03-04";
  const next = "2014-03-05";

  beforeAll(async () => {
    h = await createTestDatabase();
    s = await setUpLogbookPlan(h.db);
    // A second plan of another organisation: not on anyone's start page here.
    await importPlan(
      h.db,
      { kind: "system", reason: "test" },
      {
        text: readFileSync(new URL("../fixtures/mini-plan.yaml", import.meta.url), "utf8"),
      },
    );
  });
  afterAll(async () => h?.close());

  const session = async (activityKey: string, date: string, startTime: string) => {
    const ctx = await openLogbook(h.db, s.manager, "logbog-test", "plan.read");
    const activityId = ctx.byKey.get(activityKey)?.id as string;
    await h.db.insert(events).values({
      id: randomUUID(),
      organisationId: s.org,
      planId: s.planId,
      activityId,
      type: activityKey === "lektiecafe" ? "lektiecafe" : "arrangement",
      date,
      startTime,
    });
  };

  it("lists today's and tomorrow's sessions of the staff member's own activities, in time order", async () => {
    await session("lektiecafe", next, "15:00");
    await session("lektiecafe", day, "16:00");
    await session("lektiecafe", day, "14:00");
    await session("jobforloeb", day, "10:00");
    await session("lektiecafe", "2014-03-06", "14:00");
    const start = await logStart(h.db, s.lektieStaff, day);
    expect(start.map((p) => p.slug)).toEqual(["logbog-test"]);
    const [plan] = start;
    expect(plan.title).toBeTruthy();
    expect(plan.activities.map((a) => a.key)).toEqual(["lektiecafe"]);
    expect(plan.today.map((x) => [x.date, x.startTime?.slice(0, 5), x.activityKey])).toEqual([
      [day, "14:00", "lektiecafe"],
      [day, "16:00", "lektiecafe"],
    ]);
    expect(plan.tomorrow.map((x) => [x.date, x.startTime?.slice(0, 5)])).toEqual([[next, "15:00"]]);
    expect(plan.tomorrowDate).toBe(next);
    const job = await logStart(h.db, s.jobStaff, day);
    expect(job[0].today.map((x) => x.activityKey)).toEqual(["jobforloeb"]);
    expect(job[0].tomorrow).toEqual([]);
  });

  it("still lists tomorrow's sessions after a day of more than 50 sessions (50 of each day at most)", async () => {
    for (let i = 0; i < 60; i++)
      await session("lektiecafe", day, `${String(8 + Math.floor(i / 6)).padStart(2, "0")}:${i % 6}0`);
    const [plan] = await logStart(h.db, s.lektieStaff, day);
    expect(plan.today).toHaveLength(50);
    expect(plan.today.every((x) => x.date === day)).toBe(true);
    expect(plan.tomorrow.map((x) => x.date)).toEqual([next]);
    // More than 100 over the two days: read a day at a time, the same 50 first of each.
    for (let i = 0; i < 45; i++)
      await session("lektiecafe", next, `${String(8 + Math.floor(i / 6)).padStart(2, "0")}:${i % 6}5`);
    const [full] = await logStart(h.db, s.lektieStaff, day);
    expect(full.today.map((x) => x.id)).toEqual(plan.today.map((x) => x.id));
    expect(full.tomorrow).toHaveLength(46);
    expect(full.tomorrow.every((x) => x.date === next)).toBe(true);
    const times = full.tomorrow.map((x) => x.startTime ?? "");
    expect(times).toEqual([...times].sort());
  });
});
