import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Actor } from "~/.server/auth/policy";
import type { DatabaseHandle } from "~/.server/db/client";
import { attendance, auditEvents, consents, events, participants, recordHistory } from "~/.server/db/schema";
import { setAttendance } from "~/.server/domain/logbook/attendance";
import { createParticipant } from "~/.server/domain/logbook/create-participant";
import { createSeries } from "~/.server/domain/logbook/create-series";
import { endCourse } from "~/.server/domain/logbook/end-course";
import { findParticipants } from "~/.server/domain/logbook/find-participants";
import { loadLogbookFacts } from "~/.server/domain/logbook/load-facts";
import { openParticipant, revealSensitive } from "~/.server/domain/logbook/open-participant";
import { correctRecord, createRecord, removeRecord } from "~/.server/domain/logbook/write-record";
import { type LogbookPlan, openTestLogbook, withLogbookPlan } from "../support/logbook-suite";
import { problemsOf } from "../support/problems-of";
import { rowsOf, tableCounts } from "../support/table-counts";
import { testDatabaseKind } from "../support/test-database";

describe(`the logbook on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  let s: LogbookPlan;
  withLogbookPlan((opened, plan) => {
    [h, s] = [opened, plan];
  });
  const ctxFor = (actor: Actor) => openTestLogbook(h, actor);

  describe("participants", () => {
    it("are pseudonymous by default and get a code", async () => {
      const ctx = await ctxFor(s.lektieStaff);
      const result = await createParticipant(h.db, s.cipher, ctx, {
        activityKey: "lektiecafe",
        participant: { initials: "ab", birthYear: 2006, departmentNumber: "101-0" },
      });
      expect(result).toMatchObject({ created: { code: "D-0001" } });
      const [row] = await h.db.select().from(participants).where(eq(participants.code, "D-0001"));
      expect(row).toMatchObject({ initials: "AB", birthYear: 2006, nameEnc: null });
    });

    it("need a recorded consent before a name is stored; without it nothing is stored", async () => {
      const ctx = await ctxFor(s.lektieStaff);
      const before = await tableCounts(h.db);
      const problems = await problemsOf(
        createParticipant(h.db, s.cipher, ctx, {
          activityKey: "lektiecafe",
          participant: { initials: "CD", birthYear: 1980, name: "Carl Dam" },
        }),
      );
      expect(problems.consent).toMatch(/samtykke/);
      expect(await tableCounts(h.db)).toEqual(before);
    });

    it("store a name encrypted, with the consent", async () => {
      const ctx = await ctxFor(s.lektieStaff);
      const result = await createParticipant(h.db, s.cipher, ctx, {
        activityKey: "lektiecafe",
        participant: {
          initials: "CD",
          birthYear: 1980,
          name: "Carl Dam",
          consent: { givenBy: "participant", purposes: ["kontakt"], givenOn: "2014-02-01" },
        },
      });
      const id = "created" in result ? result.created.id : "";
      const [row] = await h.db.select().from(participants).where(eq(participants.id, id));
      expect(row.nameEnc).toMatch(/^enc:v1:/);
      expect(row.nameEnc).not.toContain("Carl");
      expect(s.cipher.decrypt(row.nameEnc as string)).toBe("Carl Dam");
      expect(await h.db.select().from(consents).where(eq(consents.participantId, id))).toHaveLength(1);
    });

    it("need a parent's consent for a child under 13", async () => {
      const ctx = await ctxFor(s.lektieStaff);
      const child = {
        initials: "EF",
        birthYear: new Date().getFullYear() - 9,
        name: "Emma",
        consent: { givenBy: "participant" as const, purposes: ["kontakt"], givenOn: "2014-02-01" },
      };
      const problems = await problemsOf(
        createParticipant(h.db, s.cipher, ctx, { activityKey: "lektiecafe", participant: child }),
      );
      expect(problems.consent).toMatch(/forælder/);
      const ok = await createParticipant(h.db, s.cipher, ctx, {
        activityKey: "lektiecafe",
        participant: { ...child, consent: { ...child.consent, givenBy: "parent", giverName: "Mor" } },
      });
      expect("created" in ok).toBe(true);
    });

    it("warn about a likely duplicate instead of creating it, and can be found by initials", async () => {
      const ctx = await ctxFor(s.lektieStaff);
      const again = await createParticipant(h.db, s.cipher, ctx, {
        activityKey: "lektiecafe",
        participant: { initials: "AB", birthYear: 2006 },
      });
      expect(again).toMatchObject({ duplicates: [{ code: "D-0001" }] });
      const found = await findParticipants(h.db, ctx, { text: "ab" });
      expect(found.map((p) => p.code)).toEqual(["D-0001"]);
    });
  });

  describe("events, attendance and series", () => {
    it("log a headcount event with a breakdown, and refuse a breakdown larger than the count", async () => {
      const ctx = await ctxFor(s.manager);
      const ok = await createRecord(h.db, s.cipher, ctx, "event", {
        activityKey: "fest",
        type: "arrangement",
        date: "2014-06-21",
        headcount: "120",
        breakdown: { children: "50", adults: "70" },
      });
      const [row] = await h.db.select().from(events).where(eq(events.id, ok.id));
      expect(row).toMatchObject({ headcount: 120, breakdown: { children: 50, adults: 70 } });
      const problems = await problemsOf(
        createRecord(h.db, s.cipher, ctx, "event", {
          activityKey: "fest",
          type: "arrangement",
          date: "2014-06-21",
          headcount: "10",
          breakdown: { children: "8", adults: "5" },
        }),
      );
      expect(problems["breakdown.children"]).toMatch(/større/);
      const outside = await problemsOf(
        createRecord(h.db, s.cipher, ctx, "event", {
          activityKey: "fest",
          type: "arrangement",
          date: "2019-01-01",
          headcount: "1",
        }),
      );
      expect(outside.date).toMatch(/planens periode/);
    });

    it("create a series at once and tick named attendance; a participant counts once however often they come", async () => {
      const ctx = await ctxFor(s.lektieStaff);
      const { sessions } = await createSeries(h.db, ctx, {
        activityKey: "lektiecafe",
        type: "lektiecafe",
        weekdays: [1, 3, 4],
        fromDate: "2014-03-03",
        toDate: "2014-03-30",
        startTime: "15:00",
      });
      expect(sessions).toBe(12);
      const [ab] = await h.db.select().from(participants).where(eq(participants.code, "D-0001"));
      const series = await h.db
        .select()
        .from(events)
        .where(and(eq(events.type, "lektiecafe"), eq(events.planId, s.planId)));
      for (const e of series.slice(0, 10)) await setAttendance(h.db, ctx, e.id, [ab.id]);
      const facts = await loadLogbookFacts(h.db, s.planId);
      const attended = facts.events.filter((e) => e.attendees.includes(ab.id));
      expect(attended).toHaveLength(10);
      expect(new Set(attended.flatMap((e) => e.attendees)).size).toBe(1);
    });

    it("keep staff to their own activities, and log the refusal", async () => {
      const ctx = await ctxFor(s.jobStaff);
      const error = await createRecord(h.db, s.cipher, ctx, "event", {
        activityKey: "lektiecafe",
        type: "lektiecafe",
        date: "2014-03-05",
        headcount: "3",
      }).catch((e) => e);
      expect(error).toMatchObject({ code: "forbidden" });
      const [denied] = await h.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.actorUserId, s.jobStaff.userId), eq(auditEvents.outcome, "denied")));
      expect(denied).toMatchObject({ action: "logbook.write", resourceType: "activity" });
    });
  });

  describe("courses, contacts, referrals, assessments, hours", () => {
    it("move a course through its stages to an outcome and follow it up", async () => {
      const ctx = await ctxFor(s.manager);
      const p = await createParticipant(h.db, s.cipher, ctx, {
        activityKey: "jobforloeb",
        participant: { initials: "GH", birthYear: 1975 },
      });
      const participantId = "created" in p ? p.created.id : "";
      const { id } = await createRecord(h.db, s.cipher, ctx, "course", {
        activityKey: "jobforloeb",
        courseType: "job",
        participantId,
        startDate: "2014-02-01",
      });
      for (const [stage, date] of [
        ["afklaring", "2014-02-01"],
        ["praktik", "2014-03-15"],
        ["loentilskud", "2014-05-01"],
        ["ansat", "2014-08-01"],
      ])
        await createRecord(h.db, s.cipher, ctx, "courseStage", { courseId: id, stage, date });
      await endCourse(h.db, s.cipher, ctx, id, { outcome: "job", outcomeDate: "2014-08-01" });
      // Ended again (a phone that was offline): refused as a conflict, the first outcome stands.
      await expect(
        endCourse(h.db, s.cipher, ctx, id, { outcome: "uddannelse", outcomeDate: "2014-09-01" }),
      ).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("1. august 2014") });
      await createRecord(h.db, s.cipher, ctx, "courseFollowUp", {
        courseId: id,
        offsetMonths: "3",
        date: "2014-11-01",
        status: "job",
      });
      const bad = await problemsOf(
        createRecord(h.db, s.cipher, ctx, "courseStage", { courseId: id, stage: "maaned", date: "2014-09-01" }),
      );
      expect(bad.stage).toMatch(/trin/);
      const course = (await loadLogbookFacts(h.db, s.planId)).courses.find((c) => c.id === id);
      expect(course).toMatchObject({
        outcome: "job",
        endDate: "2014-08-01",
        stages: expect.arrayContaining([{ stage: "praktik", date: "2014-03-15" }]),
        followUps: [{ offsetMonths: 3, date: "2014-11-01", status: "job" }],
      });
      const history = await h.db.select().from(recordHistory).where(eq(recordHistory.recordId, id));
      expect(history.map((x) => x.action)).toEqual(["create", "update"]);
    });

    it("log a contact with a referral, an assessment and volunteer hours", async () => {
      const ctx = await ctxFor(s.manager);
      const [ab] = await h.db.select().from(participants).where(eq(participants.code, "D-0001"));
      const contact = await createRecord(h.db, s.cipher, ctx, "contact", {
        activityKey: "lektiecafe",
        participantId: ab.id,
        date: "2014-04-01",
        topic: "oekonomi",
      });
      await createRecord(h.db, s.cipher, ctx, "referral", {
        activityKey: "lektiecafe",
        contactId: contact.id,
        participantId: ab.id,
        date: "2014-04-01",
        receivingBody: "jobcenter",
      });
      await createRecord(h.db, s.cipher, ctx, "assessment", {
        activityKey: "lektiecafe",
        participantId: ab.id,
        assessment: "styrket-netvaerk",
        date: "2014-05-01",
      });
      await createRecord(h.db, s.cipher, ctx, "volunteerHours", {
        activityKey: "lektiecafe",
        participantId: ab.id,
        date: "2014-05-02",
        hours: "2.5",
        role: "lektiehjaelper",
      });
      const facts = await loadLogbookFacts(h.db, s.planId);
      expect(facts.contacts).toHaveLength(1);
      expect(facts.referrals[0]).toMatchObject({ receivingBody: "jobcenter" });
      expect(facts.assessments[0]).toMatchObject({ assessment: "styrket-netvaerk" });
      expect(facts.volunteerHours[0]).toMatchObject({ hours: 2.5 });
      const bad = await problemsOf(
        createRecord(h.db, s.cipher, ctx, "referral", {
          activityKey: "lektiecafe",
          date: "2014-04-01",
          receivingBody: "politiet",
        }),
      );
      expect(bad.receivingBody).toMatch(/modtager/);
    });

    it("correct and remove entries; removed entries count nowhere but keep their history", async () => {
      const ctx = await ctxFor(s.manager);
      const { id } = await createRecord(h.db, s.cipher, ctx, "event", {
        activityKey: "fest",
        type: "arrangement",
        date: "2015-06-20",
        headcount: "80",
      });
      await correctRecord(h.db, s.cipher, ctx, "event", id, {
        activityKey: "fest",
        type: "arrangement",
        date: "2015-06-20",
        headcount: "85",
      });
      await removeRecord(h.db, ctx, "event", id);
      expect((await loadLogbookFacts(h.db, s.planId)).events.some((e) => e.id === id)).toBe(false);
      const history = await h.db.select().from(recordHistory).where(eq(recordHistory.recordId, id));
      expect(history.map((x) => x.action)).toEqual(["create", "update", "delete"]);
      expect(history[1].changes).toEqual({ headcount: { from: 80, to: 85 } });
    });
  });

  describe("reading a person's record", () => {
    it("outside one's own activities asks for a reason, and audits it", async () => {
      const [gh] = await h.db.select().from(participants).where(eq(participants.initials, "GH"));
      const ctx = await ctxFor(s.lektieStaff);
      const first = await openParticipant(h.db, s.cipher, ctx, gh.id);
      expect(first).toMatchObject({ needsReason: true });
      const opened = await openParticipant(h.db, s.cipher, ctx, gh.id, "Forælder spurgte til lektiehjælp");
      expect(opened).toMatchObject({ needsReason: false, record: { code: gh.code } });
      const [entry] = await h.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.personId, gh.id), eq(auditEvents.action, "person.read")));
      expect(entry).toMatchObject({
        actorUserId: s.lektieStaff.userId,
        reason: "Forælder spurgte til lektiehjælp",
        outcome: "allowed",
      });
    });

    it("shows sensitive fields only to a role with that right; both the read and the refusal are audited", async () => {
      const managerCtx = await ctxFor(s.manager);
      const created = await createParticipant(h.db, s.cipher, managerCtx, {
        activityKey: "lektiecafe",
        participant: { initials: "IJ", birthYear: 1990, sensitive: { health: "Diabetes" }, notes: "Følger op i maj" },
      });
      const id = "created" in created ? created.created.id : "";
      expect(await revealSensitive(h.db, s.cipher, managerCtx, id)).toMatchObject({
        health: "Diabetes",
        notes: "Følger op i maj",
      });
      const staffCtx = await ctxFor(s.lektieStaff);
      await expect(revealSensitive(h.db, s.cipher, staffCtx, id)).rejects.toMatchObject({ code: "forbidden" });
      const entries = await h.db.select().from(auditEvents).where(eq(auditEvents.personId, id));
      expect(
        entries.map((e) => `${e.action}:${e.outcome}:${e.actorUserId === s.manager.userId ? "manager" : "staff"}`),
      ).toEqual(expect.arrayContaining(["person.readSensitive:allowed:manager", "person.sensitive:denied:staff"]));
      const [raw] = rowsOf<{ v: string }>(
        await h.db.execute(sql`SELECT sensitive_enc AS v FROM participants WHERE id = ${id}`),
      );
      expect(raw.v).not.toContain("Diabetes");
    });

    it("is refused to a steering-group reader", async () => {
      const [ab] = await h.db.select().from(participants).where(eq(participants.code, "D-0001"));
      const ctx = await ctxFor(s.reader);
      await expect(openParticipant(h.db, s.cipher, ctx, ab.id)).rejects.toMatchObject({ code: "forbidden" });
    });
  });

  it("keeps attendance rows unique per event and participant", async () => {
    const rows = await h.db.select().from(attendance);
    expect(new Set(rows.map((r) => `${r.eventId}:${r.participantId}`)).size).toBe(rows.length);
  });
});
