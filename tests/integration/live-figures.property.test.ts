import { readFile } from "node:fs/promises";
import { eq, type SQL, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { plans } from "~/.server/db/schema";
import { addDemoLogbooks } from "~/.server/demo/demo-logbooks";
import { attainmentOf, liveFacts } from "~/.server/domain/attainment/live-logbook";
import { loadLogbookFacts } from "~/.server/domain/logbook/load-facts";
import { getPlan } from "~/.server/domain/plans/get-plan";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { examplePlanFiles } from "~/.server/domain/plans/load-example-plans";
import { attainment } from "~/measures/attainment";
import { periodChoices } from "~/plan-format/periods";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const system = { kind: "system", reason: "test" } as const;
const today = "2026-11-23";

/** One write to a plan's logbook, as any use case (or an administrator) could make it. */
type Write = (planId: string) => SQL;
const nth = (table: string, planId: string, k: number) =>
  sql`(SELECT id FROM ${sql.identifier(table)} WHERE plan_id = ${planId} ORDER BY id OFFSET ${k} % greatest(1, (SELECT count(*) FROM ${sql.identifier(table)} WHERE plan_id = ${planId})) LIMIT 1)`;
const k = fc.nat(10_000);
const days = fc.integer({ min: -400, max: 400 });

const writes: fc.Arbitrary<Write>[] = [
  // A new event like an existing one, on another day, with the same people ticked.
  fc.tuple(k, days, fc.option(fc.nat(40))).map(
    ([i, d, n]) =>
      (p: string) =>
        sql`
    WITH src AS (SELECT * FROM events WHERE id = ${nth("events", p, i)}),
    ev AS (INSERT INTO events (id, organisation_id, plan_id, activity_id, type, date, headcount, breakdown)
      SELECT gen_random_uuid(), organisation_id, plan_id, activity_id, type, date + ${d}::int, ${n}, breakdown FROM src
      RETURNING id, organisation_id, plan_id)
    INSERT INTO attendance (id, organisation_id, plan_id, event_id, participant_id)
      SELECT gen_random_uuid(), ev.organisation_id, ev.plan_id, ev.id, a.participant_id
        FROM ev, attendance a WHERE a.event_id = (SELECT id FROM src)`,
  ),
  k.map((i) => (p: string) => sql`UPDATE events SET deleted_at = now() WHERE id = ${nth("events", p, i)}`),
  k.map((i) => (p: string) => sql`DELETE FROM events WHERE id = ${nth("events", p, i)}`),
  fc.tuple(k, days).map(
    ([i, d]) =>
      (p: string) =>
        sql`UPDATE events SET date = date + ${d}::int WHERE id = ${nth("events", p, i)}`,
  ),
  k.map((i) => (p: string) => sql`DELETE FROM attendance WHERE id = ${nth("attendance", p, i)}`),
  fc.tuple(k, k).map(
    ([i, j]) =>
      (p: string) =>
        sql`
    INSERT INTO attendance (id, organisation_id, plan_id, event_id, participant_id)
      SELECT gen_random_uuid(), e.organisation_id, e.plan_id, e.id, ${nth("participants", p, j)}
        FROM events e WHERE e.id = ${nth("events", p, i)}
      ON CONFLICT DO NOTHING`,
  ),
  fc.tuple(k, fc.boolean()).map(
    ([i, flip]) =>
      (p: string) =>
        sql`
    UPDATE participants SET resident = NOT resident,
      target_group_tags = CASE WHEN ${flip} THEN '["unge"]'::jsonb ELSE '[]'::jsonb END,
      birth_year = coalesce(birth_year, 1990) + 1
     WHERE id = ${nth("participants", p, i)}`,
  ),
  fc.tuple(k, days).map(
    ([i, d]) =>
      (p: string) =>
        sql`
    INSERT INTO course_stages (id, organisation_id, plan_id, course_id, stage, date)
      SELECT gen_random_uuid(), organisation_id, plan_id, course_id, stage, date + ${d}::int
        FROM course_stages WHERE id = ${nth("course_stages", p, i)}`,
  ),
  fc.tuple(k, days).map(
    ([i, d]) =>
      (p: string) =>
        sql`
    UPDATE courses SET outcome = coalesce(outcome, 'job'), outcome_date = start_date + abs(${d}::int), end_date = NULL
     WHERE id = ${nth("courses", p, i)}`,
  ),
  k.map((i) => (p: string) => sql`UPDATE courses SET deleted_at = now() WHERE id = ${nth("courses", p, i)}`),
  k.map((i) => (p: string) => sql`DELETE FROM course_follow_ups WHERE id = ${nth("course_follow_ups", p, i)}`),
  fc.tuple(k, days).map(
    ([i, d]) =>
      (p: string) =>
        sql`
    INSERT INTO contacts (id, organisation_id, plan_id, activity_id, participant_id, household_id, date, topic)
      SELECT gen_random_uuid(), organisation_id, plan_id, activity_id, participant_id, household_id, date + ${d}::int, topic
        FROM contacts WHERE id = ${nth("contacts", p, i)}`,
  ),
  k.map((i) => (p: string) => sql`UPDATE contacts SET deleted_at = now() WHERE id = ${nth("contacts", p, i)}`),
  k.map(
    (i) => (p: string) => sql`UPDATE referrals SET receiving_body = 'jobcenter' WHERE id = ${nth("referrals", p, i)}`,
  ),
  k.map((i) => (p: string) => sql`DELETE FROM assessments WHERE id = ${nth("assessments", p, i)}`),
  k.map(
    (i) => (p: string) => sql`UPDATE volunteer_hours SET hours = hours + 1 WHERE id = ${nth("volunteer_hours", p, i)}`,
  ),
  k.map(
    (i) => (p: string) =>
      sql`UPDATE criterion_values SET value = value + 1 WHERE id = ${nth("criterion_values", p, i)}`,
  ),
  k.map(
    (i) => (p: string) =>
      sql`UPDATE milestones SET status = 'done', done_date = '2015-06-01' WHERE id = ${nth("milestones", p, i)}`,
  ),
  // Structural and bulk changes: the reader must read the whole logbook again.
  k.map((i) => (p: string) => sql`UPDATE activities SET key = key WHERE id = ${nth("activities", p, i)}`),
  fc.constant((p: string) => sql`UPDATE attendance SET participant_id = participant_id WHERE plan_id = ${p}`),
  // Changes the figures do not read.
  k.map((i) => (p: string) => sql`UPDATE households SET code = code WHERE id = ${nth("households", p, i)}`),
];

/** A write, or a reader catching up in between (so catch-ups start from many revisions and reuse figures). */
const step = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(...writes).map((w) => ({ write: w })) },
  { weight: 1, arbitrary: fc.nat().map((read) => ({ read })) },
);

