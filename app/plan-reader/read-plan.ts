import type { PlanFile } from "~/plan-format/plan";
import { keyMaker } from "~/plan-format/slug";
import type { Block } from "./blocks";
import { readBudgetTable } from "./budget";
import { focusAreaOf } from "./fill-part";
import { outline } from "./outline";
import { fieldText, listOf } from "./parts";
import { findPeriod } from "./plan-period";
import { addCriteria, type ReadContext, type ReadCriterion, type ReadItem, type Unread } from "./read-context";
import { readGovernance, readMilestones } from "./sections";

export type { ReadCriterion, ReadItem, Unread };

export interface PlanReading {
  /** The draft plan without criteria; the {@link ReadCriterion}s are bound by the criterion builder. */
  plan: PlanFile;
  criteria: ReadCriterion[];
  items: ReadItem[];
  /** What could not be read, never silently dropped. */
  unread: Unread[];
}

const organisations =
  /\b(Boligforeningen 3B|Lejerbo|3B|KAB|AKB|fsb|FSB|OBF|DAB|Domea|AAB|Bo-Vest|Opzoomerne|Boligselskabet \p{Lu}\p{L}+|\p{Lu}\p{L}+ Boligselskab|\p{Lu}+ BOLIGSELSKAB)\b/u;

/** The housing organisation or body that owns the plan: the first one the document names. */
function ownerOf(blocks: Block[], title: string): string {
  const inTitle = organisations.exec(title);
  if (inTitle) return inTitle[1];
  for (const b of blocks.slice(0, 80)) {
    const m = organisations.exec(b.text);
    if (m) return m[1];
  }
  return "Ukendt – ret ejeren";
}

const kindOf = (title: string): PlanFile["kind"] =>
  /tryghedsplan|tryghedspartnerskab/i.test(title)
    ? "tryghedsplan"
    : /ansøgning|projekt|artikel/i.test(title)
      ? "projekt"
      : "helhedsplan";

/** Where the reading starts: the period (or a guess, listed as unread) and the title. */
function start(blocks: Block[], ctx: Omit<ReadContext, "period">) {
  const found = findPeriod(blocks);
  const year = new Date().getUTCFullYear();
  const period = found ?? { start: `${year}-01-01`, end: `${year + 3}-12-31`, source: "", at: "", confidence: "low" };
  if (!found) ctx.unread.push({ text: "Planperioden", at: "", why: "Dokumentet nævner ingen årstal; ret perioden." });
  const value = `${period.start} – ${period.end}`;
  ctx.items.push({
    path: "period",
    kind: "period",
    value,
    source: period.source,
    at: period.at,
    confidence: period.confidence,
  });
  // the title: a short line naming the plan, next to the line that named the period if there is one
  const named = blocks
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => b.text.length <= 120 && /plan|projekt|ansøgning|indsats/i.test(b.text));
  const periodAt = found ? blocks.findIndex((b) => b.at === found.at && b.text === found.source) : -1;
  const near = named.filter(({ i }) => periodAt >= 0 && Math.abs(i - periodAt) <= 3);
  const rank = ({ b, i }: { b: Block; i: number }) => Math.abs(i - periodAt) + (/plan/i.test(b.text) ? 0 : 2);
  const titleBlock = (near.sort((x, y) => rank(x) - rank(y) || x.i - y.i)[0] ?? named[0])?.b ?? blocks[0];
  const title = titleBlock?.text ?? "Indlæst plan";
  ctx.items.push({
    path: "title",
    kind: "title",
    value: title,
    source: title,
    at: titleBlock?.at ?? "",
    confidence: "low",
  });
  const defaultPeriod =
    found?.titleYear && found.titleYear !== Number(found.end.slice(0, 4)) ? String(found.titleYear) : undefined;
  return { period: { start: period.start, end: period.end }, title, defaultPeriod };
}

/**
 * Reads a plan document (as blocks) into a draft plan: period, title, focus areas, activities and
 * sub-activities with their fields, staffing, budget lines, milestones and governance bodies, and
 * the success criteria with the period their heading names. Pure; the caller binds the criteria.
 */
export function readPlan(blocks: Block[], fileName = "plan"): PlanReading {
  const base = { items: [], unread: [], criteria: [], budgetLines: [], key: keyMaker() };
  const { period, title, defaultPeriod } = start(blocks, base);
  const ctx: ReadContext = { ...base, period, ...(defaultPeriod ? { defaultPeriod } : {}) };
  const tree = outline(blocks);
  const plan: PlanFile = {
    formatVersion: 1,
    slug: ctx.key(title, "plan"),
    kind: kindOf(title),
    title,
    owner: { name: ownerOf(blocks, title) },
    period,
    source: `Indlæst fra ${fileName}`,
    mainPurposes: [],
    criteria: [],
    areas: [],
    series: [],
    partners: [],
    focusAreas: tree.parts.map((part, i) => focusAreaOf(ctx, part, `focusAreas.${i}`)),
    milestones: [],
    governance: readGovernance(tree.sections, ctx.key, ctx.items),
    roles: [],
    approvals: [],
  };
  for (const f of tree.planFields) {
    if (f.field === "criteria") addCriteria(ctx, f, "plan", {});
    else if (f.field === "purpose") plan.mainPurposes.push(...listOf(fieldText(f)));
  }
  const milestones = readMilestones(tree.sections, period, ctx.key, ctx.items);
  plan.milestones = milestones.milestones;
  ctx.unread.push(...milestones.unread);
  for (const b of [...tree.sections.flatMap((s) => s.blocks), ...tree.preamble])
    if (b.kind === "table") ctx.budgetLines.push(...(readBudgetTable(b.rows ?? [])?.lines ?? []));
  if (ctx.budgetLines.length > 0)
    plan.budget = { sources: [], lines: ctx.budgetLines, footnotes: [], statedTotals: [] };
  ctx.budgetLines.forEach((l, i) => {
    const value = `${l.label}: ${l.amounts.map((a) => `${a.year} ${a.amount ?? "?"}`).join(", ")}`;
    ctx.items.push({ path: `budget.lines.${i}`, kind: "budget", value, source: l.label, at: "", confidence: "high" });
  });
  return { plan, criteria: ctx.criteria, items: ctx.items, unread: ctx.unread };
}
