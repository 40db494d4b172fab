import type { Activity } from "~/plan-format/activity";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";

/** Hours logged on an activity in a week (Monday's date). */
export interface StaffHoursEntry {
  activityKey: string;
  week: string;
  hours: number;
}

const plannedPerWeek = (a: Activity) => a.staffing.reduce((s, r) => s + (r.hoursPerWeek ?? 0), 0);

/**
 * Planned staff hours per week (the plan's staffing) against hours logged, per activity: the
 * average over the weeks with hours logged, and the total. Activities without planned hours and
 * without logged hours are left out.
 */
export function staffingFollowUp(plan: PlanFile, entries: StaffHoursEntry[]) {
  return indexPlan(plan)
    .activities.map(({ activity }) => {
      const mine = entries.filter((e) => e.activityKey === activity.key);
      const weeks = new Set(mine.map((e) => e.week));
      const total = mine.reduce((s, e) => s + e.hours, 0);
      return {
        key: activity.key,
        title: activity.number ? `${activity.number} ${activity.title}` : activity.title,
        planned: plannedPerWeek(activity),
        weeks: weeks.size,
        total,
        average: weeks.size > 0 ? total / weeks.size : undefined,
      };
    })
    .filter((r) => r.planned > 0 || r.weeks > 0);
}
