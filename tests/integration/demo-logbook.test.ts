import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { and, count, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "~/.server/auth/load-actor";
import type { DatabaseHandle } from "~/.server/db/client";
import {
  activities,
  activityAssignments,
  attendance,
  eventSeries,
  events,
  memberships,
  participants,
  plans,
  users,
} from "~/.server/db/schema";
import { demoEmail } from "~/.server/demo/demo-accounts";
import { addDemoLogbooks, clampToPlanPeriod, logbookUntil } from "~/.server/demo/demo-logbooks";
import { loadLogbookFacts } from "~/.server/domain/logbook/load-facts";
import { logStart } from "~/.server/domain/logbook/log-start";
import { getPlan } from "~/.server/domain/plans/get-plan";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { demoPlanFiles, examplePlanFiles } from "~/.server/domain/plans/load-example-plans";
import { attainment } from "~/measures/attainment";
import { enteredKinds } from "~/measures/compute-measure";
import { coveredActivities, filtersOf } from "~/measures/scope";
import { indexPlan } from "~/plan-format/plan-index";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const system = { kind: "system", reason: "test" } as const;
const today = "2026-11-23";

describe(`demo logbooks for the example plans (${testDatabaseKind})`, () => {
  let h: DatabaseHandle;
  let slugs: string[] = [];
  let staffId = "";

  beforeAll(async () => {
    h = await createTestDatabase();
    for (const file of await demoPlanFiles())
      slugs.push((await importPlan(h.db, system, { text: await readFile(file, "utf8") })).slug);
    slugs = slugs.sort();
    // The demo staff member of one plan, as loadDemo makes it.
    const [plan] = await h.db.select().from(plans).where(eq(plans.slug, "opzoomerne"));
    staffId = randomUUID();
    await h.db.insert(users).values({ id: staffId, email: demoEmail("medarbejder", "opzoomerne"), name: "Sara" });
    await h.db
      .insert(memberships)
      .values({ id: randomUUID(), organisationId: plan.organisationId, userId: staffId, role: "staff" });
  }, 60_000);
  afterAll(async () => h.close());

  it("fills every example plan once, at scale 1, fast", async () => {
    const loads = await addDemoLogbooks(h.db, { today });
    console.log(
      `Demo logbooks at scale 1 on ${testDatabaseKind}:\n${loads
        .map((l) => `  ${l.slug}: ${l.rows} rows in ${l.milliseconds} ms`)
        .join("\n")}`,
    );
    expect(loads.map((l) => l.slug).sort()).toEqual(slugs);
    for (const l of loads) {
      expect(l.inserted, l.slug).toBe(true);
      expect(l.rows, l.slug).toBeGreaterThan(1000);
      expect(l.milliseconds, l.slug).toBeLessThan(15_000);
    }
    // A plan with logbook data is left as it is.
    expect((await addDemoLogbooks(h.db, { today })).every((l) => !l.inserted)).toBe(true);
  }, 120_000);

  it("gives data to every activity a logbook-bound criterion reads, and a figure to every criterion", async () => {
    const missing: string[] = [];
    for (const slug of slugs) {
      const { plan, planId } = await getPlan(h.db, system, slug);
      const facts = await loadLogbookFacts(h.db, planId);
      const used = new Set([
        ...facts.events.map((e) => e.activityId),
        ...facts.courses.map((c) => c.activityId),
        ...facts.contacts.map((c) => c.activityId),
        ...facts.referrals.map((r) => r.activityId),
        ...facts.assessments.map((a) => a.activityId),
        ...facts.volunteerHours.map((v) => v.activityId),
      ]);
      for (const { criterion, activity, focusArea } of indexPlan(plan).criteria) {
        if (enteredKinds.has(criterion.measure.kind)) continue;
        const covered = coveredActivities(facts, filtersOf(criterion.measure), {
          activityKey: activity?.key,
          focusAreaKey: focusArea?.key,
        });
        const any = covered === null ? used.size > 0 : [...covered].some((id) => used.has(id));
        if (!any) missing.push(`${slug}: ${criterion.key} has no logbook data in its activities`);
      }
      // Action plans can only be counted where the plan declares an action-plan course type.
      const hasActionPlanType = indexPlan(plan).courseTypes.some((c) => c.courseType.category === "actionPlan");
      for (const row of attainment(plan, facts, "plan", today))
        if (row.actual === null && (row.kind !== "actionPlans" || hasActionPlanType))
          missing.push(`${slug}: ${row.key} (${row.kind}) has no figure for the whole plan`);
    }
    expect(missing).toEqual([]);
  });

  it("names people at the sessions of rostered activities, and the staff member sees them on the start page", async () => {
    const [plan] = await h.db.select().from(plans).where(eq(plans.slug, "opzoomerne"));
    const series = await h.db.select().from(eventSeries).where(eq(eventSeries.planId, plan.id));
    expect(series.length).toBeGreaterThan(0);
    const assigned = await h.db
      .select({ key: activities.key })
      .from(activityAssignments)
      .innerJoin(activities, eq(activities.id, activityAssignments.activityId))
      .where(eq(activityAssignments.userId, staffId));
    const seriesKeys = (
      await h.db
        .select({ key: activities.key })
        .from(eventSeries)
        .innerJoin(activities, eq(activities.id, eventSeries.activityId))
        .where(eq(eventSeries.planId, plan.id))
    ).map((s) => s.key);
    expect(assigned.map((a) => a.key)).toEqual(expect.arrayContaining(seriesKeys));
    // The plan is over (2021–2024): its last sessions lie in the past, with named attendance.
    const [last] = await h.db
      .select({ date: events.date })
      .from(events)
      .where(and(eq(events.seriesId, series[0].id), isNull(events.deletedAt)))
      .orderBy(events.date)
      .limit(1)
      .offset(10);
    const actor = await loadActor(h.db, { id: staffId, email: demoEmail("medarbejder", "opzoomerne"), name: "Sara" });
    const start = await logStart(h.db, actor, last.date);
    const sessions = start.find((s) => s.slug === "opzoomerne")?.today ?? [];
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.some((s) => s.attendees > 0)).toBe(true);
    const [people] = await h.db.select({ n: count() }).from(participants).where(eq(participants.planId, plan.id));
    const [ticks] = await h.db.select({ n: count() }).from(attendance).where(eq(attendance.planId, plan.id));
    expect(Number(people.n)).toBeGreaterThan(50);
    expect(Number(ticks.n)).toBeGreaterThan(500);
  });

  it("gives the staff member the rostered activities again after the plan is replaced (helhed demo)", async () => {
    const text = await readFile((await examplePlanFiles()).find((f) => f.includes("opzoomerne")) as string, "utf8");
    await importPlan(h.db, system, { text, replace: true });
    const assigned = () => h.db.select().from(activityAssignments).where(eq(activityAssignments.userId, staffId));
    expect(await assigned()).toEqual([]);
    const loads = await addDemoLogbooks(h.db, { today });
    expect(loads.find((l) => l.slug === "opzoomerne")?.inserted).toBe(false);
    expect((await assigned()).length).toBeGreaterThan(0);
  });

  it("fills a plan that runs today up to yesterday, so today is there to be logged", () => {
    const period = { start: "2025-01-01", end: "2028-12-31" };
    expect(logbookUntil("2026-12-06", period)).toBe("2026-12-05");
    expect(logbookUntil("2025-01-01", period)).toBe("2025-01-01");
    expect(logbookUntil("2030-01-01", period)).toBe("2028-12-31");
  });

  it("clamps today into the plan period", () => {
    const period = { start: "2013-01-01", end: "2016-12-31" };
    expect(clampToPlanPeriod("2026-11-23", period)).toBe("2016-12-31");
    expect(clampToPlanPeriod("2010-05-01", period)).toBe("2013-01-01");
    expect(clampToPlanPeriod("2014-03-04", period)).toBe("2014-03-04");
  });
});
