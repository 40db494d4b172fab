import type { Activity } from "./activity";
import type { Criterion } from "./criterion";
import type { PlanFile } from "./plan";
import { indexPlan, type PlanIndex } from "./plan-index";

/** What changed between two versions of a plan, by the things a steering group looks at. */
export interface PlanDiff {
  texts: string[];
  focusAreas: Changes<{ key: string; title: string }>;
  activities: Changes<{ key: string; title: string }> & {
    moved: { key: string; title: string; from: string; to: string }[];
  };
  criteria: Changes<{ key: string; text: string }> & {
    targets: { key: string; text: string; period: string; from: string; to: string }[];
  };
  budget: {
    added: string[];
    removed: string[];
    amounts: { label: string; year: number; from: number | null | undefined; to: number | null | undefined }[];
  };
  milestones: Changes<{ key: string; title: string }>;
  empty: boolean;
}

interface Changes<T> {
  added: T[];
  removed: T[];
  changed: (T & { fields: string[] })[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function compare<T extends { key: string }, V>(
  before: T[],
  after: T[],
  view: (x: T) => V,
  ignore: string[] = [],
): Changes<V> {
  const old = new Map(before.map((x) => [x.key, x]));
  const now = new Map(after.map((x) => [x.key, x]));
  return {
    added: after.filter((x) => !old.has(x.key)).map(view),
    removed: before.filter((x) => !now.has(x.key)).map(view),
    changed: after
      .filter((x) => old.has(x.key))
      .map((x) => {
        const o = old.get(x.key) as Record<string, unknown>;
        const fields = Object.keys({ ...o, ...(x as Record<string, unknown>) }).filter(
          (k) => !ignore.includes(k) && !same(o[k], (x as Record<string, unknown>)[k]),
        );
        return { ...view(x), fields };
      })
      .filter((x) => x.fields.length > 0),
  };
}

const targetText = (t?: Criterion["targets"][number]) =>
  t ? (t.value !== undefined ? String(t.value) : (t.relative ?? "")) : "–";

/** The plan's texts and lists compared whole (a change anywhere in them is reported by name). */
const textFields = [
  "title",
  "subtitle",
  "period",
  "vision",
  "summary",
  "background",
  "mainPurposes",
  "evaluation",
  "areas",
  "partners",
  "governance",
  "roles",
  "theoryOfChange",
] as const;

/**
 * Compares two versions of a plan: added, removed and changed focus areas, activities (also moves),
 * criteria (with every target that changed), budget amounts and milestones.
 * @example const diff = diffPlans(approved.document, draft.document);
 */
export function diffPlans(before: PlanFile, after: PlanFile): PlanDiff {
  const [ia, ib] = [indexPlan(before), indexPlan(after)];
  const diff: PlanDiff = {
    texts: textFields.filter((k) => !same(before[k], after[k])),
    focusAreas: compare(before.focusAreas, after.focusAreas, (f) => ({ key: f.key, title: f.title }), [
      "activities",
      "criteria",
    ]),
    activities: activityChanges(ia, ib),
    criteria: criterionChanges(ia, ib),
    budget: budgetChanges(before.budget?.lines ?? [], after.budget?.lines ?? []),
    milestones: compare(before.milestones, after.milestones, (m) => ({ key: m.key, title: m.title })),
    empty: false,
  };
  diff.empty =
    diff.texts.length === 0 &&
    [diff.focusAreas, diff.activities, diff.criteria, diff.milestones].every(
      (c) => c.added.length + c.removed.length + c.changed.length === 0,
    ) &&
    diff.activities.moved.length +
      diff.criteria.targets.length +
      diff.budget.amounts.length +
      diff.budget.added.length +
      diff.budget.removed.length ===
      0;
  return diff;
}

/** Activities added, removed, changed (not counting those below them) and moved to another focus area or parent. */
function activityChanges(ia: PlanIndex, ib: PlanIndex): PlanDiff["activities"] {
  const placeOf = (index: PlanIndex) =>
    new Map(index.activities.map((a) => [a.activity.key, `${a.focusArea.key}/${a.parent?.key ?? ""}`]));
  const [pa, pb] = [placeOf(ia), placeOf(ib)];
  const act = (a: Activity) => ({ key: a.key, title: a.title });
  const activities = compare(
    ia.activities.map((x) => x.activity),
    ib.activities.map((x) => x.activity),
    act,
    ["activities", "criteria"],
  );
  return {
    ...activities,
    moved: ib.activities
      .filter((x) => pa.has(x.activity.key) && pa.get(x.activity.key) !== pb.get(x.activity.key))
      .map((x) => ({
        key: x.activity.key,
        title: x.activity.title,
        from: pa.get(x.activity.key) as string,
        to: pb.get(x.activity.key) as string,
      })),
  };
}

/** Criteria added, removed and changed, and every target whose value changed, period by period. */
function criterionChanges(ia: PlanIndex, ib: PlanIndex): PlanDiff["criteria"] {
  const crit = (c: Criterion) => ({ key: c.key, text: c.text });
  const criteria = compare(
    ia.criteria.map((x) => x.criterion),
    ib.criteria.map((x) => x.criterion),
    crit,
  );
  const targets: PlanDiff["criteria"]["targets"] = [];
  const oldCriteria = new Map(ia.criteria.map((x) => [x.criterion.key, x.criterion]));
  for (const { criterion: c } of ib.criteria) {
    const o = oldCriteria.get(c.key);
    if (!o) continue;
    for (const period of new Set([...o.targets, ...c.targets].map((t) => t.period))) {
      const [from, to] = [o.targets.find((t) => t.period === period), c.targets.find((t) => t.period === period)];
      if (!same(from, to))
        targets.push({ key: c.key, text: c.text, period, from: targetText(from), to: targetText(to) });
    }
  }
  return { ...criteria, targets };
}

type BudgetLine = NonNullable<PlanFile["budget"]>["lines"][number];

/** Budget lines added and removed (a line is its label and activity), and every amount changed, year by year. */
function budgetChanges(la: BudgetLine[], lb: BudgetLine[]): PlanDiff["budget"] {
  const lineId = (l: BudgetLine) => `${l.label}|${l.activity ?? ""}`;
  const amounts: PlanDiff["budget"]["amounts"] = [];
  for (const line of lb) {
    const old = la.find((l) => lineId(l) === lineId(line));
    if (!old) continue;
    for (const year of new Set([...old.amounts, ...line.amounts].map((a) => a.year))) {
      const [from, to] = [
        old.amounts.find((a) => a.year === year)?.amount,
        line.amounts.find((a) => a.year === year)?.amount,
      ];
      if (from !== to) amounts.push({ label: line.label, year, from, to });
    }
  }
  return {
    added: lb.filter((l) => !la.some((o) => lineId(o) === lineId(l))).map((l) => l.label),
    removed: la.filter((l) => !lb.some((o) => lineId(o) === lineId(l))).map((l) => l.label),
    amounts,
  };
}
