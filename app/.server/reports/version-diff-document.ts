import { formatDate, formatNumber } from "~/format/format";
import type { PlanDiff } from "~/plan-format/diff-plans";
import { type Block, h2, list, p, type ReportDocument } from "./document";

/** A version as the difference report names it. */
export interface VersionLabel {
  number: number;
  status: string;
  approvedBody?: string | null;
  approvedOn?: string | null;
}

const statusWords: Record<string, string> = {
  draft: "kladde",
  submitted: "til godkendelse",
  approved: "godkendt",
  superseded: "afløst",
};

export const versionName = (v: VersionLabel) =>
  `Version ${v.number} (${statusWords[v.status] ?? v.status}${v.approvedOn ? `, godkendt ${formatDate(v.approvedOn)}${v.approvedBody ? ` af ${v.approvedBody}` : ""}` : ""})`;

const textWords: Record<string, string> = {
  title: "Titel",
  subtitle: "Undertitel",
  period: "Periode",
  vision: "Vision",
  summary: "Resumé",
  background: "Baggrund",
  mainPurposes: "Hovedformål",
  evaluation: "Evaluering",
  areas: "Område og afdelinger",
  partners: "Samarbejdspartnere",
  governance: "Organisering",
  roles: "Roller og ansvar",
  theoryOfChange: "Forandringsteori",
};

const amount = (v: number | null | undefined) => (v === undefined ? "–" : v === null ? "?" : `${formatNumber(v)} kr.`);

function changes<T>(
  title: string,
  c: { added: T[]; removed: T[]; changed: (T & { fields: string[] })[] },
  label: (x: T) => string,
): Block[] {
  if (c.added.length + c.removed.length + c.changed.length === 0) return [];
  return [
    h2(title),
    ...(c.added.length ? [p("Tilføjet:"), list(c.added.map(label))] : []),
    ...(c.removed.length ? [p("Fjernet:"), list(c.removed.map(label))] : []),
    ...(c.changed.length ? [p("Ændret:"), list(c.changed.map((x) => `${label(x)} (${x.fields.join(", ")})`))] : []),
  ];
}

/**
 * The difference between two versions of a plan as a report (screen and Word): added, removed
 * and changed focus areas, activities, criteria and their targets, budget amounts and milestones.
 */
export function versionDiffDocument(
  plan: { title: string; owner: string },
  from: VersionLabel,
  to: VersionLabel,
  diff: PlanDiff,
): ReportDocument {
  const blocks: Block[] = diff.empty
    ? [p("Der er ingen forskel på de to versioner.")]
    : [
        ...(diff.texts.length ? [h2("Tekster og oplysninger"), list(diff.texts.map((k) => textWords[k] ?? k))] : []),
        ...changes("Indsatsområder", diff.focusAreas, (f) => f.title),
        ...changes("Aktiviteter", diff.activities, (a) => a.title),
        ...(diff.activities.moved.length
          ? [p("Flyttet:"), list(diff.activities.moved.map((m) => `${m.title}: fra ${m.from} til ${m.to}`))]
          : []),
        ...changes("Succeskriterier", diff.criteria, (c) => c.text),
        ...(diff.criteria.targets.length
          ? [
              h2("Ændrede mål"),
              {
                kind: "table" as const,
                columns: [
                  { label: "Succeskriterium" },
                  { label: "Periode" },
                  { label: "Før", align: "right" as const },
                  { label: "Nu", align: "right" as const },
                ],
                rows: diff.criteria.targets.map((t) => [t.text, t.period, t.from, t.to]),
              },
            ]
          : []),
        ...(diff.budget.amounts.length + diff.budget.added.length + diff.budget.removed.length
          ? [
              h2("Økonomi"),
              ...(diff.budget.added.length ? [p("Nye budgetlinjer:"), list(diff.budget.added)] : []),
              ...(diff.budget.removed.length ? [p("Fjernede budgetlinjer:"), list(diff.budget.removed)] : []),
              ...(diff.budget.amounts.length
                ? [
                    {
                      kind: "table" as const,
                      columns: [
                        { label: "Budgetlinje" },
                        { label: "År" },
                        { label: "Før", align: "right" as const },
                        { label: "Nu", align: "right" as const },
                      ],
                      rows: diff.budget.amounts.map((a) => [a.label, String(a.year), amount(a.from), amount(a.to)]),
                    },
                  ]
                : []),
            ]
          : []),
        ...changes("Milepæle", diff.milestones, (m) => m.title),
      ];
  return {
    title: `${plan.title}: ændringer mellem versioner`,
    subtitle: `${versionName(from)} → ${versionName(to)}`,
    byline: plan.owner,
    blocks,
  };
}
