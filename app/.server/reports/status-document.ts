import type { PlanAttainment } from "~/.server/domain/attainment/plan-attainment";
import type { budgetFollowUp } from "~/follow-up/budget-follow-up";
import { dueEnd, type MilestoneRow } from "~/follow-up/milestone-follow-up";
import { formatDate, formatDue, formatNumber, formatPeriod } from "~/format/format";
import { statuses } from "~/measures/status";
import { periodRange } from "~/plan-format/periods";
import { type Audience, da, figure, statusWords, targetText, trendText } from "./attainment-blocks";
import { type Block, h1, h2, p, type ReportDocument } from "./document";
import { compactTable } from "./table-block";

export interface StatusInput {
  attainment: PlanAttainment;
  milestones: MilestoneRow[];
  budget: ReturnType<typeof budgetFollowUp>;
  /** The manager's texts: "fa:KEY" per focus area, "criterion:KEY" per criterion, "summary". */
  notes: Map<string, string>;
  audience: Audience;
  today: string;
  /** Actions agreed on safety walks and not yet done (tryghedsvandringer). */
  walkActions?: { date: string; walk: string; problem: string; action: string; responsible: string; status: string }[];
}

const walkStatus: Record<string, string> = { open: "Åben", inProgress: "I gang", done: "Udført" };

const kr = (v: number | null | undefined) => (v === null || v === undefined ? "–" : `${formatNumber(v)} kr.`);

/** The criteria of one group as a table for the status note. */
function criteriaTable(rows: PlanAttainment["rows"], subPeriods: string[], audience: Audience): Block {
  return compactTable(
    [
      { label: "Succeskriterium", width: 170 },
      { label: "Mål", align: "right", keep: true, width: 55 },
      { label: "Opnået", align: "right", keep: true, width: 55 },
      { label: "Status", keep: true, width: 60 },
      { label: "Udvikling" },
    ],
    rows.map((r) => [
      r.text,
      targetText(r),
      figure(r, audience),
      statusWords[r.status],
      trendText(r, subPeriods, audience),
    ]),
  );
}

/**
 * The status note for the steering group, for any period: every criterion with target, actual,
 * status and trend, grouped by focus area with the manager's comment; milestones due, done and
 * overdue; budget against spending. For outside readers small person counts are hidden.
 */
export function statusDocument(input: StatusInput): ReportDocument {
  const { attainment: a, audience } = input;
  const plan = a.plan;
  const range = periodRange(a.period, plan.period);
  const label = formatPeriod(a.period, plan.period, da);
  const counts = statuses.map((s) => ({
    label: statusWords[s],
    value: String(a.rows.filter((r) => r.status === s).length),
  }));
  const groups = [
    { key: "plan", title: "Overordnede succeskriterier", rows: a.rows.filter((r) => !r.owner.focusAreaKey) },
    ...plan.focusAreas.map((f) => ({
      key: `fa:${f.key}`,
      title: f.number ? `${f.number} ${f.title}` : f.title,
      rows: a.rows.filter((r) => r.owner.focusAreaKey === f.key),
    })),
  ].filter((g) => g.rows.length > 0 || input.notes.get(g.key));
  const inPeriod = (m: MilestoneRow) => dueEnd(m.due) >= range.start && dueEnd(m.due) <= range.end;
  const due = input.milestones.filter(inPeriod);
  const overdue = input.milestones.filter((m) => m.overdue);
  const years = input.budget.totals.filter(
    (t) => t.year >= Number(range.start.slice(0, 4)) && t.year <= Number(range.end.slice(0, 4)),
  );
  const milestoneRows = (list: MilestoneRow[]) =>
    list.map((m) => [
      m.title,
      formatDue(m.due, da),
      m.overdue ? "Overskredet" : da(`milestones.statuses.${m.status}`),
      m.doneDate ? formatDate(m.doneDate) : (m.reason ?? ""),
    ]);
  const milestoneColumns = [
    { label: "Milepæl", width: 190 },
    { label: "Frist", keep: true },
    { label: "Status", keep: true },
    { label: "Bemærkning" },
  ];
  return {
    title: "Statusnotat til styregruppen",
    subtitle: `${plan.title} · ${label}`,
    byline: `${plan.owner.name} · ${formatDate(input.today)}`,
    classification:
      audience === "external"
        ? "Til ekstern brug: tal under 5 personer er skjult."
        : "Intern arbejdsrapport: viser de faktiske tal.",
    blocks: [
      h1("Overblik"),
      p(
        `Notatet viser målopfyldelsen for ${label} (${formatDate(range.start)} – ${formatDate(range.end)}), beregnet fra logbogen pr. ${formatDate(input.today)}.`,
      ),
      ...(input.notes.get("summary") ? [p(input.notes.get("summary") as string)] : []),
      { kind: "keyFigures", items: counts },
      ...groups.flatMap((g) => [
        h2(g.title),
        ...(input.notes.get(g.key) ? [p(input.notes.get(g.key) as string)] : []),
        ...(g.rows.length ? [criteriaTable(g.rows, a.subPeriods, audience)] : []),
      ]),
      h1("Milepæle"),
      ...(due.length
        ? [h2(`Med frist i perioden (${due.length})`), compactTable(milestoneColumns, milestoneRows(due))]
        : [p("Ingen milepæle har frist i perioden.")]),
      ...(overdue.length
        ? [h2(`Overskredne (${overdue.length})`), compactTable(milestoneColumns, milestoneRows(overdue))]
        : []),
      ...(input.walkActions?.length
        ? [
            h1("Tryghedsvandringer: åbne handlinger"),
            compactTable(
              [
                { label: "Vandring", width: 90 },
                { label: "Problem", width: 130 },
                { label: "Aftalt handling", width: 130 },
                { label: "Ansvarlig", keep: true },
                { label: "Status", keep: true },
              ],
              input.walkActions.map((w) => [
                `${w.walk} (${formatDate(w.date)})`,
                w.problem,
                w.action,
                w.responsible,
                walkStatus[w.status] ?? w.status,
              ]),
            ),
          ]
        : []),
      ...(years.length && input.budget.lines.length
        ? [
            h1("Økonomi"),
            compactTable(
              [
                { label: "År" },
                { label: "Budget", align: "right", keep: true },
                { label: "Forbrug", align: "right", keep: true },
              ],
              years.map((y) => [String(y.year), kr(y.planned), y.hasActual ? kr(y.actual) : "ikke registreret"]),
            ),
          ]
        : []),
    ],
  };
}
