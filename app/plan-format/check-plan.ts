import { type ErrorKey, errorText } from "~/i18n/error-text";
import { checkMeasureReferences } from "./check-measures";
import { overlaps, periodRange, planYearCount } from "./periods";
import type { PlanFile } from "./plan";
import { formatPath, indexPlan, type PlanIndex, type PlanPath } from "./plan-index";

/** One problem found in a plan file, with where it is. */
export interface PlanProblem {
  path: string;
  message: string;
}

/** Collects problems; `add` takes a path into the file and a Danish message. */
export class ProblemList {
  readonly items: PlanProblem[] = [];
  add(path: PlanPath, message: string) {
    this.items.push({ path: formatPath(path), message });
  }
}

/** Reports every item whose key was seen before, e.g. `Aktiviteten lektiecafe optræder to gange`; `what` names the item by key. */
export function unique<T>(
  problems: ProblemList,
  items: T[],
  keyOf: (item: T) => string | number | undefined,
  path: (i: number) => PlanPath,
  what: ErrorKey,
  message: ErrorKey = "planKeyTwice",
) {
  const seen = new Set<string | number>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (key === undefined) return;
    if (seen.has(key)) problems.add(path(i), errorText(message, { what: errorText(what), key }));
    else seen.add(key);
  });
}

/**
 * Checks what a schema alone cannot: unique keys, targets inside the plan period, and that
 * every reference (activities, partners, course types, vocabularies, footnotes) exists.
 */
export function checkPlan(plan: PlanFile): PlanProblem[] {
  const problems = new ProblemList();
  const index = indexPlan(plan);
  if (plan.period.start >= plan.period.end) problems.add(["period"], errorText("planEndBeforeStart"));
  checkIndexedKeys(index, plan, problems);
  checkListKeys(plan, problems);
  checkSeriesAreas(plan, problems);
  checkTargetPeriods(plan, index, problems);
  checkMeasureReferences(plan, index, problems);
  checkPartnerReferences(plan, index, problems);
  if (plan.budget) checkBudget(plan.budget, activityCheck(index, problems), problems);
  if (plan.theoryOfChange) checkTheoryOfChange(plan, index, plan.theoryOfChange, problems);
  return problems.items;
}

/** Unique keys of focus areas, activities, criteria and course types (wherever they sit in the plan). */
function checkIndexedKeys(index: PlanIndex, plan: PlanFile, problems: ProblemList) {
  unique(
    problems,
    plan.focusAreas,
    (f) => f.key,
    (i) => ["focusAreas", i, "key"],
    "planNounFocusArea",
  );
  unique(
    problems,
    index.activities,
    (a) => a.activity.key,
    (i) => [...index.activities[i].path, "key"],
    "planNounActivity",
  );
  unique(
    problems,
    index.criteria,
    (c) => c.criterion.key,
    (i) => [...index.criteria[i].path, "key"],
    "planNounCriterion",
  );
  unique(
    problems,
    index.courseTypes,
    (c) => c.courseType.key,
    (i) => [...index.courseTypes[i].path, "key"],
    "planNounCourseType",
  );
}

/** Unique keys of the plan's lists: partners, milestones, governance, areas and their statistics, series. */
function checkListKeys(plan: PlanFile, problems: ProblemList) {
  unique(
    problems,
    plan.partners,
    (p) => p.key,
    (i) => ["partners", i, "key"],
    "planNounPartner",
  );
  unique(
    problems,
    plan.milestones,
    (m) => m.key,
    (i) => ["milestones", i, "key"],
    "planNounMilestone",
  );
  unique(
    problems,
    plan.governance,
    (g) => g.key,
    (i) => ["governance", i, "key"],
    "planNounBody",
  );
  unique(
    problems,
    plan.areas,
    (a) => a.key,
    (i) => ["areas", i, "key"],
    "planNounArea",
  );
  plan.areas.forEach((area, a) =>
    unique(
      problems,
      area.statistics,
      (s) => s.key,
      (i) => ["areas", a, "statistics", i, "key"],
      "planNounStatistic",
    ),
  );

  unique(
    problems,
    plan.series,
    (s) => s.key,
    (i) => ["series", i, "key"],
    "planNounSeries",
  );
}

/** Every series names an area of the plan. */
function checkSeriesAreas(plan: PlanFile, problems: ProblemList) {
  const areaKeys = new Set(plan.areas.map((a) => a.key));
  plan.series.forEach((s, i) => {
    if (s.area !== undefined && !areaKeys.has(s.area))
      problems.add(["series", i, "area"], errorText("planSeriesAreaUnknown", { key: s.area }));
  });
}

