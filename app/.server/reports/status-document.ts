import type { PlanAttainment } from "~/.server/domain/attainment/plan-attainment";
import type { budgetFollowUp } from "~/follow-up/budget-follow-up";
import { dueEnd, type MilestoneRow } from "~/follow-up/milestone-follow-up";
import { formatPeriodWithDates } from "~/format/attainment-text";
import { formatDate, formatDue } from "~/format/format";
import { statuses } from "~/measures/status";
import { periodInPlan } from "~/plan-format/periods";
import type { Audience } from "./attainment-blocks";
import { budgetFollowUpBlocks } from "./budget-follow-up-blocks";
import { statusByGroupBlocks, trendBlocks } from "./chart-blocks";
import { criteriaGroups, criteriaTable } from "./criteria-table";
import { type Block, h1, h2, h3, p, type ReportDocument, withHeading } from "./document";
import type { ReportLanguage } from "./report-language";
import { compactTable } from "./table-block";
import { type WalkAction, walkActionBlocks } from "./walk-action-blocks";

export interface StatusInput {
  attainment: PlanAttainment;
  milestones: MilestoneRow[];
  budget: ReturnType<typeof budgetFollowUp>;
  /** The manager's texts: "fa:KEY" per focus area, "criterion:KEY" per criterion, "summary". */
  notes: Map<string, string>;
  audience: Audience;
  today: string;
  language: ReportLanguage;
  /** Actions agreed on safety walks and not yet done (tryghedsvandringer). */
  walkActions?: WalkAction[];
}

/** Milestones as a report table: title, due, status and the date reached or the reason. */
export function milestoneBlocks(list: MilestoneRow[], l: ReportLanguage): Block {
  return compactTable(
    [
      { label: l.t("milestones.milestone") },
      { label: l.t("milestones.due"), keep: true },
      { label: l.t("milestones.status"), keep: true },
      { label: l.t("followUp.note") },
    ],
    list.map((m) => [
      m.title,
      formatDue(m.due, l.t, l.lang),
      m.overdue ? l.t("followUp.overdue") : l.t(`milestones.statuses.${m.status}`),
      m.doneDate ? formatDate(m.doneDate, l.lang) : (m.reason ?? ""),
    ]),
  );
}

/**
 * The status note for the steering group, for any period: the status per focus area as a chart,
 * every criterion with its target (and where the target comes from), actual and status, the
 * manager's comments, a trend per criterion over the quarters up to the period, milestones due
 * and overdue, and budget against spending per line with the 25 % local share. For outside
 * readers small person counts are hidden.
 */
export function statusDocument(input: StatusInput): ReportDocument {
  const { attainment: a, audience, language: l } = input;
  const { t, lang } = l;
  const plan = a.plan;
  const range = periodInPlan(a.period, plan.period);
  const groups = criteriaGroups(plan, a.rows, l).filter((g) => g.rows.length > 0 || input.notes.get(g.key));
  const inPeriod = (m: MilestoneRow) => dueEnd(m.due) >= range.start && dueEnd(m.due) <= range.end;
  const due = input.milestones.filter(inPeriod);
  const overdue = input.milestones.filter((m) => m.overdue);
  const note = (key: string) => (input.notes.get(key) ? [p(input.notes.get(key) as string)] : []);
  const comment = (key: string) => input.notes.get(`criterion:${key}`) ?? "";
  const budget = budgetFollowUpBlocks(
    plan,
    input.budget,
    { first: Number(range.start.slice(0, 4)), last: Number(range.end.slice(0, 4)) },
    l,
  );
  return {
    title: t("reportDoc.status.title"),
    subtitle: `${plan.title} · ${formatPeriodWithDates(a.period, plan.period, t, lang)}`,
    byline: `${plan.owner.name} · ${formatDate(input.today, lang)}`,
    classification: t(`reportDoc.classification.${audience}`),
    lang,
    blocks: [
      h1(t("reportDoc.overview")),
      p(t("reportDoc.computedAsOf", { date: formatDate(input.today, lang) })),
      ...note("summary"),
      {
        kind: "keyFigures",
        items: statuses.map((s) => ({
          label: t(`attainment.statuses.${s}`),
          value: String(a.rows.filter((r) => r.status === s).length),
        })),
      },
      ...statusByGroupBlocks(groups, l),
      ...groups.flatMap((g) => [
        h2(g.title),
        ...note(g.key),
        ...(g.rows.length
          ? [
              criteriaTable(g.rows, audience, l, [
                { column: { label: t("reportDoc.comment") }, cell: (r) => comment(r.key) },
              ]),
              ...withHeading(
                h3(t("reportDoc.trendHeading")),
                trendBlocks(g.rows, a.subPeriods, audience, l, { targetLine: /Q\d$/.test(a.period) }),
              ),
            ]
          : []),
      ]),
      h1(t("followUp.milestones")),
      ...(due.length
        ? [h2(t("reportDoc.dueInPeriod", { count: due.length })), milestoneBlocks(due, l)]
        : [p(t("reportDoc.noneDue"))]),
      ...(overdue.length ? [h2(t("reportDoc.overdue", { count: overdue.length })), milestoneBlocks(overdue, l)] : []),
      ...walkActionBlocks(input.walkActions ?? [], l),
      ...(budget.length ? [h1(t("budget.title")), ...budget] : []),
    ],
  };
}
