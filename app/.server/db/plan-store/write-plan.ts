import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Activity } from "~/plan-format/activity";
import type { Criterion } from "~/plan-format/criterion";
import type { PlanFile } from "~/plan-format/plan";
import type { Database } from "../client";
import * as t from "../schema";
import { insertBudget, insertGovernance, insertTheoryOfChange } from "./write-plan-parts";

/** Collects the rows of one plan, every row tagged with tenant, plan and its position. */
export class PlanRows {
  readonly rows = new Map<unknown, Record<string, unknown>[]>();
  readonly partnerIds = new Map<string, string>();
  readonly activityIds = new Map<string, string>();
  constructor(
    readonly planId: string,
    readonly organisationId: string,
  ) {}

  /** Adds a row to a table and returns its new id. */
  add(table: unknown, position: number, values: Record<string, unknown>): string {
    const id = randomUUID();
    const list = this.rows.get(table) ?? [];
    list.push({ id, organisationId: this.organisationId, planId: this.planId, position, ...values });
    this.rows.set(table, list);
    return id;
  }
}

const insertOrder = [
  t.planPartners,
  t.planApprovals,
  t.planRoles,
  t.areas,
  t.departments,
  t.areaStatistics,
  t.focusAreas,
  t.activities,
  t.activityPartners,
  t.staffing,
  t.courseTypes,
  t.criteria,
  t.criterionTargets,
  t.milestones,
  t.governanceGroups,
  t.governanceMembers,
  t.budgetSources,
  t.budgetLines,
  t.budgetAmounts,
  t.budgetFootnotes,
  t.budgetStatedTotals,
  t.tocNodes,
  t.tocLinks,
];

/** What a new version of an existing plan keeps: the plan's id, its activities' ids and partner links. */
export interface KeptIds {
  planId: string;
  activityIds: Map<string, string>;
  partnerLinks: Map<string, string | null>;
}

/**
 * Writes a validated plan into the database (inside the caller's transaction); returns its id.
 * With `kept`, the plan row is updated in place and activities keep their ids, so the logbook
 * stays attached (the old structure rows must be cleared first: clearPlanStructure).
 */
export async function insertPlan(
  db: Database,
  plan: PlanFile,
  organisationId: string,
  kept?: KeptIds,
): Promise<string> {
  const planId = kept?.planId ?? randomUUID();
  await writePlanRow(db, plan, organisationId, planId, kept !== undefined);
  const r = new PlanRows(planId, organisationId);
  addListRows(r, plan, kept);
  addStructureRows(r, plan, kept);
  insertGovernance(r, plan);
  insertBudget(r, plan);
  insertTheoryOfChange(r, plan);
  for (const table of insertOrder) {
    const rows = r.rows.get(table) ?? [];
    for (let i = 0; i < rows.length; i += 400) await db.insert(table).values(rows.slice(i, i + 400) as never);
  }
  return planId;
}

/** The plan's own row: inserted, or updated in place when the plan is kept. */
async function writePlanRow(db: Database, plan: PlanFile, organisationId: string, planId: string, kept: boolean) {
  const planRow = {
    organisationId,
    slug: plan.slug,
    formatVersion: plan.formatVersion,
    kind: plan.kind,
    title: plan.title,
    subtitle: plan.subtitle,
    ownerName: plan.owner.name,
    ownerPartnerKey: plan.owner.partner,
    periodStart: plan.period.start,
    periodEnd: plan.period.end,
    municipality: plan.municipality,
    funder: plan.funder,
    source: plan.source,
    summary: plan.summary,
    foreword: plan.foreword,
    background: plan.background,
    vision: plan.vision,
    mainPurposes: plan.mainPurposes,
    evaluation: plan.evaluation,
    theoryOfChangeDescription: plan.theoryOfChange?.description,
    hasTheoryOfChange: plan.theoryOfChange !== undefined,
    hasBudget: plan.budget !== undefined,
    budgetNote: plan.budget?.note,
    logbook: plan.logbook,
    series: plan.series,
  };
  if (kept)
    await db
      .update(t.plans)
      .set({ ...planRow, updatedAt: new Date() })
      .where(eq(t.plans.id, planId));
  else await db.insert(t.plans).values({ id: planId, ...planRow });
}