/** One target per period, each period inside the plan (a plan year the plan has). */
function checkTargetPeriods(plan: PlanFile, index: PlanIndex, problems: ProblemList) {
  const range = plan.period;
  const years = planYearCount(range);
  for (const { criterion, path } of index.criteria) {
    unique(
      problems,
      criterion.targets,
      (t) => t.period,
      () => [...path, "targets"],
      "planNounPeriod",
      "planTargetTwice",
    );
    criterion.targets.forEach((target, i) => {
      const where = [...path, "targets", i, "period"];
      const planYear = /^PY(\d+)$/.exec(target.period);
      if (planYear && Number(planYear[1]) > years)
        problems.add(where, errorText("planYearBeyond", { years, period: target.period }));
      else if (!planYear && !overlaps(periodRange(target.period, range), range))
        problems.add(
          where,
          errorText("planPeriodOutside", { period: target.period, start: range.start, end: range.end }),
        );
    });
  }
}

/** Reports an activity key the plan does not have. */
function activityCheck(index: PlanIndex, problems: ProblemList) {
  const activities = new Set(index.activities.map((a) => a.activity.key));
  return (key: string | undefined, path: PlanPath) => {
    if (key !== undefined && !activities.has(key)) problems.add(path, errorText("planActivityUnknown", { key }));
  };
}

/** The partners named by the owner, activities, governance and roles; the activities milestones name. */
function checkPartnerReferences(plan: PlanFile, index: PlanIndex, problems: ProblemList) {
  const partners = new Set(plan.partners.map((p) => p.key));
  const partner = (key: string | undefined, path: PlanPath) => {
    if (key !== undefined && !partners.has(key)) problems.add(path, errorText("planPartnerUnknown", { key }));
  };
  const activity = activityCheck(index, problems);
  partner(plan.owner.partner, ["owner", "partner"]);
  for (const { activity: a, path } of index.activities) {
    a.partners.forEach((p, i) => partner(p, [...path, "partners", i]));
    a.responsible?.partners.forEach((p, i) => partner(p, [...path, "responsible", "partners", i]));
    a.staffing.forEach((s, i) => partner(s.organisation, [...path, "staffing", i, "organisation"]));
  }
  plan.governance.forEach((g, gi) =>
    g.members.forEach((m, i) => partner(m.organisation, ["governance", gi, "members", i, "organisation"])),
  );
  plan.roles.forEach((r, i) => partner(r.organisation, ["roles", i, "organisation"]));
  plan.milestones.forEach((m, i) => activity(m.activity, ["milestones", i, "activity"]));
}

/** The budget's sources, footnotes and lines: unique keys and years, known activities, sources and footnotes. */
function checkBudget(
  budget: NonNullable<PlanFile["budget"]>,
  activity: (key: string | undefined, path: PlanPath) => void,
  problems: ProblemList,
) {
  const sources = new Set(budget.sources.map((s) => s.key));
  const notes = new Set(budget.footnotes.map((f) => f.key));
  const note = (key: string | undefined, path: PlanPath) => {
    if (key !== undefined && !notes.has(key)) problems.add(path, errorText("planFootnoteUnknown", { key }));
  };
  unique(
    problems,
    budget.sources,
    (s) => s.key,
    (i) => ["budget", "sources", i, "key"],
    "planNounSource",
  );
  unique(
    problems,
    budget.footnotes,
    (f) => f.key,
    (i) => ["budget", "footnotes", i, "key"],
    "planNounFootnote",
  );
  budget.lines.forEach((line, l) => {
    const path: PlanPath = ["budget", "lines", l];
    activity(line.activity, [...path, "activity"]);
    if (line.source !== undefined && !sources.has(line.source))
      problems.add([...path, "source"], errorText("planSourceUnknown", { key: line.source }));
    note(line.footnote, [...path, "footnote"]);
    unique(
      problems,
      line.amounts,
      (a) => a.year,
      (i) => [...path, "amounts", i, "year"],
      "planNounYear",
    );
    line.amounts.forEach((a, i) => note(a.footnote, [...path, "amounts", i, "footnote"]));
  });
}

/** The theory of change: unique node keys, nodes referring to focus areas and activities, links between nodes. */
function checkTheoryOfChange(
  plan: PlanFile,
  index: PlanIndex,
  toc: NonNullable<PlanFile["theoryOfChange"]>,
  problems: ProblemList,
) {
  const activities = new Set(index.activities.map((a) => a.activity.key));
  const focusAreas = new Set(plan.focusAreas.map((f) => f.key));
  const nodes = new Set(toc.nodes.map((n) => n.key));
  unique(
    problems,
    toc.nodes,
    (n) => n.key,
    (i) => ["theoryOfChange", "nodes", i, "key"],
    "planNounNode",
  );
  toc.nodes.forEach((n, i) => {
    if (n.ref === undefined) return;
    const known = n.level === "focusArea" ? focusAreas.has(n.ref) : activities.has(n.ref);
    if (!known) problems.add(["theoryOfChange", "nodes", i, "ref"], errorText("planRefUnknown", { key: n.ref }));
  });
  toc.links.forEach((link, i) => {
    for (const end of ["from", "to"] as const)
      if (!nodes.has(link[end]))
        problems.add(["theoryOfChange", "links", i, end], errorText("planNodeUnknown", { key: link[end] }));
  });
}
