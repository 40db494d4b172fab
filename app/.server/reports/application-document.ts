import type { Activity } from "~/plan-format/activity";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import { budgetFootnotes, budgetTable } from "./budget-blocks";
import { criteriaTable } from "./criteria-blocks";
import { type Block, facts, h1, h2, list, p, type ReportDocument } from "./document";
import { activityHeading, amountText, paragraphs, partnerName, planPeriodText, responsibleText } from "./plan-text";
import { compactTable } from "./table-block";

const section = (title: string, blocks: Block[]): Block[] => (blocks.length ? [h1(title), ...blocks] : []);

/** "550.000 kr. om året (2021–2024)", or the amount of each year when they differ. */
function requestedAmount(plan: PlanFile): string | undefined {
  const totals = plan.budget?.statedTotals ?? [];
  if (totals.length === 0) return undefined;
  const first = totals[0];
  const last = totals[totals.length - 1];
  return totals.every((x) => x.amount === first.amount)
    ? `${amountText(first.amount)} om året (${first.year === last.year ? first.year : `${first.year}–${last.year}`})`
    : totals.map((x) => `${x.year}: ${amountText(x.amount)}`).join("; ");
}

function applicant(plan: PlanFile): Block[] {
  const owner = plan.partners.find((x) => x.key === plan.owner.partner);
  const contacts = plan.roles.map((r) =>
    [r.title, r.organisation ? partnerName(plan, r.organisation) : "", ...r.responsibilities]
      .filter(Boolean)
      .join(" – "),
  );
  return [...paragraphs(owner?.description), ...(contacts.length ? [p("Kontakt:"), list(contacts)] : [])];
}

function need(plan: PlanFile): Block[] {
  return plan.focusAreas.flatMap((f) => (f.problem ? [h2(f.title), ...paragraphs(f.problem)] : []));
}

function targetGroups(plan: PlanFile): Block[] {
  const lines = indexPlan(plan).activities.flatMap(({ activity: a }) =>
    a.targetGroup ? [`${a.title}: ${a.targetGroup.replace(/\s+/g, " ")}`] : [],
  );
  return lines.length ? [list(lines)] : [];
}

function activity(plan: PlanFile, a: Activity, parent?: Activity): Block[] {
  const partners = a.partners.map((k) => partnerName(plan, k));
  return [
    h2(activityHeading(a)),
    ...(parent ? [p(`Del af ${activityHeading(parent)}.`)] : []),
    ...(a.purposes.length ? [p("Formål:"), list(a.purposes)] : []),
    ...paragraphs(a.content),
    facts([
      { label: "Tidsplan", value: a.schedule },
      { label: "Ansvarlig", value: responsibleText(plan, a) },
      { label: "Samarbejdspartnere", value: partners.join(", ") },
    ]),
    ...a.activities.flatMap((child) => activity(plan, child, a)),
  ].filter((b) => b.kind !== "facts" || b.items.length > 0);
}

function expectedResults(plan: PlanFile): Block[] {
  const criteria = indexPlan(plan).criteria;
  const owners = new Map(criteria.map((c) => [c.criterion, c]));
  return [
    ...criteriaTable(
      plan,
      criteria.map((c) => c.criterion),
      (c) => ({ activityKey: owners.get(c)?.activity?.key, focusAreaKey: owners.get(c)?.focusArea?.key }),
      "Forventede resultater og succeskriterier",
    ),
    ...paragraphs(plan.evaluation),
  ];
}

function budget(plan: PlanFile): Block[] {
  const b = plan.budget;
  if (!b || b.lines.length === 0) return [];
  const requested = requestedAmount(plan);
  return [
    ...(requested ? [p(`Der ansøges om ${requested}.`)] : []),
    ...paragraphs(b.note),
    ...budgetTable(plan, b.lines, { caption: "Budget", statedTotals: true }),
    p('"?" betyder, at beløbet ikke er kendt.'),
    ...budgetFootnotes(plan),
  ];
}

/**
 * A grant application (ansøgning om tilskud) built from a projekt plan, in the order funders ask
 * for: the applicant, history and background, the need, the target group, the activities, the
 * budget and the expected results (the criteria with their targets).
 */
export function applicationDocument(plan: PlanFile): ReportDocument {
  const activities = plan.focusAreas.flatMap((f) => f.activities.flatMap((a) => activity(plan, a)));
  return {
    title: plan.title,
    subtitle: plan.subtitle,
    byline: `${plan.owner.name} · ${planPeriodText(plan)}`,
    blocks: [
      facts([
        { label: "Ansøger", value: plan.owner.name },
        { label: "Ansøges hos", value: plan.funder },
        { label: "Periode", value: planPeriodText(plan) },
        { label: "Ansøgt beløb", value: requestedAmount(plan) },
      ]),
      ...section("Resumé", paragraphs(plan.summary)),
      ...section("Ansøgeren", applicant(plan)),
      ...section("Historie og baggrund", [...paragraphs(plan.foreword), ...paragraphs(plan.background)]),
      ...section("Behov", need(plan)),
      ...section("Målgruppe", targetGroups(plan)),
      ...section("Formål", plan.mainPurposes.length ? [list(plan.mainPurposes)] : []),
      ...section("Aktiviteter", activities),
      ...section("Budget", budget(plan)),
      ...section("Forventede resultater", expectedResults(plan)),
      ...section(
        "Samarbejdspartnere",
        plan.partners.length
          ? [
              compactTable(
                [{ label: "Organisation", width: 170 }, { label: "Rolle" }],
                plan.partners.map((x) => [x.name, x.description ?? ""]),
              ),
            ]
          : [],
      ),
    ],
  };
}
