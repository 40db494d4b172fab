// Issue 13: the daily reminders on the job queue. Staff hear of yesterday's sessions of their
// activities without attendance; plan managers of milestones due within 14 days or overdue; a
// user who switched reminders off hears nothing; a day is mailed once.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { events, milestones, outbox } from "~/.server/db/schema";
import { createSeries } from "~/.server/domain/logbook/create-series";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { sendReminders } from "~/.server/domain/reminders/send-reminders";
import { reminderMailsOn, setReminderMails } from "~/.server/domain/reminders/set-reminder-mails";
import { setUpLogbookPlan } from "../support/logbook-setup";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const publicUrl = "https://helhed.example";

describe(`daily reminders (${testDatabaseKind})`, () => {
  let h: DatabaseHandle;
  let s: Awaited<ReturnType<typeof setUpLogbookPlan>>;

  beforeAll(async () => {
    h = await createTestDatabase();
    s = await setUpLogbookPlan(h.db);
    const ctx = await openLogbook(h.db, s.manager, "logbog-test", "logbook.write");
    // Lektiecafé every Tuesday in March 2015: the 3rd, 10th, 17th, 24th and 31st.
    await createSeries(h.db, ctx, {
      activityKey: "lektiecafe",
      type: "Lektiecafé",
      weekdays: [2],
      startTime: "15:00",
      fromDate: "2015-03-01",
      toDate: "2015-03-31",
    });
    // The session of the 3rd has its headcount: attendance is recorded.
    await h.db
      .update(events)
      .set({ headcount: 7 })
      .where(and(eq(events.planId, s.planId), eq(events.date, "2015-03-03")));
    const milestone = (key: string, due: string, status: "planned" | "done" = "planned", position = 0) => ({
      id: randomUUID(),
      organisationId: s.org,
      planId: s.planId,
      position,
      key,
      title: `Milepæl ${key}`,
      due,
      status,
    });
    await h.db
      .insert(milestones)
      .values([
        milestone("snart", "2015-03-20", "planned", 1),
        milestone("overskredet", "2015-01-31", "planned", 2),
        milestone("senere", "2015Q3", "planned", 3),
        milestone("naaet", "2015-03-15", "done", 4),
      ]);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  const mailsTo = async (address: string) => h.db.select().from(outbox).where(eq(outbox.to, address));

  it("mails staff about yesterday's session without attendance and managers about milestones", async () => {
    const sent = await sendReminders(h.db, { today: "2015-03-11", publicUrl });
    expect(sent).toEqual({ mails: 2, alreadySent: false });
    const [staff] = await mailsTo("lektie@test.dk");
    expect(staff.subject).toBe("Påmindelser fra Helhed");
    expect(staff.body).toContain("Der mangler fremmøde for denne gang:");
    expect(staff.body).toMatch(
      /Lektiecafé 10\.03\.2015 kl\. 15:00 \(.+\): https:\/\/helhed\.example\/log\/logbog-test\/arrangement\/[0-9a-f-]{36}/,
    );
    expect(staff.body).not.toContain("Milepæl");
    const [manager] = await mailsTo("manager@test.dk");
    expect(manager.body).toContain("Milepæl snart");
    expect(manager.body).toContain("Milepæl overskredet");
    expect(manager.body).not.toContain("Milepæl senere");
    expect(manager.body).not.toContain("Milepæl naaet");
    expect(manager.body).toContain(`${publicUrl}/planer/logbog-test/opfoelgning`);
    // Not their activity, not a manager.
    expect(await mailsTo("jobstaff@test.dk")).toEqual([]);
    expect(await mailsTo("reader@test.dk")).toEqual([]);
  });

  it("mails a day once, however often the job runs", async () => {
    const before = (await h.db.select().from(outbox)).length;
    expect(await sendReminders(h.db, { today: "2015-03-11", publicUrl })).toEqual({ mails: 0, alreadySent: true });
    expect((await h.db.select().from(outbox)).length).toBe(before);
  });

  it("does not remind of a session whose attendance is recorded", async () => {
    await sendReminders(h.db, { today: "2015-03-04", publicUrl });
    const staff = await mailsTo("lektie@test.dk");
    expect(staff).toHaveLength(1); // Only the mail of the 11th.
  });

  it("sends nothing to a user who switched reminders off", async () => {
    expect(await reminderMailsOn(h.db, s.manager)).toBe(true);
    const before = (await mailsTo("manager@test.dk")).length;
    await setReminderMails(h.db, s.manager, false);
    await setReminderMails(h.db, s.lektieStaff, false);
    expect(await reminderMailsOn(h.db, s.manager)).toBe(false);
    const sent = await sendReminders(h.db, { today: "2015-03-18", publicUrl });
    expect(sent).toEqual({ mails: 0, alreadySent: false });
    expect(await mailsTo("manager@test.dk")).toHaveLength(before);
    await setReminderMails(h.db, s.manager, true);
    await sendReminders(h.db, { today: "2015-03-19", publicUrl });
    expect(await mailsTo("manager@test.dk")).toHaveLength(before + 1);
  });
});
