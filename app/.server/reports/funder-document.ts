import type { PlanAttainment } from "~/.server/domain/attainment/plan-attainment";
import { dueEnd, type MilestoneRow } from "~/follow-up/milestone-follow-up";
import { formatDate, formatDue, formatPeriod } from "~/format/format";
import { periodRange } from "~/plan-format/periods";
import { type Audience, da, figure, statusWords, targetText } from "./attainment-blocks";
import { type Block, h1, h2, p, type ReportDocument } from "./document";
import { compactTable } from "./table-block";

export interface FunderInput {
  attainment: PlanAttainment;
  milestones: MilestoneRow[];
  notes: Map<string, string>;
  audience: Audience;
  today: string;
}

/**
 * The yearly report to the funder (LBF's målopfyldelse): per criterion the target and the value
 * achieved in the year, the rule used and the manager's comment, then next year's milestones.
 * A funder is outside the organisation, so it is normally made for an external audience.
 */
export function funderDocument(input: FunderInput): ReportDocument {
  const { attainment: a, audience } = input;
  const plan = a.plan;
  const range = periodRange(a.period, plan.period);
  const label = formatPeriod(a.period, plan.period, da);
  const next = {
    start: `${Number(range.end.slice(0, 4)) + 1}-01-01`,
    end: `${Number(range.end.slice(0, 4)) + 1}-12-31`,
  };
  const coming = input.milestones.filter(
    (m) => dueEnd(m.due) >= next.start && dueEnd(m.due) <= next.end && m.status !== "dropped",
  );
  const groups = [
    { title: "Overordnede succeskriterier", rows: a.rows.filter((r) => !r.owner.focusAreaKey) },
    ...plan.focusAreas.map((f) => ({
      title: f.number ? `${f.number} ${f.title}` : f.title,
      rows: a.rows.filter((r) => r.owner.focusAreaKey === f.key),
    })),
  ].filter((g) => g.rows.length > 0);
  const blocks: Block[] = [
    h1("Målopfyldelse"),
    p(
      `Rapporten viser for hvert succeskriterium målet og det opnåede for ${label} (${formatDate(range.start)} – ${formatDate(range.end)}). Tallene er beregnet fra projektets logbog efter reglen i kolonnen "Opgjort som".`,
    ),
    ...groups.flatMap((g) => [
      h2(g.title),
      compactTable(
        [
          { label: "Succeskriterium", width: 140 },
          { label: "Mål", align: "right", keep: true, width: 45 },
          { label: "Opnået", align: "right", keep: true, width: 45 },
          { label: "Status", keep: true, width: 50 },
          { label: "Opgjort som", width: 130 },
          { label: "Kommentar" },
        ],
        g.rows.map((r) => [
          r.text,
          targetText(r),
          figure(r, audience),
          statusWords[r.status],
          r.rule,
          input.notes.get(`criterion:${r.key}`) ?? "",
        ]),
      ),
    ]),
    h1(`Milepælsplan for ${next.start.slice(0, 4)}`),
    ...(coming.length
      ? [
          compactTable(
            [{ label: "Milepæl", width: 220 }, { label: "Frist", keep: true }, { label: "Ansvarlig" }],
            coming.map((m) => [m.title, formatDue(m.due, da), m.responsible ?? ""]),
          ),
        ]
      : [p("Planen har ingen milepæle i det kommende år.")]),
  ];
  return {
    title: "Årsrapport: målopfyldelse",
    subtitle: `${plan.title} · ${label}`,
    byline: `${plan.owner.name}${plan.funder ? ` til ${plan.funder}` : ""} · ${formatDate(input.today)}`,
    classification:
      audience === "external"
        ? "Til ekstern brug: tal under 5 personer er skjult."
        : "Intern arbejdsrapport: viser de faktiske tal.",
    blocks,
  };
}
