import { isDeepStrictEqual } from "node:util";
import type { Criterion } from "~/plan-format/criterion";
import { type Proposal, proposeCriterion } from "~/plan-format/criterion-builder";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import { findReadCriterion } from "./match-criteria";
import type { ReadCriterion } from "./read-context";

/** How the builder did on one plan; see {@link scoreBuilder}. */
export interface ScoreRow {
  plan: string;
  total: number;
  /** Criteria the plan reader found in the source document (and took the heading's period from). */
  found: number;
  /** Measure (free texts too) and targets as the authors wrote them. */
  strict: number;
  /** Measure binding (unit, kind, keys, filters) and targets per period as the authors wrote them. */
  exact: number;
  measure: number;
  kind: number;
  confident: number;
  confidentExact: number;
}

/** The measure as issue 15 compares it: without the free texts a reviewer writes anyway. */
export const binding = (measure: Criterion["measure"]) => {
  const { question, source, statistic, comparisonArea, ...rest } = measure as Record<string, unknown>;
  return rest;
};

/** Drops undefined fields, so `{ a: 1, b: undefined }` equals `{ a: 1 }`. */
const clean = (value: unknown) => JSON.parse(JSON.stringify(value));
const targetsOf = (targets: Criterion["targets"]) =>
  targets.map((t) =>
    t.value !== undefined ? { period: t.period, value: t.value } : { period: t.period, relative: t.relative },
  );

/** The plan as the builder sees it: everything but the criteria. */
export function withoutCriteria(plan: PlanFile): PlanFile {
  const copy = structuredClone(plan);
  copy.criteria = [];
  for (const { activity } of indexPlan(copy).activities) activity.criteria = [];
  for (const fa of copy.focusAreas) fa.criteria = [];
  return copy;
}

/**
 * Scores the criterion builder on a hand-written plan: every criterion's text is proposed in the
 * plan without its criteria, with the period the reader found above the same text in the source
 * document (`read`), and compared with what the authors wrote (issue 15: unit, measure kind, keys
 * and filters, targets per period). Returns the row and each proposal beside its criterion.
 */
export function scoreBuilder(name: string, plan: PlanFile, read: ReadCriterion[] = []) {
  const blind = withoutCriteria(plan);
  const row: ScoreRow = {
    plan: name,
    total: 0,
    found: 0,
    strict: 0,
    exact: 0,
    measure: 0,
    kind: 0,
    confident: 0,
    confidentExact: 0,
  };
  const list: { proposal: Proposal; criterion: Criterion }[] = [];
  for (const { criterion, activity, focusArea } of indexPlan(plan).criteria) {
    const owner = { activityKey: activity?.key, focusAreaKey: activity ? undefined : focusArea?.key };
    const found = findReadCriterion(criterion.text, read);
    const proposal = proposeCriterion(criterion.text, { plan: blind, owner, period: found?.period });
    list.push({ proposal, criterion });
    const measure = isDeepStrictEqual(clean(binding(proposal.measure)), clean(binding(criterion.measure)));
    const strict = isDeepStrictEqual(clean(proposal.measure), clean(criterion.measure));
    const targets = isDeepStrictEqual(targetsOf(proposal.targets), targetsOf(criterion.targets));
    row.total++;
    if (found) row.found++;
    if (measure) row.measure++;
    if (measure && targets) row.exact++;
    if (strict && targets) row.strict++;
    if (proposal.measure.kind === criterion.measure.kind) row.kind++;
    if (proposal.confidence === "high") {
      row.confident++;
      if (measure && targets) row.confidentExact++;
    }
  }
  return { row, proposals: list };
}

/** The rows summed, as a last row "I alt". */
export function totalRow(rows: ScoreRow[]): ScoreRow {
  const sum = (k: keyof Omit<ScoreRow, "plan">) => rows.reduce((n, r) => n + r[k], 0);
  return {
    plan: "I alt",
    total: sum("total"),
    found: sum("found"),
    strict: sum("strict"),
    exact: sum("exact"),
    measure: sum("measure"),
    kind: sum("kind"),
    confident: sum("confident"),
    confidentExact: sum("confidentExact"),
  };
}

/** The rows as a printable table (Danish headings). */
export function scoreTable(rows: ScoreRow[]) {
  const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)} %` : "–");
  return [...rows, totalRow(rows)].map((r) => ({
    plan: r.plan,
    kriterier: r.total,
    "fundet i kilden": r.found,
    "ens (også fritekst)": r.strict,
    "mål og perioder ens": `${r.exact} (${pct(r.exact, r.total)})`,
    "mål ens": `${r.measure} (${pct(r.measure, r.total)})`,
    "rigtig art": `${r.kind} (${pct(r.kind, r.total)})`,
    "sikre / heraf ens": `${r.confident} / ${r.confidentExact}`,
  }));
}
