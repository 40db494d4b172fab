import { getI18n } from "~/i18n";
import type { PlanFile } from "~/plan-format/plan";
import { type Block, facts, h2, h3, list } from "./document";
import { dueText, paragraphs, partnerName } from "./plan-text";
import { compactTable } from "./table-block";

const t = getI18n("da").t;
type Group = PlanFile["governance"][number];
type Milestone = PlanFile["milestones"][number];

const activityTitle = (plan: PlanFile, key?: string) => {
  if (!key) return "";
  const walk = (list: PlanFile["focusAreas"][number]["activities"]): string | undefined =>
    list.map((a) => (a.key === key ? a.title : walk(a.activities))).find(Boolean);
  return plan.focusAreas.map((f) => walk(f.activities)).find(Boolean) ?? key;
};

function statusText(m: Milestone): string {
  const word = t(`milestones.statuses.${m.status}`);
  const done = m.status === "done" && m.doneDate ? ` ${dueText(m.doneDate)}` : "";
  return `${word}${done}${m.note && m.status !== "planned" ? ` (${m.note})` : ""}`;
}

/** The milestone plan: milestone, due date or quarter, activity, responsible, status. */
export function milestoneTable(plan: PlanFile): Block[] {
  if (plan.milestones.length === 0) return [];
  return [
    compactTable(
      [
        { label: "Milepæl", width: 170 },
        { label: "Frist", width: 70 },
        { label: "Aktivitet", width: 95 },
        { label: "Ansvarlig", width: 80 },
        { label: "Status", keep: true },
      ],
      plan.milestones.map((m) => [
        m.title,
        dueText(m.due),
        activityTitle(plan, m.activity),
        m.responsible ?? "",
        statusText(m),
      ]),
    ),
  ];
}

const memberText = (plan: PlanFile, m: Group["members"][number]) =>
  [
    `${m.count && m.count > 1 ? `${m.count} × ` : ""}${m.role}`,
    m.name ? `: ${m.name}` : "",
    m.organisation ? ` (${partnerName(plan, m.organisation)})` : "",
    m.note ? ` – ${m.note}` : "",
  ].join("");

function groupBlocks(plan: PlanFile, g: Group): Block[] {
  const meetings = g.meetingCadence ?? (g.meetingsPerYear ? `${g.meetingsPerYear} gange om året` : undefined);
  return [
    h2(g.name),
    ...paragraphs(g.description),
    facts([
      { label: "Mandat", value: g.mandate },
      { label: "Møder", value: meetings },
    ]),
    ...(g.members.length ? [h3("Medlemmer"), list(g.members.map((m) => memberText(plan, m)))] : []),
    ...(g.duties.length ? [h3("Ansvar og opgaver"), list(g.duties)] : []),
  ].filter((b) => b.kind !== "facts" || b.items.length > 0);
}

/** Governance bodies (members, mandate, meetings, duties), roles and the plan's partners. */
export function organisationBlocks(plan: PlanFile): Block[] {
  const roles: Block[] = plan.roles.length
    ? [
        h2("Roller og ansvar"),
        ...plan.roles.flatMap((r) => [
          h3(r.organisation ? `${r.title} (${partnerName(plan, r.organisation)})` : r.title),
          ...(r.responsibilities.length ? [list(r.responsibilities)] : []),
        ]),
      ]
    : [];
  const partners: Block[] = plan.partners.length
    ? [
        h2("Samarbejdspartnere"),
        compactTable(
          [{ label: "Organisation", width: 170 }, { label: "Rolle i planen" }],
          plan.partners.map((x) => [x.name, x.description ?? ""]),
        ),
      ]
    : [];
  return [...plan.governance.flatMap((g) => groupBlocks(plan, g)), ...roles, ...partners];
}

/** The decisions on the plan: "Partnerskabets styregruppe, 24. oktober 2016". */
export function approvalBlocks(plan: PlanFile): Block[] {
  if (plan.approvals.length === 0) return [];
  return [
    h2("Godkendelse"),
    list(plan.approvals.map((a) => `${a.body}${a.date ? `, ${dueText(a.date)}` : ""}${a.note ? ` – ${a.note}` : ""}`)),
  ];
}
