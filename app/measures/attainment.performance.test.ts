import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { parsePlanFile } from "~/plan-format/parse-plan-file";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import { attainment } from "./attainment";
import { addDays } from "./dates";
import type { LogbookFacts } from "./facts";
import { emptyFacts, planActivities } from "./test-support";

const parsed = parsePlanFile(
  readFileSync(new URL("../../examples/plans/staermosegaarden.yaml", import.meta.url), "utf8"),
);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const plan: PlanFile = parsed.plan;

const ATTENDANCE_ROWS = 200_000;
// The product's budget is 150 ms for the whole overview, measured by `npm run bench:attainment`.
const YEAR = { id: "PY2", start: "2016-05-01", days: 365 }; // plan year 2: 2016-05-01 – 2017-04-30

/** A seeded generator (mulberry32), so every run builds the same logbook. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A big logbook: every one of the 200,000 attendance rows falls in the year computed (the worst case). */
function bigLogbook(seed: number): LogbookFacts {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const activities = planActivities(plan);
  const activityIds = activities.map((a) => a.id);
  const vocabulary = plan.logbook;
  const eventTypes = vocabulary?.eventTypes.map((w) => w.key) ?? ["arrangement"];
  const tags = vocabulary?.targetGroupTags.map((w) => w.key) ?? [];
  const bodies = vocabulary?.receivingBodies.map((w) => w.key) ?? ["kommunen"];
  const roles = vocabulary?.volunteerRoles.map((w) => w.key) ?? ["frivillig"];
  const courseTypes = indexPlan(plan).courseTypes.map((c) => c.courseType);
  const date = (from = YEAR.start, days = YEAR.days) => addDays(from, Math.floor(rnd() * days));
  const anyDate = () => date("2015-05-01", 4 * 365);

  const participantIds = Array.from({ length: 4_000 }, (_, i) => `p${i}`);
  const participants = participantIds.map((id) => ({
    id,
    birthYear: rnd() < 0.95 ? 1940 + Math.floor(rnd() * 75) : null,
    householdId: rnd() < 0.9 ? `h${Math.floor(rnd() * 1_500)}` : null,
    targetGroupTags: tags.filter(() => rnd() < 0.15),
    resident: rnd() < 0.85,
  }));
  const perEvent = 40;
  const events = Array.from({ length: ATTENDANCE_ROWS / perEvent }, (_, i) => {
    const attendees = new Set<string>();
    while (attendees.size < perEvent) attendees.add(pick(participantIds));
    return {
      id: `e${i}`,
      activityId: pick(activityIds),
      date: date(),
      type: pick(eventTypes),
      headcount: rnd() < 0.5 ? perEvent + Math.floor(rnd() * 10) : null,
      breakdown: rnd() < 0.3 ? { residents: Math.floor(rnd() * perEvent) } : {},
      attendees: [...attendees],
    };
  });
  const courses = Array.from({ length: 3_000 }, (_, i) => {
    const type = pick(courseTypes);
    const startDate = anyDate();
    const ended = rnd() < 0.6;
    const endDate = ended ? addDays(startDate, Math.floor(rnd() * 400)) : null;
    return {
      id: `k${i}`,
      activityId: pick(activityIds),
      courseType: type.key,
      participantId: pick(participantIds),
      startDate,
      endDate,
      outcome: ended && type.outcomes.length > 0 ? pick(type.outcomes).key : null,
      outcomeDate: endDate,
      stages: type.stages.slice(0, 1 + Math.floor(rnd() * type.stages.length)).map((s, n) => ({
        stage: s.key,
        date: addDays(startDate, n * 30),
      })),
      followUps: [],
    };
  });
  return emptyFacts({
    activities,
    participants,
    events,
    courses,
    contacts: Array.from({ length: 10_000 }, (_, i) => ({
      id: `c${i}`,
      activityId: pick(activityIds),
      date: anyDate(),
      topic: null,
      participantId: rnd() < 0.9 ? pick(participantIds) : null,
      householdId: rnd() < 0.3 ? `h${Math.floor(rnd() * 1_500)}` : null,
    })),
    referrals: Array.from({ length: 5_000 }, (_, i) => ({
      id: `r${i}`,
      activityId: pick(activityIds),
      date: anyDate(),
      receivingBody: pick(bodies),
      participantId: rnd() < 0.9 ? pick(participantIds) : null,
      householdId: null,
      result: null,
    })),
    volunteerHours: Array.from({ length: 10_000 }, (_, i) => ({
      id: `v${i}`,
      activityId: pick(activityIds),
      date: anyDate(),
      participantId: pick(participantIds),
      role: pick(roles),
      hours: 2,
    })),
    values: [
      { criterionKey: "tryghed", period: "2015", value: 61 },
      { criterionKey: "fraflytningsprocent", period: "2016H1", value: 7.4 },
      { criterionKey: "skolens-vurdering-fravaer", period: "PY2", value: 1 },
    ],
  });
}

describe("attainment performance", () => {
  // Timings are printed for the reader; the targets are checked by `npm run bench:attainment`, which
  // measures against a reference in the same run (a timed assertion here fails on a busy machine).
  it(`computes every criterion of Stærmosegården for a plan year over ${ATTENDANCE_ROWS} attendance rows`, () => {
    // Warm the engine once on a logbook of its own; the timed logbook is fresh, so its index is built inside the timing.
    const logbooks = [1, 2, 3, 4].map(bigLogbook);
    for (const facts of logbooks)
      expect(facts.events.reduce((n, e) => n + e.attendees.length, 0)).toBe(ATTENDANCE_ROWS);
    const warmStart = performance.now();
    attainment(plan, logbooks[0], YEAR.id, "2017-06-01");
    const coldMs = performance.now() - warmStart;

    const runs: number[] = [];
    let rows: ReturnType<typeof attainment> = [];
    for (const timed of logbooks.slice(1)) {
      const start = performance.now();
      rows = attainment(plan, timed, YEAR.id, "2017-06-01");
      runs.push(performance.now() - start);
    }
    const median = [...runs].sort((a, b) => a - b)[1];
    console.log(
      `attainment: ${rows.length} criteria, ${ATTENDANCE_ROWS} attendance rows: ` +
        `first call in the process (unwarmed JIT) ${coldMs.toFixed(1)} ms; then fresh logbooks (index built inside) ${runs.map((r) => r.toFixed(1)).join(", ")} ms (median ${median.toFixed(1)} ms)`,
    );
    expect(rows).toHaveLength(indexPlan(plan).criteria.length);
    expect(rows.find((r) => r.key === "bid-flere-deltagere")?.actual).toBeGreaterThan(0);
  });
});
