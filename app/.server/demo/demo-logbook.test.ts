import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlanFile } from "~/plan-format/parse-plan-file";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import { demoLogbookCounts, generateDemoLogbook } from "./demo-logbook";
import type { DemoLogbook } from "./demo-logbook-rows";

const dir = new URL("../../../examples/plans/", import.meta.url);
const plans: PlanFile[] = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => {
    const result = parsePlanFile(readFileSync(new URL(f, dir), "utf8"));
    if (!result.ok) throw new Error(`${f}: ${result.problems.map((p) => p.message).join("; ")}`);
    return result.plan;
  });
const today = "2026-11-23";
const byPlan = new Map(plans.map((p) => [p.slug, generateDemoLogbook(p, { seed: 1, scale: 1, today })]));

describe("the demo logbook generator", () => {
  it("gives the same rows for the same seed, and other rows for another seed", () => {
    for (const plan of plans) {
      const again = generateDemoLogbook(plan, { seed: 1, scale: 1, today });
      expect(again).toEqual(byPlan.get(plan.slug));
      const other = generateDemoLogbook(plan, { seed: 2, scale: 1, today });
      expect(other.participants.map((p) => p.id)).not.toEqual(again.participants.map((p) => p.id));
    }
  });

  it("stops at today while a plan runs, and makes nothing before it starts", () => {
    const plan = plans.find((p) => p.slug === "opzoomerne") as PlanFile;
    const midway = generateDemoLogbook(plan, { seed: 1, scale: 1, today: "2022-06-15" });
    const dated = [...midway.contacts, ...midway.assessments, ...midway.volunteerHours, ...midway.courseStages];
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((r) => r.date <= "2022-06-15")).toBe(true);
    // Planned sessions a fortnight ahead exist, but nobody is ticked at a session from today on.
    const eventDay = new Map(midway.events.map((e) => [e.id, e.date]));
    expect(midway.attendance.every((a) => (eventDay.get(a.eventId) as string) < "2022-06-15")).toBe(true);
    const before = generateDemoLogbook(plan, { seed: 1, scale: 1, today: "2020-01-01" });
    expect(before.events).toEqual([]);
    expect(before.participants).toEqual([]);
  });

  it.each(plans.map((p) => [p.slug, p] as const))("%s: only words, keys and dates the plan allows", (_slug, plan) => {
    const lb = byPlan.get(plan.slug) as DemoLogbook;
    expect(problemsOf(plan, lb)).toEqual([]);
  });

  it("uses every word of each plan's logbook vocabulary that fits an activity", () => {
    for (const plan of plans) {
      const lb = byPlan.get(plan.slug) as DemoLogbook;
      const v = plan.logbook;
      const used = (list: string[], words: { key: string }[] | undefined) =>
        (words ?? []).filter((w) => !list.includes(w.key)).map((w) => w.key);
      expect(used([...new Set(lb.contacts.map((c) => c.topic ?? ""))], v?.contactTopics), plan.slug).toEqual([]);
      expect(used([...new Set(lb.referrals.map((r) => r.receivingBody))], v?.receivingBodies), plan.slug).toEqual([]);
      expect(used([...new Set(lb.assessments.map((a) => a.assessment))], v?.assessmentTypes), plan.slug).toEqual([]);
      expect(used([...new Set(lb.volunteerHours.map((h) => h.role ?? ""))], v?.volunteerRoles), plan.slug).toEqual([]);
    }
  });

  it("is modest at scale 1 and grows with the scale", () => {
    const counts = plans.map((p) => demoLogbookCounts(byPlan.get(p.slug) as DemoLogbook));
    for (const c of counts) expect(c.attendance).toBeLessThan(15_000);
    const biggest = plans.find((p) => p.slug === "rum-for-liv") as PlanFile;
    const one = demoLogbookCounts(byPlan.get(biggest.slug) as DemoLogbook);
    const three = demoLogbookCounts(generateDemoLogbook(biggest, { seed: 1, scale: 3, today }));
    expect(three.attendance / one.attendance).toBeGreaterThan(2.2);
    expect(three.attendance / one.attendance).toBeLessThan(4);
    expect(three.courses).toBeGreaterThan(2 * one.courses);
  });
});

