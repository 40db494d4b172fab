import type { Activity } from "~/plan-format/activity";
import type { Criterion } from "~/plan-format/criterion";
import { type PlanFile, planFileSchema } from "~/plan-format/plan";
import {
  assembleAreas,
  assembleBudget,
  assembleGovernance,
  assembleMilestones,
  assembleTheoryOfChange,
} from "./assemble-plan-parts";
import type { PlanRowSet } from "./load-plan-rows";
import { groupBy, opt } from "./rows";

/** Rebuilds the plan file from its rows; parsing puts every field (JSON columns too) in the schema's order. */
export function assemblePlan(rows: PlanRowSet): PlanFile {
  return planFileSchema.parse(buildPlan(rows));
}

function buildPlan(rows: PlanRowSet): PlanFile {
  const p = rows.plan;
  const partnerKeys = new Map(rows.partners.map((x) => [x.id, x.key]));
  const criteria = criteriaByOwner(rows);
  const activities = toActivities(rows, partnerKeys, criteria);

  return {
    formatVersion: 1,
    slug: p.slug,
    kind: p.kind,
    title: p.title,
    subtitle: opt(p.subtitle),
    owner: { name: p.ownerName, partner: opt(p.ownerPartnerKey) },
    period: { start: p.periodStart, end: p.periodEnd },
    municipality: opt(p.municipality),
    funder: opt(p.funder),
    source: opt(p.source),
    summary: opt(p.summary),
    foreword: opt(p.foreword),
    background: opt(p.background),
    vision: opt(p.vision),
    mainPurposes: p.mainPurposes,
    evaluation: opt(p.evaluation),
    criteria: criteria("plan"),
    areas: assembleAreas(rows),
    series: p.series ?? [],
    partners: rows.partners.map((x) => ({
      key: x.key,
      name: x.name,
      kind: opt(x.kind) as "other",
      description: opt(x.description),
    })),
    focusAreas: rows.focusAreas.map((f) => ({
      key: f.key,
      number: opt(f.number),
      title: f.title,
      problem: opt(f.problem),
      description: opt(f.description),
      purposes: f.purposes,
      goals: f.goals,
      measurementMethod: opt(f.measurementMethod),
      criteria: criteria(f.id),
      activities: activities.get(f.id) ?? [],
    })),
    theoryOfChange: assembleTheoryOfChange(rows),
    milestones: assembleMilestones(rows),
    governance: assembleGovernance(rows),
    roles: rows.roles.map((r) => ({
      title: r.title,
      organisation: opt(r.partnerKey),
      responsibilities: r.responsibilities,
    })),
    budget: assembleBudget(rows),
    approvals: rows.approvals.map((a) => ({ body: a.body, date: opt(a.date), note: opt(a.note) })),
    logbook: opt(p.logbook),
  };
}

/** The criteria by owner: an activity's or focus area's id, or "plan" for the plan's own. */
function criteriaByOwner(rows: PlanRowSet): (owner: string) => Criterion[] {
  const targets = groupBy(rows.targets, (x) => x.criterionId);
  const criteriaOf = groupBy(rows.criteria, (x) => x.activityId ?? x.focusAreaId ?? "plan");
  const toCriterion = (c: PlanRowSet["criteria"][number]): Criterion => ({
    key: c.key,
    text: c.text,
    measure: c.measure,
    targets: (targets.get(c.id) ?? []).map((x) => ({
      period: x.period,
      value: opt(x.value),
      relative: opt(x.relative) as Criterion["targets"][number]["relative"],
      note: opt(x.note),
    })),
    baseline: c.hasBaseline
      ? {
          value: opt(c.baselineValue),
          period: opt(c.baselinePeriod),
          date: opt(c.baselineDate),
          comparisonValue: opt(c.baselineComparisonValue),
          note: opt(c.baselineNote),
        }
      : undefined,
    direction: c.direction,
    profile: opt(c.profile),
    note: opt(c.note),
  });
  return (owner: string) => (criteriaOf.get(owner) ?? []).map(toCriterion);
}

/** Builds the activity trees, returned per focus area id. */
function toActivities(rows: PlanRowSet, partnerKeys: Map<string, string>, criteria: (owner: string) => Criterion[]) {
  const children = groupBy(rows.activities, (a) => a.parentId ?? `fa:${a.focusAreaId}`);
  const links = groupBy(rows.activityPartners, (x) => x.activityId);
  const staffing = groupBy(rows.staffing, (x) => x.activityId);
  const courseTypes = groupBy(rows.courseTypes, (x) => x.activityId);
  const build = (a: PlanRowSet["activities"][number]): Activity => {
    const partnersOf = (role: string) =>
      (links.get(a.id) ?? []).filter((l) => l.role === role).map((l) => partnerKeys.get(l.partnerId) as string);
    return {
      key: a.key,
      number: opt(a.number),
      title: a.title,
      problem: opt(a.problem),
      purposes: a.purposes,
      goals: a.goals,
      targetGroup: opt(a.targetGroup),
      content: opt(a.content),
      schedule: opt(a.schedule),
      deliverables: a.deliverables,
      staffing: (staffing.get(a.id) ?? []).map((s) => ({
        role: s.role,
        hoursPerWeek: opt(s.hoursPerWeek),
        hoursPerWeekMax: opt(s.hoursPerWeekMax),
        fte: opt(s.fte),
        averaged: opt(s.averaged),
        organisation: opt(s.partnerKey),
        note: opt(s.note),
      })),
      partners: partnersOf("collaborator"),
      collaboration: opt(a.collaboration),
      responsible: a.hasResponsible ? { partners: partnersOf("responsible"), text: opt(a.responsibleText) } : undefined,
      measurementMethod: opt(a.measurementMethod),
      localEvaluation: opt(a.localEvaluation),
      anchoring: opt(a.anchoring),
      attendance: opt(a.attendance) as Activity["attendance"],
      courseTypes: (courseTypes.get(a.id) ?? []).map((c) => ({
        key: c.key,
        name: c.name,
        category: opt(c.category) as "other",
        stages: c.stages,
        outcomes: c.outcomes,
        followUpMonths: c.followUpMonths,
        note: opt(c.note),
      })),
      criteria: criteria(a.id),
      activities: (children.get(a.id) ?? []).map(build),
    };
  };
  const byFocusArea = new Map<string, Activity[]>();
  for (const f of rows.focusAreas) byFocusArea.set(f.id, (children.get(`fa:${f.id}`) ?? []).map(build));
  return byFocusArea;
}
