import type { PlanFile } from "~/plan-format/plan";
import type { DemoLogbook, DemoLogbookOptions } from "./demo-logbook-rows";
import { assessmentsOf } from "./logbook/assessments";
import { contactsOf } from "./logbook/contacts";
import { coursesOf } from "./logbook/courses";
import { enteredValues } from "./logbook/entered-figures";
import { eventsOf } from "./logbook/events";
import { milestoneUpdates } from "./logbook/milestones";
import { DemoPeople } from "./logbook/people";
import { keepRegistered } from "./logbook/registered";
import { budgetActuals, staffHours } from "./logbook/staff-and-spending";
import { volunteersOf } from "./logbook/volunteers";

/** The number of rows of each kind, e.g. for a report. */
export function demoLogbookCounts(logbook: DemoLogbook): Record<string, number> {
  return Object.fromEntries(
    Object.entries(logbook)
      .filter(([, v]) => Array.isArray(v))
      .map(([k, v]) => [k, (v as unknown[]).length]),
  );
}

/**
 * Generates a demo logbook for a plan (pure: no I/O, no clock, no Math.random). The parts run in a
 * fixed order (events, courses, contacts, assessments, volunteers, staff hours, spending, entered
 * figures, milestones), since they draw from one random stream: the same seed gives the same rows.
 * @example const rows = generateDemoLogbook(plan, { seed: 1, scale: 1, today: "2026-11-23" });
 */
export function generateDemoLogbook(plan: PlanFile, options: DemoLogbookOptions): DemoLogbook {
  const gen = new DemoPeople(plan, options);
  if (gen.years.length > 0) {
    for (const p of gen.profiles.activities) eventsOf(gen, p);
    for (const p of gen.profiles.activities) coursesOf(gen, p);
    for (const p of gen.profiles.activities) contactsOf(gen, p);
    for (const p of gen.profiles.activities) assessmentsOf(gen, p);
    for (const p of gen.profiles.activities) volunteersOf(gen, p);
    staffHours(gen);
    budgetActuals(gen);
  }
  enteredValues(gen);
  milestoneUpdates(gen);
  keepRegistered(gen);
  return gen.out;
}