/** Partners (keeping their links to organisations), approvals, roles, and areas with departments and statistics. */
function addListRows(r: PlanRows, plan: PlanFile, kept: KeptIds | undefined) {
  plan.partners.forEach((p, i) =>
    r.partnerIds.set(
      p.key,
      r.add(t.planPartners, i, { ...p, linkedOrganisationId: kept?.partnerLinks.get(p.key) ?? null }),
    ),
  );
  plan.approvals.forEach((a, i) => r.add(t.planApprovals, i, { ...a }));
  plan.roles.forEach((role, i) =>
    r.add(t.planRoles, i, {
      title: role.title,
      partnerKey: role.organisation,
      responsibilities: role.responsibilities,
    }),
  );
  plan.areas.forEach((area, i) => {
    const areaId = r.add(t.areas, i, { key: area.key, name: area.name, description: area.description });
    area.departments.forEach((d, j) => r.add(t.departments, j, { areaId, ...d }));
    area.statistics.forEach((s, j) => {
      const { comparison, ...rest } = s;
      r.add(t.areaStatistics, j, {
        areaId,
        ...rest,
        comparisonArea: comparison?.area,
        comparisonValue: comparison?.value,
      });
    });
  });
}

/** Focus areas, activities (keeping their ids), criteria at every level and milestones. */
function addStructureRows(r: PlanRows, plan: PlanFile, kept: KeptIds | undefined) {
  // Activity ids first, so that criteria and milestones anywhere can point at any activity.
  const all: { activity: Activity; focusAreaId: string; parentId?: string; position: number }[] = [];
  plan.focusAreas.forEach((fa, i) => {
    const { criteria: _c, activities: acts, ...fields } = fa;
    const focusAreaId = r.add(t.focusAreas, i, fields);
    const walk = (list: Activity[], parentId?: string) =>
      list.forEach((activity, position) => {
        all.push({ activity, focusAreaId, parentId, position });
        r.activityIds.set(activity.key, kept?.activityIds.get(activity.key) ?? randomUUID());
        walk(activity.activities, r.activityIds.get(activity.key));
      });
    walk(acts);
  });
  for (const { activity, focusAreaId, parentId, position } of all)
    addActivity(r, activity, focusAreaId, position, parentId);
  plan.criteria.forEach((c, i) => addCriterion(r, c, i, {}));
  plan.focusAreas.forEach((fa, i) => {
    const focusAreaId = (r.rows.get(t.focusAreas) ?? [])[i].id as string;
    fa.criteria.forEach((c, j) => addCriterion(r, c, j, { focusAreaId }));
  });
  plan.milestones.forEach((m, i) => {
    const { activity, ...rest } = m;
    r.add(t.milestones, i, { ...rest, activityId: activity ? r.activityIds.get(activity) : undefined });
  });
}

function addActivity(r: PlanRows, a: Activity, focusAreaId: string, position: number, parentId?: string) {
  const id = r.activityIds.get(a.key) as string;
  const list = r.rows.get(t.activities) ?? [];
  list.push({
    id,
    organisationId: r.organisationId,
    planId: r.planId,
    position,
    focusAreaId,
    parentId,
    key: a.key,
    number: a.number,
    title: a.title,
    problem: a.problem,
    purposes: a.purposes,
    goals: a.goals,
    targetGroup: a.targetGroup,
    content: a.content,
    schedule: a.schedule,
    deliverables: a.deliverables,
    collaboration: a.collaboration,
    hasResponsible: a.responsible !== undefined,
    responsibleText: a.responsible?.text,
    measurementMethod: a.measurementMethod,
    localEvaluation: a.localEvaluation,
    anchoring: a.anchoring,
    attendance: a.attendance,
  });
  r.rows.set(t.activities, list);
  let n = 0;
  for (const key of a.partners)
    r.add(t.activityPartners, n++, { activityId: id, partnerId: r.partnerIds.get(key), role: "collaborator" });
  for (const key of a.responsible?.partners ?? [])
    r.add(t.activityPartners, n++, { activityId: id, partnerId: r.partnerIds.get(key), role: "responsible" });
  a.staffing.forEach((s, i) => {
    const { organisation, ...rest } = s;
    r.add(t.staffing, i, { activityId: id, ...rest, partnerKey: organisation });
  });
  a.courseTypes.forEach((ct, i) => r.add(t.courseTypes, i, { activityId: id, ...ct }));
  a.criteria.forEach((c, i) => addCriterion(r, c, i, { activityId: id }));
}

function addCriterion(
  r: PlanRows,
  c: Criterion,
  position: number,
  owner: { focusAreaId?: string; activityId?: string },
) {
  const b = c.baseline;
  const criterionId = r.add(t.criteria, position, {
    ...owner,
    key: c.key,
    text: c.text,
    measure: c.measure,
    direction: c.direction,
    hasBaseline: b !== undefined,
    baselineValue: b?.value,
    baselinePeriod: b?.period,
    baselineDate: b?.date,
    baselineComparisonValue: b?.comparisonValue,
    baselineNote: b?.note,
    profile: c.profile,
    note: c.note,
  });
  c.targets.forEach((target, i) => r.add(t.criterionTargets, i, { criterionId, ...target }));
}
