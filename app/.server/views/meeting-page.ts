import type { RouterContextProvider } from "react-router";
import type { MilestoneRow } from "~/follow-up/milestone-follow-up";
import { formatPeriodWithDates, targetExplanation } from "~/format/attainment-text";
import { formatAmount, formatDate, formatDue, formatFigure, formatNumber, formatPeriod } from "~/format/format";
import { localShareText } from "~/format/local-share-text";
import { statuses } from "~/measures/status";
import { periodChoices } from "~/plan-format/periods";
import { can } from "../auth/policy";
import { type MeetingChoice, meetingView } from "../domain/meeting/meeting-view";
import { getPlan } from "../domain/plans/get-plan";
import { UserError } from "../errors";
import { languageOf, translatorFor } from "../http/translator";
import { translateError } from "../http/user-errors";
import { requireActor, services } from "../request-context";

/**
 * The meeting view ("Til styregruppemødet") shaped for the page: texts in the reader's language.
 * A date or period that cannot be read gives its message and the view for the default days.
 */
export async function meetingPage(
  context: Readonly<RouterContextProvider>,
  request: Request,
  slug: string,
  today: string,
) {
  const actor = requireActor(context, request);
  const t = translatorFor(request);
  const lang = languageOf(request);
  const { db } = services(context);
  const search = new URL(request.url).searchParams;
  const asked: MeetingChoice = {
    meeting: search.get("moede") || undefined,
    since: search.get("siden") || undefined,
    period: search.get("periode") || undefined,
  };
  let error: string | undefined;
  const v = await meetingView(db, actor, slug, asked, today).catch((e: unknown) => {
    // A plan that does not exist (or is not the reader's) stays an error; a bad date or period falls back.
    if (!(e instanceof UserError) || (e.code === "not-found" && !asked.period)) throw e;
    error = translateError(e, lang).error;
    return meetingView(db, actor, slug, {}, today);
  });
  const { resource } = await getPlan(db, actor, slug);
  const plan = v.plan;
  return {
    slug,
    error,
    mayWrite: can(actor, "plan.edit", resource),
    period: v.period,
    meeting: v.meeting,
    since: v.since,
    ended: v.ended && !asked.meeting,
    lead: t("meeting.lead", {
      meeting: formatDate(v.meeting, lang),
      since: formatDate(v.since, lang),
      period: formatPeriodWithDates(v.period, plan.period, t, lang),
    }),
    choices: periodChoices(plan.period).map((c) => ({ ...c, label: formatPeriod(c.id, plan.period, t, lang) })),
    ...criteriaPart(v, t, lang),
    ...milestonesPart(v, t, lang),
    budget: budgetPart(v, t, lang),
  };
}

type MeetingView = Awaited<ReturnType<typeof meetingView>>;
type Translate = ReturnType<typeof translatorFor>;
type Language = ReturnType<typeof languageOf>;

/** The criteria: how many in each status now and at the last meeting, the changes, the five furthest behind. */
function criteriaPart(v: MeetingView, t: Translate, lang: Language) {
  const figure = (x: number | null, kind: string) => formatFigure(x, kind, lang);
  return {
    counts: statuses.map((s) => ({
      status: s,
      now: v.counts.now.filter((r) => r.status === s).length,
      atSince: v.counts.atSince.filter((r) => r.status === s).length,
    })),
    changes: v.changes.map((c) => ({
      key: c.row.key,
      text: c.row.text,
      before: c.before,
      after: c.after,
      change: c.change,
      actual: figure(c.row.actual, c.row.kind),
      target: figure(c.row.target, c.row.kind),
    })),
    behind: v.behind.slice(0, 5).map((b) => ({
      key: b.row.key,
      text: b.row.text,
      status: b.row.status,
      actual: figure(b.row.actual, b.row.kind),
      target: figure(b.row.target, b.row.kind),
      share: b.share === undefined ? "" : `${formatNumber(Math.round(b.share * 100), lang)} %`,
      targetNote: targetExplanation(b.row, t, lang),
      explanation: b.explanation ?? "",
    })),
    moreBehind: Math.max(0, v.behind.length - 5),
  };
}

/** Milestones overdue, coming and done since the last meeting. */
function milestonesPart(v: MeetingView, t: Translate, lang: Language) {
  const milestone = (m: MilestoneRow) => ({
    key: m.key,
    title: m.title,
    due: formatDue(m.due, t, lang),
    responsible: m.responsible ?? "",
    note: m.doneDate ? formatDate(m.doneDate, lang) : (m.reason ?? ""),
  });
  return { overdue: v.overdue.map(milestone), coming: v.coming.map(milestone), doneSince: v.doneSince.map(milestone) };
}

/** The budget of the meeting's year: planned, spent, and the local share (helhedsplaner). */
function budgetPart(v: MeetingView, t: Translate, lang: Language) {
  const year = Number(v.meeting.slice(0, 4));
  const budgetYear = v.budget.totals.find((x) => x.year === year);
  return {
    year,
    lines: v.budget.lines.length,
    planned: budgetYear ? formatAmount(budgetYear.planned, t, lang) : "–",
    spent: budgetYear?.hasActual ? formatAmount(budgetYear.actual, t, lang) : t("followUp.noActual"),
    localShare: v.plan.kind === "helhedsplan" ? localShareText(v.budget.localShare, t, lang) : "",
  };
}

export type MeetingPage = Awaited<ReturnType<typeof meetingPage>>;
