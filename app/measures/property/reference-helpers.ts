import type { MeasureFilters } from "~/plan-format/measure";
import type { LogbookFacts } from "../facts";
import type { CriterionOwner } from "../scope";
import { NAMED, type Period } from "./facts-arbitrary";
import type { Setting } from "./measure-arbitraries";

/** The plain reference's building blocks: loops over the arrays, nothing taken from the engine. */

export function refCovers(facts: LogbookFacts, f: MeasureFilters, owner: CriterionOwner, activityId: string): boolean {
  const activityKey = f.activity ?? owner.activityKey;
  const self = facts.activities.find((a) => a.id === activityId);
  if (!self) return false;
  if (activityKey !== undefined) {
    const root = facts.activities.find((a) => a.key === activityKey);
    if (!root) return false;
    if (f.includeSubActivities === false) {
      if (activityId !== root.id) return false;
    } else {
      let walk: string | null = activityId;
      let below = false;
      while (walk !== null) {
        if (walk === root.id) below = true;
        const here = facts.activities.find((a) => a.id === walk);
        walk = here ? here.parentId : null;
      }
      if (!below) return false;
    }
  }
  const focusArea =
    f.focusArea !== undefined ? f.focusArea : activityKey === undefined ? owner.focusAreaKey : undefined;
  if (focusArea !== undefined && self.focusAreaKey !== focusArea) return false;
  return true;
}

export const anyPersonFilter = (f: MeasureFilters) =>
  (f.targetGroupTags !== undefined && f.targetGroupTags.length > 0) ||
  f.ageBand !== undefined ||
  f.newOnly === true ||
  f.residentsOnly === true;

export function refFirstDate(facts: LogbookFacts, pid: string, kinds: string[]): string | null {
  const dates: string[] = [];
  if (kinds.includes("events")) for (const e of facts.events) if (e.attendees.includes(pid)) dates.push(e.date);
  if (kinds.includes("contacts")) for (const c of facts.contacts) if (c.participantId === pid) dates.push(c.date);
  if (kinds.includes("courses")) for (const c of facts.courses) if (c.participantId === pid) dates.push(c.startDate);
  if (kinds.includes("referrals")) for (const r of facts.referrals) if (r.participantId === pid) dates.push(r.date);
  if (kinds.includes("assessments")) for (const a of facts.assessments) if (a.participantId === pid) dates.push(a.date);
  if (kinds.includes("volunteers"))
    for (const v of facts.volunteerHours) if (v.participantId === pid) dates.push(v.date);
  dates.sort();
  return dates.length > 0 ? dates[0] : null;
}

export function refPersonOk(
  facts: LogbookFacts,
  f: MeasureFilters,
  period: Period,
  kinds: string[],
  pid: string,
  date: string,
): boolean {
  if (!anyPersonFilter(f)) return true;
  const p = facts.participants.find((x) => x.id === pid);
  if (!p) return false;
  if (f.residentsOnly && !p.resident) return false;
  if (f.targetGroupTags && f.targetGroupTags.length > 0) {
    let has = false;
    for (const t of f.targetGroupTags) if (p.targetGroupTags.includes(t)) has = true;
    if (!has) return false;
  }
  if (f.ageBand) {
    if (p.birthYear === null) return false;
    const age = Number(date.slice(0, 4)) - p.birthYear;
    if (f.ageBand.min !== undefined && age < f.ageBand.min) return false;
    if (f.ageBand.max !== undefined && age > f.ageBand.max) return false;
  }
  if (f.newOnly) {
    const first = refFirstDate(facts, pid, kinds);
    if (first === null || first < period.start || first > period.end) return false;
  }
  return true;
}

export const within = (date: string, p: Period) => date >= p.start && date <= p.end;

export function refAddMonths(date: string, months: number): string {
  let y = Number(date.slice(0, 4));
  let m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  for (let i = 0; i < months; i++) {
    m++;
    if (m === 13) {
      m = 1;
      y++;
    }
  }
  const monthDays = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  const dd = Math.min(d, monthDays[m - 1]);
  return `${y}-${String(m).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
}

/** The figures entered for the criterion that answer the period (see enteredValuesFor), in date order. */
export function refEntered(
  facts: LogbookFacts,
  setting: Setting,
  period: Period,
  series?: string,
): { period: string; value: number }[] {
  let own: { period: string; value: number }[] = [];
  if (series !== undefined) {
    for (const v of facts.seriesValues ?? []) if (v.seriesKey === series) own.push(v);
  } else if (setting.criterionKey !== undefined)
    own = facts.values.filter((v) => v.criterionKey === setting.criterionKey);
  else return [];
  const exact = own.filter((v) => period.id !== undefined && v.period === period.id);
  if (exact.length > 0 || !setting.planKnown) return exact;
  const inside = own.filter((v) => {
    const range = NAMED[v.period];
    return range !== undefined && range.start >= period.start && range.end <= period.end;
  });
  // Date order by the end of each figure's period; figures ending on the same day keep their order.
  const sorted: { period: string; value: number }[] = [];
  for (const v of inside) {
    let at = sorted.length;
    while (at > 0 && NAMED[sorted[at - 1].period].end > NAMED[v.period].end) at--;
    sorted.splice(at, 0, v);
  }
  return sorted;
}