/** Everything in a generated logbook that the logbook's own rules would refuse. */
function problemsOf(plan: PlanFile, lb: DemoLogbook): string[] {
  const problems: string[] = [];
  const index = indexPlan(plan);
  const activityKeys = new Set(index.activities.map((a) => a.activity.key));
  const types = new Map(index.courseTypes.map((c) => [c.courseType.key, c]));
  const vocab = plan.logbook;
  const inVocab = (list: { key: string }[] | undefined, key: string | null) =>
    key === null || !list || list.length === 0 || list.some((w) => w.key === key);
  const inPeriod = (date: string) => date >= plan.period.start && date <= plan.period.end;
  const people = new Set(lb.participants.map((p) => p.id));
  const households = new Set(lb.households.map((h) => h.id));
  const ids = new Set<string>();
  for (const rows of Object.values(lb))
    if (Array.isArray(rows))
      for (const r of rows as { id: string }[]) {
        if (ids.has(r.id)) problems.push(`duplicate id ${r.id}`);
        ids.add(r.id);
      }
  const codes = lb.participants.map((p) => p.code);
  if (new Set(codes).size !== codes.length) problems.push("duplicate participant codes");
  for (const p of lb.participants) {
    if (p.householdId && !households.has(p.householdId)) problems.push(`participant ${p.code}: unknown household`);
    for (const t of p.targetGroupTags)
      if (!inVocab(vocab?.targetGroupTags, t)) problems.push(`participant ${p.code}: tag ${t}`);
  }
  const withActivity = [
    ...lb.events,
    ...lb.eventSeries,
    ...lb.rosterEntries,
    ...lb.courses,
    ...lb.contacts,
    ...lb.referrals,
    ...lb.assessments,
    ...lb.volunteerHours,
  ];
  for (const r of withActivity)
    if (!activityKeys.has(r.activityKey)) problems.push(`unknown activity ${r.activityKey}`);
  const pairs = new Set<string>();
  for (const r of lb.rosterEntries) {
    if (pairs.has(`${r.activityKey}/${r.participantId}`)) problems.push("roster entry twice");
    pairs.add(`${r.activityKey}/${r.participantId}`);
  }
  for (const e of lb.events) {
    if (!inVocab(vocab?.eventTypes, e.type)) problems.push(`event type ${e.type}`);
    if (!inPeriod(e.date)) problems.push(`event ${e.date} outside the plan`);
    const b = e.breakdown;
    if (e.headcount === null && Object.keys(b).length > 0) problems.push("breakdown without headcount");
    for (const [x, y] of [
      ["children", "adults"],
      ["residents", "nonResidents"],
      ["new", "returning"],
    ])
      if (e.headcount !== null && (b[x] ?? 0) + (b[y] ?? 0) > e.headcount) problems.push(`breakdown ${x} too big`);
  }
  const eventIds = new Set(lb.events.map((e) => e.id));
  const seen = new Set<string>();
  for (const a of lb.attendance) {
    if (!eventIds.has(a.eventId) || !people.has(a.participantId)) problems.push("attendance of unknown event/person");
    if (seen.has(`${a.eventId}/${a.participantId}`)) problems.push("attendance twice");
    seen.add(`${a.eventId}/${a.participantId}`);
  }
  const courseById = new Map(lb.courses.map((c) => [c.id, c]));
  for (const c of lb.courses) {
    const t = types.get(c.courseType)?.courseType;
    if (!t) problems.push(`course type ${c.courseType}`);
    if (!people.has(c.participantId)) problems.push("course of unknown person");
    if (c.mentorParticipantId === c.participantId) problems.push("own mentor");
    if (!inPeriod(c.startDate) || (c.endDate && !inPeriod(c.endDate))) problems.push("course outside the plan");
    if (c.endDate && c.endDate < c.startDate) problems.push("course ends before it starts");
    if (c.outcome && (!c.outcomeDate || !t?.outcomes.some((o) => o.key === c.outcome))) problems.push("bad outcome");
  }
  for (const s of lb.courseStages) {
    const c = courseById.get(s.courseId);
    const t = c && types.get(c.courseType)?.courseType;
    if (!c || !t?.stages.some((x) => x.key === s.stage) || s.date < c.startDate || !inPeriod(s.date))
      problems.push(`bad stage ${s.stage}`);
  }
  for (const f of lb.courseFollowUps) {
    const c = courseById.get(f.courseId);
    const t = c && types.get(c.courseType)?.courseType;
    if (!c || !t?.followUpMonths.includes(f.offsetMonths) || !inPeriod(f.date)) problems.push("bad follow-up");
    if (t && ![...t.outcomes.map((o) => o.key), "ingen-kontakt"].includes(f.status))
      problems.push("bad follow-up status");
  }
  for (const c of lb.contacts) {
    if (!inVocab(vocab?.contactTopics, c.topic)) problems.push(`topic ${c.topic}`);
    if (!inPeriod(c.date)) problems.push("contact outside the plan");
  }
  for (const r of lb.referrals)
    if (!inVocab(vocab?.receivingBodies, r.receivingBody) || !inPeriod(r.date))
      problems.push(`referral ${r.receivingBody}`);
  for (const a of lb.assessments)
    if (!inVocab(vocab?.assessmentTypes, a.assessment) || !people.has(a.participantId) || !inPeriod(a.date))
      problems.push(`assessment ${a.assessment}`);
  for (const h of lb.volunteerHours)
    if (!inVocab(vocab?.volunteerRoles, h.role) || h.hours <= 0 || h.hours > 24 || !inPeriod(h.date))
      problems.push(`volunteer hours ${h.role}`);
  const criteria = new Set(index.criteria.map((c) => c.criterion.key));
  for (const v of lb.criterionValues) if (!criteria.has(v.criterionKey)) problems.push(`value for ${v.criterionKey}`);
  const milestones = new Set(plan.milestones.map((m) => m.key));
  for (const m of lb.milestoneUpdates)
    if (!milestones.has(m.milestoneKey)) problems.push(`milestone ${m.milestoneKey}`);
  return problems;
}
