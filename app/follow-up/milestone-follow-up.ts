import type { Milestone } from "~/plan-format/structure";

/** A change of a milestone's status as recorded while following the plan. */
export interface MilestoneUpdate {
  milestoneKey: string;
  status: Milestone["status"];
  doneDate: string | null;
  newDue: string | null;
  reason: string | null;
  createdAt: Date | string;
}

/** The last day of a due date written as a date, a quarter (2016Q2) or a year (2016). */
export function dueEnd(due: string): string {
  const quarter = /^(\d{4})Q([1-4])$/.exec(due);
  if (quarter) {
    const month = Number(quarter[2]) * 3;
    const last = new Date(Date.UTC(Number(quarter[1]), month, 0)).getUTCDate();
    return `${quarter[1]}-${String(month).padStart(2, "0")}-${last}`;
  }
  if (/^\d{4}$/.test(due)) return `${due}-12-31`;
  return due;
}

export interface MilestoneRow {
  key: string;
  title: string;
  activity?: string;
  responsible?: string;
  /** The due date in the plan. */
  plannedDue: string;
  /** The due date in force (a postponement moves it). */
  due: string;
  status: Milestone["status"];
  doneDate?: string;
  reason?: string;
  /** Not done, not dropped, and the due date has passed. */
  overdue: boolean;
  history: MilestoneUpdate[];
}

/**
 * Each milestone as it stands: the plan's milestone with the latest recorded update applied
 * (done with date, postponed to a new due date with a reason, dropped), and whether it is overdue.
 */
export function milestoneFollowUp(milestones: Milestone[], updates: MilestoneUpdate[], today: string): MilestoneRow[] {
  return milestones.map((m) => {
    const history = updates
      .filter((u) => u.milestoneKey === m.key)
      .sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime());
    let due = m.due;
    let status = m.status;
    let doneDate = m.doneDate;
    let reason = m.note;
    for (const u of history) {
      status = u.status;
      if (u.newDue) due = u.newDue;
      doneDate = u.doneDate ?? (u.status === "done" ? doneDate : undefined);
      reason = u.reason ?? reason;
    }
    const open = status === "planned" || status === "postponed";
    return {
      key: m.key,
      title: m.title,
      activity: m.activity,
      responsible: m.responsible,
      plannedDue: m.due,
      due,
      status,
      doneDate: doneDate ?? undefined,
      reason: reason ?? undefined,
      overdue: open && dueEnd(due) < today,
      history,
    };
  });
}
