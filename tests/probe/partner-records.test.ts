// Probe (issue 11, finding 2): a partner sees only what was recorded in the activities it is
// responsible for — never a whole person record, never an erased person, never a record it
// reaches by naming another activity or pulling a person into its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { addToRoster, setAttendance } from "~/.server/domain/logbook/attendance";
import { createParticipant } from "~/.server/domain/logbook/create-participant";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { openParticipant, revealSensitive } from "~/.server/domain/logbook/open-participant";
import { correctRecord, createRecord } from "~/.server/domain/logbook/write-record";
import { erasePerson } from "~/.server/domain/persons/erase-person";
import { setUpLogbookPlan } from "../support/logbook-setup";
import { addPartnerStaff } from "../support/partner-setup";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

describe(`probe: partner records on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  let s: Awaited<ReturnType<typeof setUpLogbookPlan>>;
  let partner: Awaited<ReturnType<typeof addPartnerStaff>>;
  const ids = { both: "", jobOnly: "", erased: "", festEvent: "", lektieEvent: "" };
  const ctx = (actor: typeof partner) => openLogbook(h.db, actor, "logbog-test", "plan.read");
  const person = async (activityKey: string, initials: string, extra = {}) => {
    const made = await createParticipant(h.db, s.cipher, await ctx(s.manager), {
      activityKey,
      participant: { initials, birthYear: 1980, ...extra },
      confirmNew: true,
    });
    return "created" in made ? made.created.id : "";
  };

  beforeAll(async () => {
    h = await createTestDatabase();
    s = await setUpLogbookPlan(h.db);
    partner = await addPartnerStaff(h.db, s.planId);
    const m = await ctx(s.manager);
    // Registered in the job activity (by the housing association), later also in the lektiecafé.
    ids.both = await person("jobforloeb", "AB", {
      name: "Aida Berg",
      consent: { givenBy: "participant", purposes: ["kontakt"], givenOn: "2014-01-10" },
      sensitive: { addiction: "misbrug" },
      notes: "Henvist til misbrugscenter",
    });
    ids.jobOnly = await person("jobforloeb", "JO");
    ids.erased = await person("lektiecafe", "ER");
    ids.lektieEvent = (
      await createRecord(h.db, s.cipher, m, "event", {
        activityKey: "lektiecafe",
        type: "lektiecafe",
        date: "2014-03-03",
      })
    ).id;
    ids.festEvent = (
      await createRecord(h.db, s.cipher, m, "event", {
        activityKey: "fest",
        type: "arrangement",
        date: "2014-06-21",
        headcount: 80,
      })
    ).id;
    await setAttendance(h.db, m, ids.lektieEvent, [ids.both, ids.erased]);
    await createRecord(h.db, s.cipher, m, "course", {
      activityKey: "jobforloeb",
      courseType: "job",
      participantId: ids.both,
      startDate: "2014-02-01",
    });
    await createRecord(h.db, s.cipher, m, "contact", {
      activityKey: "jobforloeb",
      participantId: ids.both,
      date: "2014-02-03",
      topic: "oekonomi",
      notes: "Gæld",
    });
    await createRecord(h.db, s.cipher, m, "referral", {
      activityKey: "jobforloeb",
      participantId: ids.both,
      date: "2014-02-04",
      receivingBody: "jobcenter",
    });
    await erasePerson(h.db, m, ids.erased);
  });
  afterAll(async () => h.close());

  it("shows the partner only its own activities' records of a person, and none of the person's details", async () => {
    const opened = await openParticipant(h.db, s.cipher, await ctx(partner), ids.both);
    if (opened.needsReason) throw new Error("partneren blev bedt om en begrundelse");
    const r = opened.record;
    expect(r.activities.map((a) => a.key)).toEqual(["lektiecafe"]);
    expect(r.attendance.count).toBe(1);
    expect([r.courses, r.contacts, r.referrals, r.assessments, r.volunteerHours].map((l) => l.length)).toEqual([
      0, 0, 0, 0, 0,
    ]);
    expect({ name: r.name, hasSensitive: r.hasSensitive }).toEqual({ name: null, hasSensitive: false });
    expect(JSON.stringify(r.history)).not.toContain("jobforloeb");
    await expect(revealSensitive(h.db, s.cipher, await ctx(partner), ids.both)).rejects.toMatchObject({
      code: "forbidden",
    });
    // The plan's own manager still sees the whole record.
    const whole = await openParticipant(h.db, s.cipher, await ctx(s.manager), ids.both);
    expect(whole.needsReason ? [] : whole.record.courses).toHaveLength(1);
  });

  it("opens no record outside the partner's activities, and no erased person's", async () => {
    await expect(openParticipant(h.db, s.cipher, await ctx(partner), ids.jobOnly)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(openParticipant(h.db, s.cipher, await ctx(s.manager), ids.erased)).rejects.toMatchObject({
      code: "not-found",
    });
  });

  it("checks rights on the stored entry, not on the activity the input names", async () => {
    const p = await ctx(partner);
    await expect(
      correctRecord(h.db, s.cipher, p, "event", ids.festEvent, {
        activityKey: "lektiecafe",
        type: "lektiecafe",
        date: "2014-06-21",
        headcount: 1,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("cannot pull a person it may not see into its own activity to open the record", async () => {
    const p = await ctx(partner);
    await expect(addToRoster(h.db, p, "lektiecafe", [ids.jobOnly])).rejects.toMatchObject({
      code: "invalid-attendance",
    });
    await expect(setAttendance(h.db, p, ids.lektieEvent, [ids.both, ids.jobOnly])).rejects.toMatchObject({
      code: "invalid-attendance",
    });
    await expect(
      createRecord(h.db, s.cipher, p, "contact", {
        activityKey: "lektiecafe",
        participantId: ids.jobOnly,
        date: "2014-03-04",
      }),
    ).rejects.toMatchObject({ code: "invalid-record" });
    await expect(openParticipant(h.db, s.cipher, p, ids.jobOnly)).rejects.toMatchObject({ code: "forbidden" });
  });
});
