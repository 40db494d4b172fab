// Input a worker gives the logbook that must not be misread or dropped: an empty count is not 0, a
// number that cannot be right is refused with words that say what to do, hours belong to a week of
// the plan, and a contact's referral is saved with it or not at all.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Actor } from "~/.server/auth/policy";
import type { DatabaseHandle } from "~/.server/db/client";
import { contacts, events, referrals, staffHours } from "~/.server/db/schema";
import { activityLog } from "~/.server/domain/logbook/activity-log";
import { logContact } from "~/.server/domain/logbook/log-contact";
import { logStaffHours } from "~/.server/domain/logbook/log-staff-hours";
import { createRecord } from "~/.server/domain/logbook/write-record";
import { type LogbookPlan, openTestLogbook, withLogbookPlan } from "../support/logbook-suite";
import { problemsOf } from "../support/problems-of";
import { testDatabaseKind } from "../support/test-database";

describe(`what a worker types into the logbook, on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  let s: LogbookPlan;
  withLogbookPlan((opened, plan) => {
    [h, s] = [opened, plan];
  });
  const ctxFor = (actor: Actor) => openTestLogbook(h, actor);

  it("keeps an empty count empty (not 0), and refuses a decimal, an absurd or a reversed time with words that say what to do", async () => {
    const ctx = await ctxFor(s.manager);
    const before = await h.db.select().from(events);
    const empty = await createRecord(h.db, s.cipher, ctx, "event", {
      activityKey: "fest",
      type: "arrangement",
      date: "2014-06-22",
      headcount: "",
      breakdown: { children: "", adults: "", residents: "" },
    });
    const [row] = await h.db.select().from(events).where(eq(events.id, empty.id));
    // Nothing counted: attendance unknown, and no "0 residents" a residents' figure would read.
    expect(row).toMatchObject({ headcount: null, breakdown: {} });
    const split = await createRecord(h.db, s.cipher, ctx, "event", {
      activityKey: "fest",
      type: "arrangement",
      date: "2014-06-22",
      headcount: "30",
      breakdown: { residents: "20", nonResidents: "" },
    });
    const [kept] = await h.db.select().from(events).where(eq(events.id, split.id));
    expect(kept.breakdown).toEqual({ residents: 20 });
    const bad = async (fields: Record<string, unknown>) =>
      problemsOf(
        createRecord(h.db, s.cipher, ctx, "event", {
          activityKey: "fest",
          type: "arrangement",
          date: "2014-06-22",
          ...fields,
        }),
      );
    expect((await bad({ headcount: "99999999999" })).headcount).toBe("Skriv et realistisk antal: højst 100.000.");
    expect((await bad({ headcount: "2.5" })).headcount).toBe("Skriv et helt tal.");
    expect((await bad({ headcount: "mange" })).headcount).toBe("Skriv et helt tal.");
    expect((await bad({ headcount: "20", breakdown: { children: "1000000" } }))["breakdown.children"]).toBe(
      "Skriv et realistisk antal: højst 100.000.",
    );
    expect((await bad({ startTime: "18:00", endTime: "16:00" })).endTime).toMatch(/efter starttidspunktet/);
    expect((await bad({ startTime: "18.00", endTime: "18:00" })).endTime).toMatch(/efter starttidspunktet/);
    // A night walk past midnight is a real event.
    await createRecord(h.db, s.cipher, ctx, "event", {
      activityKey: "fest",
      type: "arrangement",
      date: "2014-06-22",
      startTime: "22:00",
      endTime: "02:00",
    });
    // Refused input changed nothing.
    expect(await h.db.select().from(events)).toHaveLength(before.length + 3);
  });

  it("logs staff hours for a week of the plan, and refuses a week wholly outside it, storing nothing", async () => {
    const ctx = await ctxFor(s.lektieStaff);
    const rows = () => h.db.select().from(staffHours).where(eq(staffHours.planId, s.planId));
    const before = (await rows()).length;
    // 1 January 2014 is a Wednesday: its week starts in 2013 but has days in the plan.
    const first = await logStaffHours(h.db, ctx, { activityKey: "lektiecafe", week: "2014-01-01", hours: "7,5" });
    expect(first.week).toBe("2013-12-30");
    for (const week of ["2035-01-01", "2013-12-29", "2017-01-02"]) {
      const problems = await problemsOf(logStaffHours(h.db, ctx, { activityKey: "lektiecafe", week, hours: "5" }));
      expect(problems.week, week).toBe("Datoen skal ligge i planens periode (1. januar 2014 – 31. december 2016).");
    }
    expect(await rows()).toHaveLength(before + 1);
  });

  it("logs a contact with its referral together, and never drops a referral's result written without the box ticked", async () => {
    const ctx = await ctxFor(s.manager);
    const counts = async () => ({
      contacts: (await h.db.select().from(contacts).where(eq(contacts.planId, s.planId))).length,
      referrals: (await h.db.select().from(referrals).where(eq(referrals.planId, s.planId))).length,
    });
    const before = await counts();
    const base = { activityKey: "jobforloeb", participantId: "", date: "2014-04-02", topic: "oekonomi" };
    const problems = await problemsOf(
      logContact(h.db, s.cipher, ctx, { ...base, referred: false, receivingBody: "jobcenter", result: "Fik job" }),
    );
    expect(problems.result).toBe(
      "Du har skrevet et resultat af en henvisning: sæt hak i «Henvist videre», eller slet resultatet.",
    );
    expect(await counts()).toEqual(before);
    await logContact(h.db, s.cipher, ctx, { ...base, referred: true, receivingBody: "jobcenter", result: "Fik job" });
    await logContact(h.db, s.cipher, ctx, { ...base, referred: false, receivingBody: "jobcenter", result: " " });
    expect(await counts()).toEqual({ contacts: before.contacts + 2, referrals: before.referrals + 1 });
    // The activity's page lists them, newest first, by the topic's name: the worker sees what was saved.
    const page = await activityLog(h.db, ctx, "jobforloeb", "2014-04-05");
    expect(page.contacts.filter((c) => c.date === "2014-04-02").map((c) => c.topic)).toEqual(["Økonomi", "Økonomi"]);
    // A referral refused (a body not in the plan) takes its contact with it: both or neither.
    await problemsOf(
      logContact(h.db, s.cipher, ctx, { ...base, referred: true, receivingBody: "kommunen", result: "" }),
    );
    expect(await counts()).toEqual({ contacts: before.contacts + 2, referrals: before.referrals + 1 });
  });
});