describe(`live figures after random writes equal figures from scratch (${testDatabaseKind})`, () => {
  let h: DatabaseHandle;
  const slugs: string[] = [];

  beforeAll(async () => {
    h = await createTestDatabase();
    for (const file of await examplePlanFiles())
      slugs.push((await importPlan(h.db, system, { text: await readFile(file, "utf8") })).slug);
    await addDemoLogbooks(h.db, { today });
  }, 120_000);
  afterAll(async () => h.close());

  it("for every example plan, measure kind and period", async () => {
    for (const slug of slugs) {
      const { plan } = await getPlan(h.db, system, slug);
      const [{ id: planId }] = await h.db.select({ id: plans.id }).from(plans).where(eq(plans.slug, slug));
      const periods = periodChoices(plan.period).map((c) => c.id);
      await liveFacts(h.db, planId);
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
          for (const s of steps) {
            if ("write" in s) await h.db.execute(s.write(planId));
            // A reader between writes, who sees one period's figures (kept for the next catch-up to reuse).
            else attainmentOf(await liveFacts(h.db, planId), plan, periods[s.read % periods.length], today);
          }
          const live = await liveFacts(h.db, planId);
          const scratch = await loadLogbookFacts(h.db, planId);
          expect(live.facts).toEqual(scratch);
          for (const period of periods)
            expect(attainmentOf(live, plan, period, today)).toEqual(attainment(plan, scratch, period, today));
        }),
        { numRuns: Number(process.env.LIVE_PROPERTY_RUNS ?? 6) },
      );
    }
  }, 600_000);
});
