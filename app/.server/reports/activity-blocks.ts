import type { Activity } from "~/plan-format/activity";
import type { FocusArea, PlanFile } from "~/plan-format/plan";
import { budgetFootnotes, budgetTable } from "./budget-blocks";
import { criteriaTable } from "./criteria-blocks";
import { type Block, h2, h3, list, p } from "./document";
import { activityHeading, hoursText, paragraphs, partnerName, partnerNames, responsibleText } from "./plan-text";
import { compactTable } from "./table-block";

/** A titled part of an activity; nothing when the part is empty. */
const part = (title: string, blocks: Block[], heading = h3): Block[] =>
  blocks.length ? [heading(title), ...blocks] : [];
const items = (texts: string[]): Block[] =>
  texts.length === 0 ? [] : texts.length === 1 ? [p(texts[0])] : [list(texts)];

function staffingTable(plan: PlanFile, a: Activity): Block[] {
  if (a.staffing.length === 0) return [];
  return [
    compactTable(
      [
        { label: "Rolle", width: 150 },
        { label: "Organisation", width: 110 },
        { label: "Timer pr. uge", width: 80, keep: true },
        { label: "Bemærkning" },
      ],
      a.staffing.map((s) => [s.role, partnerName(plan, s.organisation), hoursText(s), s.note ?? ""]),
    ),
  ];
}

function partnersPart(plan: PlanFile, a: Activity): Block[] {
  const names = partnerNames(plan, a.partners);
  return [...paragraphs(a.collaboration), ...(names.length ? [p(`Samarbejdspartnere: ${names.join(", ")}.`)] : [])];
}

/**
 * One activity in the plan document as the source plans describe it: a real heading, then
 * formål, målgruppe, indhold, tidsplan, leverancer, medarbejderressourcer, succeskriterier,
 * samarbejdsrelationer, ansvarlig, lokal evaluering, forankring and økonomi – each part only
 * when the plan has it – followed by its sub-activities.
 */
export function activityBlocks(plan: PlanFile, a: Activity, focusArea: FocusArea, parent?: Activity): Block[] {
  const lines = plan.budget?.lines.filter((l) => l.activity === a.key) ?? [];
  return [
    h2(activityHeading(a)),
    ...(parent ? [p(`Underaktivitet til ${activityHeading(parent)}.`)] : []),
    ...part("Problemstilling", paragraphs(a.problem)),
    ...part("Formål", items(a.purposes)),
    ...part("Mål", items(a.goals)),
    ...part("Målgruppe", paragraphs(a.targetGroup)),
    ...part("Indhold", paragraphs(a.content)),
    ...part("Tidsplan", paragraphs(a.schedule)),
    ...part("Leverancer", items(a.deliverables)),
    ...part("Medarbejderressourcer", staffingTable(plan, a)),
    ...part("Succeskriterier", [
      ...criteriaTable(plan, a.criteria, { activityKey: a.key }),
      ...paragraphs(a.measurementMethod ? `Målemetode: ${a.measurementMethod}` : undefined),
    ]),
    ...part("Samarbejdsrelationer", partnersPart(plan, a)),
    ...part("Ansvarlig", paragraphs(responsibleText(plan, a))),
    ...part("Lokal evaluering", paragraphs(a.localEvaluation)),
    ...part("Forankring", paragraphs(a.anchoring)),
    ...part("Økonomi", [...budgetTable(plan, lines), ...budgetFootnotes(plan, lines)]),
    ...a.activities.flatMap((child) => activityBlocks(plan, child, focusArea, a)),
  ];
}

/** The body of a focus area (under its level-1 heading): problem, purposes, goals and its own criteria (level 2, beside the activities), then its activities. */
export function focusAreaBlocks(plan: PlanFile, f: FocusArea): Block[] {
  return [
    ...paragraphs(f.description),
    ...part("Problemkompleks", paragraphs(f.problem), h2),
    ...part("Formål", items(f.purposes), h2),
    ...part("Mål", items(f.goals), h2),
    ...part(
      "Succeskriterier for indsatsområdet",
      [
        ...criteriaTable(plan, f.criteria, { focusAreaKey: f.key }),
        ...paragraphs(f.measurementMethod ? `Målemetode: ${f.measurementMethod}` : undefined),
      ],
      h2,
    ),
    ...f.activities.flatMap((a) => activityBlocks(plan, a, f)),
  ];
}
