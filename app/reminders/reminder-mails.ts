import { dueEnd, type MilestoneRow } from "~/follow-up/milestone-follow-up";

/** A session of a series held on a day without attendance recorded (no one ticked, no headcount). */
export interface UnrecordedSession {
  eventId: string;
  date: string;
  startTime: string | null;
  activityTitle: string;
  planSlug: string;
  planTitle: string;
  /** The staff who log in the session's activity. */
  staffIds: string[];
}

/** A milestone a plan manager is reminded of: due soon, or overdue. */
export interface MilestoneDue {
  planSlug: string;
  planTitle: string;
  title: string;
  due: string;
  overdue: boolean;
  managerIds: string[];
}

/** Someone who gets reminders. */
export interface Recipient {
  id: string;
  email: string;
  name: string;
}

/** A reminder mail for one person, with everything they are reminded of today. */
export interface ReminderMail {
  userId: string;
  to: string;
  subject: string;
  body: string;
}

/** How many days ahead a plan manager is reminded of a milestone. */
export const milestoneNoticeDays = 14;

/** The day `days` after an ISO date. */
function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The milestones to remind of on `today`: open ones that are overdue, or due within
 * `milestoneNoticeDays` days (a quarter or a year is due on its last day).
 * @example milestonesToRemind(milestoneFollowUp(plan.milestones, updates, today), today)
 */
export function milestonesToRemind(rows: MilestoneRow[], today: string): MilestoneRow[] {
  const horizon = addDays(today, milestoneNoticeDays);
  return rows.filter((m) => {
    if (m.status !== "planned" && m.status !== "postponed") return false;
    return m.overdue || dueEnd(m.due) <= horizon;
  });
}

const danishDate = (day: string) => day.split("-").reverse().join(".");

/**
 * One mail per person with all they are reminded of: the sessions of their activities that have
 * no attendance recorded, and (for plan managers) the milestones due soon or overdue. People not
 * in `recipients` (reminders switched off, disabled) get nothing.
 */
export function reminderMails(
  sessions: UnrecordedSession[],
  milestones: MilestoneDue[],
  recipients: Map<string, Recipient>,
  publicUrl: string,
): ReminderMail[] {
  const lines = new Map<string, { sessions: string[]; milestones: string[] }>();
  const of = (id: string) => {
    const l = lines.get(id) ?? { sessions: [], milestones: [] };
    lines.set(id, l);
    return l;
  };
  for (const s of sessions)
    for (const id of s.staffIds)
      of(id).sessions.push(
        `- ${s.activityTitle} ${danishDate(s.date)}${s.startTime ? ` kl. ${s.startTime}` : ""} (${s.planTitle}): ${publicUrl}/log/${s.planSlug}/arrangement/${s.eventId}`,
      );
  for (const m of milestones)
    for (const id of m.managerIds)
      of(id).milestones.push(
        `- ${m.title} (${m.planTitle}): ${m.overdue ? "fristen var" : "frist"} ${m.due.includes("-") ? danishDate(m.due) : m.due} · ${publicUrl}/planer/${m.planSlug}/opfoelgning`,
      );
  const mails: ReminderMail[] = [];
  for (const [id, l] of lines) {
    const who = recipients.get(id);
    if (!who) continue;
    const parts = [`Hej ${who.name}`];
    if (l.sessions.length > 0)
      parts.push(
        `Der mangler fremmøde for ${l.sessions.length === 1 ? "denne gang" : "disse gange"}:\n${l.sessions.join("\n")}`,
      );
    if (l.milestones.length > 0)
      parts.push(`Milepæle, der snart skal nås eller er overskredet:\n${l.milestones.join("\n")}`);
    parts.push(`Du kan slå påmindelserne fra under Din konto: ${publicUrl}/konto`);
    mails.push({ userId: id, to: who.email, subject: "Påmindelser fra Helhed", body: parts.join("\n\n") });
  }
  return mails.sort((a, b) => a.to.localeCompare(b.to));
}
