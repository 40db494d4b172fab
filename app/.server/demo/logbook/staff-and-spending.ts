import { indexPlan } from "~/plan-format/plan-index";
import { dayOf, isHoliday, isoOf, weekdayOf } from "../demo-random";
import type { DemoPeople } from "./people";

// Staff hours per week and money spent per budget line and year.

/** Staff hours per week for every activity with planned staffing, around what was planned. */
export function staffHours(gen: DemoPeople) {
  const r = gen.rng;
  const monday = gen.start - (weekdayOf(gen.start) - 1);
  for (const { activity } of indexPlan(gen.plan).activities) {
    const planned = activity.staffing.reduce((s, x) => s + (x.hoursPerWeek ?? (x.fte ? x.fte * 37 : 0)), 0);
    if (planned <= 0) continue;
    for (let week = monday; week + 6 < Math.min(gen.end + 1, gen.today); week += 7) {
      if (week + 6 < gen.start || isHoliday(week + 2)) continue;
      const hours = Math.min(80, Math.round(planned * r.between(0.7, 1.15) * 2) / 2);
      if (hours > 0)
        gen.out.staffHours.push({ id: gen.ids.next(), activityKey: activity.key, week: isoOf(week), hours });
    }
  }
}

/** Money spent per budget line and year, near the budget (this year only so far). */
export function budgetActuals(gen: DemoPeople) {
  const r = gen.rng;
  const byLabel = new Map<string, { activity: string | null; years: Map<number, number> }>();
  for (const line of gen.plan.budget?.lines ?? []) {
    const entry = byLabel.get(line.label) ?? { activity: line.activity ?? null, years: new Map() };
    for (const a of line.amounts)
      if (a.amount !== null && a.amount !== undefined)
        entry.years.set(a.year, (entry.years.get(a.year) ?? 0) + a.amount);
    byLabel.set(line.label, entry);
  }
  const endYear = Number(isoOf(gen.end).slice(0, 4));
  const todayYear = Number(isoOf(gen.today).slice(0, 4));
  for (const [label, entry] of byLabel)
    for (const [year, planned] of entry.years) {
      if (year > endYear || planned <= 0) continue;
      const share = year === todayYear && !gen.finished ? (gen.today - dayOf(`${year}-01-01`)) / 365 : 1;
      gen.out.budgetActuals.push({
        id: gen.ids.next(),
        label,
        activityKey: entry.activity,
        year,
        amount: Math.round((planned * share * r.between(0.82, 1.04)) / 100) * 100,
      });
    }
}
