import { describe, expect, it } from "vitest";
import type { MilestoneRow } from "~/follow-up/milestone-follow-up";
import { milestonesToRemind, reminderMails } from "./reminder-mails";

const row = (key: string, due: string, status: MilestoneRow["status"] = "planned", overdue = false): MilestoneRow => ({
  key,
  title: key,
  plannedDue: due,
  due,
  status,
  overdue,
  history: [],
});

describe("milestonesToRemind", () => {
  it("keeps open milestones due within 14 days or overdue", () => {
    const today = "2026-03-01";
    const picked = milestonesToRemind(
      [
        row("due-today", "2026-03-01"),
        row("day-14", "2026-03-15"),
        row("day-15", "2026-03-16"),
        row("quarter", "2026Q1"), // ends 2026-03-31
        row("overdue", "2026-02-01", "postponed", true),
        row("done", "2026-03-05", "done"),
        row("dropped", "2026-02-01", "dropped"),
      ],
      today,
    );
    expect(picked.map((m) => m.key)).toEqual(["due-today", "day-14", "overdue"]);
  });
});

describe("reminderMails", () => {
  const people = new Map([
    ["a", { id: "a", email: "a@x.dk", name: "Anna" }],
    ["b", { id: "b", email: "b@x.dk", name: "Bo" }],
  ]);
  const session = {
    eventId: "e1",
    date: "2026-03-02",
    startTime: "15:00",
    activityTitle: "Lektiecafé",
    planSlug: "p",
    planTitle: "Planen",
  };
  it("gives each person one mail with all their reminders, and none to people not listed", () => {
    const mails = reminderMails(
      [
        { ...session, staffIds: ["a", "off"] },
        { ...session, eventId: "e2", startTime: null, staffIds: ["a"] },
      ],
      [{ planSlug: "p", planTitle: "Planen", title: "Aftale", due: "2026Q1", overdue: false, managerIds: ["b", "a"] }],
      people,
      "https://h.dk",
    );
    expect(mails.map((m) => m.to)).toEqual(["a@x.dk", "b@x.dk"]);
    expect(mails[0].body).toContain("Der mangler fremmøde for disse gange:");
    expect(mails[0].body).toContain("- Lektiecafé 02.03.2026 kl. 15:00 (Planen): https://h.dk/log/p/arrangement/e1");
    expect(mails[0].body).toContain("- Lektiecafé 02.03.2026 (Planen): https://h.dk/log/p/arrangement/e2");
    expect(mails[0].body).toContain("- Aftale (Planen): frist 2026Q1 · https://h.dk/planer/p/opfoelgning");
    expect(mails[1].body).not.toContain("fremmøde");
    expect(mails[1].body).toContain("https://h.dk/konto");
  });
});
