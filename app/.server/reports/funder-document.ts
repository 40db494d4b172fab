import type { PlanAttainment } from "~/.server/domain/attainment/plan-attainment";
import type { budgetFollowUp } from "~/follow-up/budget-follow-up";
import { dueEnd, type MilestoneRow } from "~/follow-up/milestone-follow-up";
import { formatPeriodWithDates } from "~/format/attainment-text";
import { formatDate, formatDue } from "~/format/format";
import { periodInPlan } from "~/plan-format/periods";
import type { Audience } from "./attainment-blocks";
import { budgetFollowUpBlocks } from "./budget-follow-up-blocks";
import { statusByGroupBlocks, trendBlocks } from "./chart-blocks";
import { criteriaGroups, criteriaTable } from "./criteria-table";
import { type Block, h1, h2, h3, p, type ReportDocument, withHeading } from "./document";
import type { ReportLanguage } from "./report-language";
import { compactTable } from "./table-block";

export interface FunderInput {
  attainment: PlanAttainment;
  milestones: MilestoneRow[];
  budget: ReturnType<typeof budgetFollowUp>;
  notes: Map<string, string>;
  audience: Audience;
  today: string;
  language: ReportLanguage;
}

/** The calendar year after a period, as a date range (the year the milestone plan is for). */
export const nextYearAfter = (end: string) => {
  const year = Number(end.slice(0, 4)) + 1;
  return { year, start: `${year}-01-01`, end: `${year}-12-31` };
};

/**
 * The yearly report to the funder: the status per focus area as a chart, per criterion the
 * target, the value achieved, the rule used and the manager's comment, a trend per criterion,
 * next year's milestones and budget against spending with the 25 % local share. A funder is
 * outside the organisation, so it is normally made for an external audience.
 */
export function funderDocument(input: FunderInput): ReportDocument {
  const { attainment: a, audience, language: l } = input;
  const { t, lang } = l;
  const plan = a.plan;
  const range = periodInPlan(a.period, plan.period);
  const next = nextYearAfter(range.end);
  const coming = input.milestones.filter(
    (m) => dueEnd(m.due) >= next.start && dueEnd(m.due) <= next.end && m.status !== "dropped",
  );
  const groups = criteriaGroups(plan, a.rows, l).filter((g) => g.rows.length > 0);
  const budget = budgetFollowUpBlocks(
    plan,
    input.budget,
    { first: Number(range.start.slice(0, 4)), last: Number(range.end.slice(0, 4)) },
    l,
  );
  const blocks: Block[] = [
    h1(t("reportDoc.funder.attainment")),
    p(t("reportDoc.funder.intro", { date: formatDate(input.today, lang) })),
    ...(input.notes.get("summary") ? [p(input.notes.get("summary") as string)] : []),
    ...statusByGroupBlocks(groups, l),
    ...groups.flatMap((g) => [
      h2(g.title),
      ...(input.notes.get(g.key) ? [p(input.notes.get(g.key) as string)] : []),
      criteriaTable(g.rows, audience, l, [
        { column: { label: t("reportDoc.rule") }, cell: (r) => r.rule },
        { column: { label: t("reportDoc.comment") }, cell: (r) => input.notes.get(`criterion:${r.key}`) ?? "" },
      ]),
      ...withHeading(
        h3(t("reportDoc.trendHeading")),
        trendBlocks(g.rows, a.subPeriods, audience, l, { targetLine: false }),
      ),
    ]),
    h1(t("reportDoc.funder.milestonePlan", { year: next.year })),
    ...(coming.length
      ? [
          compactTable(
            [
              { label: t("milestones.milestone") },
              { label: t("milestones.due"), keep: true },
              { label: t("milestones.responsible") },
            ],
            coming.map((m) => [m.title, formatDue(m.due, t, lang), m.responsible ?? ""]),
          ),
        ]
      : [p(t("reportDoc.funder.noMilestones"))]),
    ...(budget.length ? [h1(t("budget.title")), ...budget] : []),
  ];
  return {
    title: t("reportDoc.funder.title"),
    subtitle: `${plan.title} · ${formatPeriodWithDates(a.period, plan.period, t, lang)}`,
    byline: `${plan.owner.name}${plan.funder ? ` ${t("reportDoc.funder.to", { funder: plan.funder })}` : ""} · ${formatDate(input.today, lang)}`,
    classification: t(`reportDoc.classification.${audience}`),
    lang,
    blocks,
  };
}
