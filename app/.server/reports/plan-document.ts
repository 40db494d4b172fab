import type { PlanFile } from "~/plan-format/plan";
import { focusAreaBlocks } from "./activity-blocks";
import { areaBlocks } from "./area-blocks";
import { budgetFootnotes, budgetTable } from "./budget-blocks";
import { criteriaTable } from "./criteria-blocks";
import { type Block, facts, h1, h2, list, p, type ReportDocument } from "./document";
import { approvalBlocks, milestoneTable, organisationBlocks } from "./organisation-blocks";
import { activityHeading, focusAreaHeading, kindText, paragraphs, planPeriodText } from "./plan-text";

/** A top-level section: its heading, its content and the entries it adds to the contents. */
interface Section {
  title: string;
  blocks: Block[];
  entries?: string[];
}

const items = (texts: string[]): Block[] => (texts.length ? [list(texts)] : []);

function mainPurposes(plan: PlanFile): Block[] {
  return [
    ...items(plan.mainPurposes),
    ...(plan.criteria.length
      ? [h2("Overordnede succeskriterier"), ...criteriaTable(plan, plan.criteria, {}, "Planens overordnede mål")]
      : []),
  ];
}

function theoryOfChange(plan: PlanFile): Block[] {
  const toc = plan.theoryOfChange;
  if (!toc) return [];
  const levels = [
    ["focusArea", "Indsatsområder"],
    ["activity", "Aktiviteter"],
    ["result", "Resultater"],
    ["effect", "Effekter"],
  ] as const;
  return [
    ...paragraphs(toc.description),
    ...levels.flatMap(([level, title]) => {
      const labels = toc.nodes.filter((n) => n.level === level).map((n) => n.label);
      return labels.length ? [h2(title), list(labels)] : [];
    }),
  ];
}

function finance(plan: PlanFile): Block[] {
  const budget = plan.budget;
  if (!budget || budget.lines.length === 0) return [];
  const sources = budget.sources.map((s) => `${s.name}${s.local ? " (lokal medfinansiering)" : ""}`);
  const statedNotes = budget.statedTotals.filter((s) => s.note).map((s) => `${s.year}: ${s.note}`);
  return [
    ...paragraphs(budget.note),
    ...(sources.length ? [p("Finansieringskilder:"), list(sources)] : []),
    ...budgetTable(plan, budget.lines, { caption: "Budget pr. år", statedTotals: true }),
    p('"?" betyder, at beløbet ikke er kendt endnu.'),
    ...(statedNotes.length ? [list(statedNotes)] : []),
    ...budgetFootnotes(plan),
  ];
}

function sections(plan: PlanFile): Section[] {
  return [
    { title: "Forord", blocks: paragraphs(plan.foreword) },
    { title: "Resumé", blocks: paragraphs(plan.summary) },
    { title: "Baggrund", blocks: [...paragraphs(plan.background), ...areaBlocks(plan)] },
    { title: "Vision", blocks: paragraphs(plan.vision) },
    { title: "Hovedformål", blocks: mainPurposes(plan) },
    ...plan.focusAreas.map((f) => ({
      title: focusAreaHeading(f),
      blocks: focusAreaBlocks(plan, f),
      entries: f.activities.map(activityHeading),
    })),
    { title: "Forandringsteori", blocks: theoryOfChange(plan) },
    { title: "Milepælsplan", blocks: milestoneTable(plan) },
    { title: "Organisering", blocks: [...organisationBlocks(plan), ...approvalBlocks(plan)] },
    { title: "Evaluering", blocks: paragraphs(plan.evaluation) },
    { title: "Finansiering", blocks: finance(plan) },
  ].filter((s) => s.blocks.length > 0);
}

/**
 * The plan as a document in the structure of the source plans: front page, contents, resumé,
 * baggrund with the area figures, vision, hovedformål with the goals table, every focus area with
 * its activities, milestone plan, organisation and finansiering. Sections without content are left out.
 */
export function planDocument(plan: PlanFile): ReportDocument {
  const body = sections(plan);
  const front = facts([
    { label: "Plantype", value: kindText[plan.kind] },
    { label: "Ejer", value: plan.owner.name },
    { label: "Periode", value: planPeriodText(plan) },
    { label: "Kommune", value: plan.municipality },
    { label: "Finansiering", value: plan.funder },
  ]);
  const contents = body.flatMap((s) => [s.title, ...(s.entries ?? []).map((e) => `\u00a0\u00a0\u00a0\u00a0${e}`)]);
  return {
    title: plan.title,
    subtitle: plan.subtitle,
    byline: `${plan.owner.name} · ${planPeriodText(plan)}`,
    blocks: [
      front,
      { kind: "pageBreak" },
      h1("Indhold"),
      list(contents),
      { kind: "pageBreak" },
      ...body.flatMap((s) => [h1(s.title), ...s.blocks]),
    ],
  };
}
