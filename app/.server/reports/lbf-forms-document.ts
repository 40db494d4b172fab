import type { AttainmentView, PlanAttainment } from "~/.server/domain/attainment/plan-attainment";
import { dueEnd, type MilestoneRow } from "~/follow-up/milestone-follow-up";
import { formatPeriodWithDates } from "~/format/attainment-text";
import { formatDate, formatDue, formatFigure, formatPeriodShort } from "~/format/format";
import { periodInPlan } from "~/plan-format/periods";
import { indexPlan } from "~/plan-format/plan-index";
import type { Audience } from "./attainment-blocks";
import { figure } from "./attainment-blocks";
import { criteriaGroups, targetIn } from "./criteria-table";
import { type Block, h1, h2, p, type ReportDocument } from "./document";
import { nextYearAfter } from "./funder-document";
import type { ReportLanguage } from "./report-language";

export interface LbfFormsInput {
  /** The report period's attainment (its rows give the criteria, its plan the milestones). */
  attainment: PlanAttainment;
  /** The attainment of each year reported on, from the plan's first up to the report period. */
  years: { period: string; rows: AttainmentView[] }[];
  milestones: MilestoneRow[];
  notes: Map<string, string>;
  audience: Audience;
  today: string;
  language: ReportLanguage;
}

/** The baseline as the form shows it: the value and the period or date it was measured in. */
function baselineText(r: AttainmentView, plan: PlanAttainment["plan"], l: ReportLanguage): string {
  const b = indexPlan(plan).criteria.find((c) => c.criterion.key === r.key)?.criterion.baseline;
  if (r.baseline === null && !b) return "";
  const value = r.baseline === null ? "–" : formatFigure(r.baseline, r.kind, l.lang);
  const when = b?.period ? formatPeriodShort(b.period, l.t) : b?.date ? formatDate(b.date, l.lang) : "";
  return when ? `${value} (${when})` : value;
}

/**
 * The målopfyldelsesskema: per focus area, per criterion the baseline, then for every year the
 * target and the result, with the manager's comment. One row per criterion and year; the
 * criterion's text and baseline stand on its first row.
 */
function attainmentForm(input: LbfFormsInput): Block[] {
  const { attainment: a, language: l } = input;
  const byYear = input.years.map((y) => ({ ...y, rows: new Map(y.rows.map((r) => [r.key, r])) }));
  return criteriaGroups(a.plan, a.rows, l)
    .filter((g) => g.rows.length > 0)
    .flatMap((g) => [
      h2(g.title),
      {
        kind: "table",
        columns: [
          { label: l.t("attainment.criterion") },
          { label: l.t("attainment.baseline") },
          { label: l.t("reportDoc.lbf.year") },
          { label: l.t("attainment.target"), align: "right" },
          { label: l.t("reportDoc.lbf.result"), align: "right" },
          { label: l.t("reportDoc.comment") },
        ],
        rows: g.rows.flatMap((r) =>
          byYear.map((y, i) => {
            const row = y.rows.get(r.key) ?? r;
            return [
              i === 0 ? r.text : "",
              i === 0 ? baselineText(r, a.plan, l) : "",
              formatPeriodShort(y.period, l.t),
              targetIn(row, l),
              figure(row, input.audience, 5, l.lang),
              i === byYear.length - 1 ? (input.notes.get(`criterion:${r.key}`) ?? "") : "",
            ];
          }),
        ),
      } satisfies Block,
    ]);
}

/** The milestone plan for the coming year: quarter or date, milestone, activity, responsible. */
function milestonePlan(input: LbfFormsInput, next: ReturnType<typeof nextYearAfter>): Block[] {
  const l = input.language;
  const activities = new Map(indexPlan(input.attainment.plan).activities.map((x) => [x.activity.key, x.activity]));
  const coming = input.milestones
    .filter((m) => dueEnd(m.due) >= next.start && dueEnd(m.due) <= next.end && m.status !== "dropped")
    .sort((x, y) => dueEnd(x.due).localeCompare(dueEnd(y.due)));
  if (coming.length === 0) return [p(l.t("reportDoc.funder.noMilestones"))];
  return [
    {
      kind: "table",
      columns: [
        { label: l.t("milestones.due") },
        { label: l.t("milestones.milestone") },
        { label: l.t("milestones.activity") },
        { label: l.t("milestones.responsible") },
      ],
      rows: coming.map((m) => {
        const activity = m.activity ? activities.get(m.activity) : undefined;
        return [
          formatDue(m.due, l.t, l.lang),
          m.title,
          activity ? (activity.number ? `${activity.number} ${activity.title}` : activity.title) : "",
          m.responsible ?? "",
        ];
      }),
    },
  ];
}

/**
 * LBF's yearly forms in one document: the målopfyldelsesskema for every year up to the report
 * period, and the milepælsplan for the year after it. The layout is Helhed's reading of the forms
 * (docs/decisions/014-reports-and-meeting-view.md): LBF's current templates were not at hand.
 */
export function lbfFormsDocument(input: LbfFormsInput): ReportDocument {
  const { attainment: a, language: l } = input;
  const { t, lang } = l;
  const next = nextYearAfter(periodInPlan(a.period, a.plan.period).end);
  return {
    title: t("reportDoc.lbf.title"),
    subtitle: `${a.plan.title} · ${formatPeriodWithDates(a.period, a.plan.period, t, lang)}`,
    byline: `${a.plan.owner.name}${a.plan.funder ? ` ${t("reportDoc.funder.to", { funder: a.plan.funder })}` : ""} · ${formatDate(input.today, lang)}`,
    classification: t(`reportDoc.classification.${input.audience}`),
    lang,
    blocks: [
      h1(t("reportDoc.lbf.attainmentForm")),
      p(t("reportDoc.lbf.intro", { date: formatDate(input.today, lang) })),
      ...attainmentForm(input),
      h1(t("reportDoc.funder.milestonePlan", { year: next.year })),
      ...milestonePlan(input, next),
    ],
  };
}
