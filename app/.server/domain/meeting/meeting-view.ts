import { dueEnd } from "~/follow-up/milestone-follow-up";
import { isBehind, shareOfTarget, statusChanges } from "~/follow-up/status-changes";
import { addMonths } from "~/measures/dates";
import { defaultPeriod, isPeriodOf } from "~/plan-format/periods";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { userError } from "../../errors";
import { planAttainment } from "../attainment/plan-attainment";
import { followUpView } from "../follow-up/follow-up-view";
import { getPlan } from "../plans/get-plan";
import { readReportNotes } from "../reports/report-notes";

export interface MeetingChoice {
  /** The day of this meeting (figures as of it); today, or the plan's last day when it has ended. */
  meeting?: string;
  /** The day of the last meeting: what changed since. Three months before the meeting if absent. */
  since?: string;
  /** The period the criteria are judged for; the meeting's calendar year (while the plan runs) if absent. */
  period?: string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) => isoDate.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

/** The days of the meeting view: checked, with the defaults filled in. */
function meetingDays(choice: MeetingChoice, plan: { start: string; end: string }, today: string) {
  for (const [name, value] of [
    ["mødedato", choice.meeting],
    ["sidste møde", choice.since],
  ] as const)
    if (value !== undefined && !validDate(value))
      throw userError("invalid-date", "meetingDateFormat", { params: { name } });
  const meeting = choice.meeting ?? (today > plan.end ? plan.end : today);
  const since = choice.since ?? addMonths(meeting, -3);
  if (since >= meeting) throw userError("invalid-date", "lastMeetingBefore");
  return { meeting, since };
}

/**
 * What the steering group needs for its meeting, on one page: the criteria whose status changed
 * since the last meeting (those that fell behind first), the criteria furthest behind with the
 * manager's explanation, overdue milestones and those due in the next three months, and the budget
 * against spending with the 25 % local share. Aggregates only.
 */
export async function meetingView(db: Database, actor: Actor, slug: string, choice: MeetingChoice, today: string) {
  const { plan, planId } = await getPlan(db, actor, slug, "attainment.read");
  const planPeriod = plan.period;
  const { meeting, since } = meetingDays(choice, planPeriod, today);
  const period = choice.period ?? defaultPeriod(planPeriod, meeting);
  if (!isPeriodOf(planPeriod, period)) throw userError("not-found", "periodNotInPlanChoose", { params: { period } });
  const [now, then, follow, notes] = await Promise.all([
    planAttainment(db, actor, slug, period, meeting),
    planAttainment(db, actor, slug, period, since),
    followUpView(db, actor, slug, meeting),
    readReportNotes(db, planId, period),
  ]);
  const horizon = addMonths(meeting, 3);
  const behind = now.rows
    .filter((r) => isBehind(r.status))
    .sort((a, b) => (shareOfTarget(a) ?? 1) - (shareOfTarget(b) ?? 1));
  return {
    plan: now.plan,
    period,
    meeting,
    since,
    ended: today > planPeriod.end,
    changes: statusChanges(then.rows, now.rows),
    behind: behind.map((row) => ({
      row,
      share: shareOfTarget(row),
      explanation: notes.get(`criterion:${row.key}`),
    })),
    overdue: follow.milestones.filter((m) => m.overdue),
    coming: follow.milestones.filter(
      (m) => !m.overdue && m.status === "planned" && dueEnd(m.due) > meeting && dueEnd(m.due) <= horizon,
    ),
    doneSince: follow.milestones.filter((m) => m.doneDate && m.doneDate > since && m.doneDate <= meeting),
    budget: follow.budget,
    counts: { now: now.rows, atSince: then.rows },
  };
}

export type MeetingView = Awaited<ReturnType<typeof meetingView>>;
