import { periodRange } from "~/plan-format/periods";
import type { DemoLogbook } from "../demo-logbook-rows";
import { addMonthsDay, dayOf, isoOf } from "../demo-random";
import type { DemoPeople } from "./people";

const postponedBecause = [
  "Samarbejdspartneren kunne først i det næste kvartal.",
  "Medarbejderen var sygemeldt i perioden.",
  "Flyttet for at falde sammen med afdelingsmødet.",
];

/** Milestones due by today: most done, some postponed, a few dropped. */
export function milestoneUpdates(gen: DemoPeople) {
  const r = gen.rng;
  for (const m of gen.plan.milestones) {
    if (m.status !== "planned") continue;
    const due = dueDay(m.due);
    if (due > gen.today || due > dayOf(gen.plan.period.end) + 90) continue;
    const roll = r.next();
    const update = (u: Omit<DemoLogbook["milestoneUpdates"][number], "id" | "milestoneKey">) =>
      gen.out.milestoneUpdates.push({ id: gen.ids.next(), milestoneKey: m.key, ...u });
    const start = dayOf(gen.plan.period.start);
    if (roll < 0.75)
      update({
        status: "done",
        doneDate: isoOf(Math.min(gen.today, Math.max(due - r.int(0, 75), start - 60))),
        newDue: null,
        reason: null,
      });
    else if (roll < 0.88)
      update({ status: "postponed", doneDate: null, newDue: nextQuarter(due), reason: r.pick(postponedBecause) });
    else if (roll < 0.93)
      update({
        status: "dropped",
        doneDate: null,
        newDue: null,
        reason: "Styregruppen besluttede at prioritere andre aktiviteter.",
      });
  }
}

/** The last day a milestone's due (a date, a quarter or a year) allows. */
function dueDay(due: string): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return dayOf(due);
  const q = /^(\d{4})Q([1-4])$/.exec(due);
  if (q) return dayOf(periodRange(`${q[1]}Q${q[2]}`, { start: due, end: due }).end);
  return dayOf(`${due.slice(0, 4)}-12-31`);
}

function nextQuarter(day: number): string {
  const iso = isoOf(addMonthsDay(day, 3));
  return `${iso.slice(0, 4)}Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
}
