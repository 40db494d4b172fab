// The Excel import checks rows with the same schemas, rules and messages as the logbook's forms.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/.server/auth/policy";
import type { DatabaseHandle } from "~/.server/db/client";
import { participants } from "~/.server/db/schema";
import { createParticipant } from "~/.server/domain/logbook/create-participant";
import { importLogbook, logbookTemplate } from "~/.server/domain/logbook-excel/logbook-excel";
import { type LogbookPlan, openTestLogbook, withLogbookPlan } from "../support/logbook-suite";
import { fillTemplate as fill } from "../support/logbook-workbook";
import { testDatabaseKind } from "../support/test-database";

describe(`Excel rows and logbook forms on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  let s: LogbookPlan;
  withLogbookPlan((opened, plan) => {
    [h, s] = [opened, plan];
  }, 120_000);
  const ctxFor = (actor: Actor) => openTestLogbook(h, actor);
  beforeAll(async () => {
    // The participant the rows name (D-0001), as the first one logged in the plan.
    await createParticipant(h.db, s.cipher, await ctxFor(s.manager), {
      activityKey: "lektiecafe",
      participant: { initials: "AK", birthYear: 1950 },
    });
  });

  it("finds what the forms find: the same schemas, rules and messages", async () => {
    const ctx = await ctxFor(s.manager);
    const { createRecord } = await import("~/.server/domain/logbook/write-record");
    const [p1] = await h.db.select().from(participants).where(eq(participants.code, "D-0001"));
    const cases: {
      form: [Parameters<typeof createRecord>[3], Record<string, unknown>];
      sheet: string;
      row: (string | number | null)[];
    }[] = [
      {
        form: [
          "event",
          {
            activityKey: "fest",
            type: "arrangement",
            date: "2015-06-01",
            headcount: "10",
            breakdown: { children: "8", adults: "5" },
          },
        ],
        sheet: "Arrangementer",
        row: [null, "Sommerfest", "Arrangement", null, "2015-06-01", null, null, null, 10, 8, 5],
      },
      {
        form: ["event", { activityKey: "fest", type: "arrangement", date: "2019-06-01", headcount: "10" }],
        sheet: "Arrangementer",
        row: [null, "Sommerfest", "Arrangement", null, "2019-06-01", null, null, null, 10],
      },
      {
        form: ["event", { activityKey: "fest", type: "arrangement", date: "2015-06-01", startTime: "25:00" }],
        sheet: "Arrangementer",
        row: [null, "Sommerfest", "Arrangement", null, "2015-06-01", "25:00"],
      },
      {
        form: [
          "course",
          {
            activityKey: "jobforloeb",
            courseType: "job",
            participantId: p1.id,
            startDate: "2015-01-01",
            endDate: "2014-12-01",
            outcome: "job",
          },
        ],
        sheet: "Forløb",
        row: [null, "Jobforløb", "Jobforløb", "D-0001", null, "2015-01-01", "2014-12-01", "Job"],
      },
      {
        form: [
          "course",
          {
            activityKey: "jobforloeb",
            courseType: "job",
            participantId: p1.id,
            mentorParticipantId: p1.id,
            startDate: "2015-01-01",
          },
        ],
        sheet: "Forløb",
        row: [null, "Jobforløb", "Jobforløb", "D-0001", "D-0001", "2015-01-01"],
      },
      {
        form: ["contact", { activityKey: "lektiecafe", date: "2015-01-01", topic: "boliger" }],
        sheet: "Henvendelser",
        row: [null, "Lektiecafé", null, null, "2015-01-01", "boliger"],
      },
      {
        form: ["referral", { activityKey: "lektiecafe", date: "2015-01-01", receivingBody: "politiet" }],
        sheet: "Brobygning",
        row: [null, "Lektiecafé", null, null, null, "2015-01-01", "politiet"],
      },
      {
        form: [
          "assessment",
          { activityKey: "lektiecafe", participantId: p1.id, assessment: "glad", date: "2015-01-01" },
        ],
        sheet: "Vurderinger",
        row: [null, "Lektiecafé", "D-0001", "glad", "2015-01-01"],
      },
      {
        form: [
          "volunteerHours",
          { activityKey: "lektiecafe", participantId: p1.id, date: "2015-01-01", hours: "30", role: "kok" },
        ],
        sheet: "Frivillige timer",
        row: [null, "Lektiecafé", "D-0001", "2015-01-01", 30, "kok"],
      },
    ];
    const template = await logbookTemplate(h.db, ctx);
    for (const c of cases) {
      const error = await createRecord(h.db, s.cipher, ctx, c.form[0], c.form[1]).catch((e) => e);
      const fromForm = (error.details as { message: string }[]).map((d) => d.message).sort();
      const result = await importLogbook(h.db, ctx, await fill(template, { [c.sheet]: [c.row] }), { dryRun: true });
      expect(result.problems.map((p) => p.message).sort(), JSON.stringify(c.form)).toEqual(fromForm);
    }
  });
});
