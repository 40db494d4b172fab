import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { criteria, criterionTargets, logbookRevisions } from "~/.server/db/schema";
import { liveFacts } from "~/.server/domain/attainment/live-logbook";
import { planAttainment } from "~/.server/domain/attainment/plan-attainment";
import { setAttendance } from "~/.server/domain/logbook/attendance";
import { createParticipant } from "~/.server/domain/logbook/create-participant";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { createRecord, removeRecord } from "~/.server/domain/logbook/write-record";
import { setUpLogbookPlan } from "../support/logbook-setup";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

describe(`live målopfyldelse on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  let s: Awaited<ReturnType<typeof setUpLogbookPlan>>;
  const figure = async () => {
    const a = await planAttainment(h.db, s.manager, "logbog-test", "2014", "2016-12-31");
    return a.rows.find((r) => r.key === "lektie-brugere");
  };
  const revision = async () =>
    (await h.db.select().from(logbookRevisions).where(eq(logbookRevisions.planId, s.planId)))[0]?.revision ?? 0;

  beforeAll(async () => {
    h = await createTestDatabase();
    s = await setUpLogbookPlan(h.db);
  });
  afterAll(async () => h.close());

  it("follows every registration at once: the database raises the revision in the same transaction", async () => {
    expect((await figure())?.actual).toBe(0);
    const ctx = await openLogbook(h.db, s.manager, "logbog-test", "plan.read");
    const people: string[] = [];
    for (const [initials, birthYear] of [
      ["AA", 2005],
      ["BB", 2006],
      ["CC", 2007],
    ] as const) {
      const made = await createParticipant(h.db, s.cipher, ctx, {
        activityKey: "lektiecafe",
        participant: { initials, birthYear },
      });
      if ("created" in made) people.push(made.created.id);
    }
    const before = await revision();
    // The same three children at ten sessions count three times over ten events, but as three distinct participants.
    let lastEvent = "";
    for (let i = 1; i <= 10; i++) {
      const event = await createRecord(h.db, s.cipher, ctx, "event", {
        activityKey: "lektiecafe",
        type: "lektiecafe",
        date: `2014-03-${String(i).padStart(2, "0")}`,
      });
      await setAttendance(h.db, ctx, event.id, people);
      lastEvent = event.id;
    }
    expect(await revision()).toBeGreaterThan(before);
    const after = await figure();
    expect(after?.actual).toBe(3);
    expect(after?.target).toBe(40);
    // 2014 is over (judged on 31 December 2016): 3 of 40 is not met.
    expect(after?.status).toBe("ikke-opfyldt");

    // A removed event counts nowhere, at once.
    await removeRecord(h.db, ctx, "event", lastEvent);
    expect((await figure())?.counted.events).toHaveLength(9);
  });

  it("shows a changed target at once, with no registration in between", async () => {
    expect((await figure())?.target).toBe(40);
    // An approved version, the plan editor and an import all end in changed plan rows; the
    // database raises the plan's content revision, not the logbook's.
    const [c] = await h.db.select().from(criteria).where(eq(criteria.key, "lektie-brugere"));
    await h.db
      .update(criterionTargets)
      .set({ value: 3 })
      .where(and(eq(criterionTargets.criterionId, c.id), eq(criterionTargets.period, "2014")));
    const after = await figure();
    expect(after?.target).toBe(3);
    expect(after?.status).toBe("opfyldt");
    await h.db
      .update(criterionTargets)
      .set({ value: 40 })
      .where(and(eq(criterionTargets.criterionId, c.id), eq(criterionTargets.period, "2014")));
    expect((await figure())?.target).toBe(40);
  });

  it("answers from memory while nothing changed: the same facts and the same computed rows, nothing read again", async () => {
    const first = await planAttainment(h.db, s.manager, "logbog-test", "2014", "2016-12-31");
    const entry = await liveFacts(h.db, s.planId);
    const again = await planAttainment(h.db, s.manager, "logbog-test", "2014", "2016-12-31");
    // The very objects kept for the revision: no logbook read, no computation, no rows made anew.
    expect(await liveFacts(h.db, s.planId)).toBe(entry);
    expect(again.computed[0]).toBe(first.computed[0]);
    expect(again.rows).toBe(first.rows);
    // A registration moves the revision: then the facts are caught up and the figures computed again.
    const ctx = await openLogbook(h.db, s.manager, "logbog-test", "plan.read");
    await createRecord(h.db, s.cipher, ctx, "event", {
      activityKey: "lektiecafe",
      type: "lektiecafe",
      date: "2014-05-05",
    });
    const after = await planAttainment(h.db, s.manager, "logbog-test", "2014", "2016-12-31");
    expect(await liveFacts(h.db, s.planId)).not.toBe(entry);
    expect(after.computed[0]).not.toBe(first.computed[0]);
  });
});
