import type { ListFigureKey } from "~/area-lists/list-rules";
import type { PlanFile } from "~/plan-format/plan";
import type { PlanRowSet } from "./load-plan-rows";
import { groupBy, opt } from "./rows";

/** Rebuilds the governance bodies with their members. */
export function assembleGovernance(rows: PlanRowSet): PlanFile["governance"] {
  const members = groupBy(rows.members, (m) => m.groupId);
  return rows.groups.map((g) => ({
    key: g.key,
    name: g.name,
    kind: g.kind as PlanFile["governance"][number]["kind"],
    description: opt(g.description),
    members: (members.get(g.id) ?? []).map((m) => ({
      role: m.role,
      count: opt(m.count),
      organisation: opt(m.partnerKey),
      name: opt(m.name),
      note: opt(m.note),
    })),
    mandate: opt(g.mandate),
    duties: g.duties,
    meetingCadence: opt(g.meetingCadence),
    meetingsPerYear: opt(g.meetingsPerYear),
  }));
}

/** Rebuilds the budget; absent when the plan file had none. */
export function assembleBudget(rows: PlanRowSet): PlanFile["budget"] {
  if (!rows.plan.hasBudget) return undefined;
  const sourceKeys = new Map(rows.sources.map((s) => [s.id, s.key]));
  const activityKeys = new Map(rows.activities.map((a) => [a.id, a.key]));
  const amounts = groupBy(rows.amounts, (a) => a.lineId);
  return {
    sources: rows.sources.map((s) => ({ key: s.key, name: s.name, local: opt(s.local) })),
    lines: rows.lines.map((l) => ({
      label: l.label,
      activity: l.activityId ? activityKeys.get(l.activityId) : undefined,
      source: l.sourceId ? sourceKeys.get(l.sourceId) : undefined,
      amounts: (amounts.get(l.id) ?? []).map((a) => ({ year: a.year, amount: a.amount, footnote: opt(a.footnoteKey) })),
      footnote: opt(l.footnoteKey),
      note: opt(l.note),
    })),
    footnotes: rows.footnotes.map((f) => ({ key: f.key, text: f.text })),
    statedTotals: rows.statedTotals.map((s) => ({ year: s.year, amount: s.amount, note: opt(s.note) })),
    note: opt(rows.plan.budgetNote),
  };
}

/** Rebuilds the theory of change; absent when the plan file had none. */
export function assembleTheoryOfChange(rows: PlanRowSet): PlanFile["theoryOfChange"] {
  if (!rows.plan.hasTheoryOfChange) return undefined;
  const nodeKeys = new Map(rows.tocNodes.map((n) => [n.id, n.key]));
  return {
    description: opt(rows.plan.theoryOfChangeDescription),
    nodes: rows.tocNodes.map((n) => ({ key: n.key, level: n.level, label: n.label, ref: opt(n.refKey) })),
    links: rows.tocLinks.map((l) => ({
      from: nodeKeys.get(l.fromNodeId) as string,
      to: nodeKeys.get(l.toNodeId) as string,
    })),
  };
}

/** The housing areas with their departments and statistics. */
export function assembleAreas(rows: PlanRowSet): PlanFile["areas"] {
  return rows.areas.map((a) => ({
    key: a.key,
    name: a.name,
    description: opt(a.description),
    departments: rows.departments
      .filter((d) => d.areaId === a.id)
      .map((d) => ({
        number: d.number,
        name: d.name,
        tenancies: opt(d.tenancies),
        residents: opt(d.residents),
        note: opt(d.note),
      })),
    statistics: rows.statistics
      .filter((s) => s.areaId === a.id)
      .map((s) => ({
        key: s.key,
        label: s.label,
        value: s.value,
        unit: s.unit as "percent",
        period: opt(s.period),
        date: opt(s.date),
        comparison:
          s.comparisonArea !== null ? { area: s.comparisonArea, value: s.comparisonValue as number } : undefined,
        source: opt(s.source),
        listFigure: opt(s.listFigure) as ListFigureKey | undefined,
        listArea: opt(s.listArea),
      })),
  }));
}

/** The milestone plan; a milestone's activity by its key. */
export function assembleMilestones(rows: PlanRowSet): PlanFile["milestones"] {
  return rows.milestones.map((m) => ({
    key: m.key,
    title: m.title,
    due: m.due,
    activity: opt(rows.activities.find((a) => a.id === m.activityId)?.key),
    responsible: opt(m.responsible),
    status: m.status,
    doneDate: opt(m.doneDate),
    note: opt(m.note),
  }));
}
