import { and, eq, inArray } from "drizzle-orm";
import { getI18n, type Language } from "~/i18n";
import type { LogbookFacts } from "~/measures/facts";
import type { Counted } from "~/measures/measure-result";
import type { Criterion } from "~/plan-format/criterion";
import { describeMeasure } from "~/plan-format/describe-measure";
import { defaultPeriod, isPeriodOf, trendPeriods } from "~/plan-format/periods";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import { recordAudit } from "../../audit/record-audit";
import type { Actor } from "../../auth/policy";
import { can } from "../../auth/policy";
import type { Database } from "../../db/client";
import { participants } from "../../db/schema";
import { userError } from "../../errors";
import { type LogbookContext, openLogbook, reachableActivityIds } from "../logbook/logbook-context";
import { figureStoreOf, readEnteredFigures } from "./entered-figures";
import { attainmentOf, liveFacts } from "./live-logbook";

const LIMIT = 200;

/**
 * One criterion's figure explained: the rule in one Danish sentence, the figure per sub-period,
 * and — for users allowed to see records of the activities — what was counted (events, courses,
 * participants by their pseudonymous codes). Others see the figures and the rule only.
 */
export async function criterionDrilldown(
  db: Database,
  actor: Actor,
  slug: string,
  key: string,
  asked: string | undefined,
  today: string,
  lang: Language = "da",
) {
  const ctx = await openLogbook(db, actor, slug, "attainment.read");
  const plan = ctx.plan;
  const found = indexPlan(plan).criteria.find((c) => c.criterion.key === key);
  if (!found) throw userError("not-found", "criterionNotFound");
  const period = asked ?? defaultPeriod(plan.period, today);
  if (!isPeriodOf(plan.period, period)) throw userError("not-found", "periodNotInPlan", { params: { period } });
  const live = await liveFacts(db, ctx.planId);
  const facts = live.facts;
  const rowOf = (p: string) => attainmentOf(live, plan, p, today).find((r) => r.key === key);
  const row = rowOf(period);
  if (!row) throw userError("not-found", "criterionNotFound");
  const owner = { activityKey: found.activity?.key, focusAreaKey: found.focusArea?.key };
  const trend = trendPeriods(period, plan.period).map((p) => ({ period: p, actual: rowOf(p)?.actual ?? null }));

  const counted = await countedRecords(db, actor, ctx, facts, row.counted, { criterion: key, period });
  const { entered, series, sharedWith } = await enteredFiguresOf(db, ctx.planId, plan, found.criterion);
  return {
    plan,
    period,
    criterion: found.criterion,
    row,
    rule: describeMeasure(plan, found.criterion, owner, getI18n(lang).t),
    trend,
    mayDrillDown: counted.reach === "all" || counted.reach.size > 0,
    mayEnterValues: can(actor, "plan.edit", ctx.resource),
    entered: entered.sort((a, b) => (a.period < b.period ? -1 : 1)),
    series: series === null ? null : (plan.series.find((s) => s.key === series) ?? null),
    sharedWith,
    records: recordsShown(ctx, counted, row.counted),
  };
}

/**
 * The records behind a figure that the actor may see: events and courses of the activities they
 * reach, participants' codes only for those who reach every activity. Showing any is audited.
 */
async function countedRecords(
  db: Database,
  actor: Actor,
  ctx: LogbookContext,
  facts: LogbookFacts,
  counted: Counted,
  details: { criterion: string; period: string },
) {
  const reach = can(actor, "attainment.drilldown", ctx.resource)
    ? reachableActivityIds(ctx, "attainment.drilldown")
    : new Set<string>();
  const visible = (activityId: string) => reach === "all" || reach.has(activityId);
  const events = facts.events
    .filter((e) => counted.events?.includes(e.id) && visible(e.activityId))
    .sort((a, b) => (a.date < b.date ? 1 : -1));
  const courses = facts.courses.filter(
    (c) => (counted.courses ?? counted.cohort)?.includes(c.id) && visible(c.activityId),
  );
  const seeAll = reach === "all";
  const people = seeAll && counted.participants?.length ? counted.participants.slice(0, LIMIT) : [];
  const codes =
    people.length === 0
      ? []
      : await db
          .select({ id: participants.id, code: participants.code })
          .from(participants)
          .where(and(eq(participants.planId, ctx.planId), inArray(participants.id, people)));
  const shows = events.length + courses.length + codes.length > 0;
  if (shows)
    await recordAudit(db, actor, {
      action: "attainment.drilldown",
      resourceType: "plan",
      resourceId: ctx.planId,
      organisationId: ctx.resource.organisationId,
      outcome: "allowed",
      details: { ...details, participants: codes.length },
    });
  return { reach, events, courses, codes };
}

/** The figures entered for the criterion, its series, and the other criteria that read the same series. */
async function enteredFiguresOf(db: Database, planId: string, plan: PlanFile, criterion: Criterion) {
  const store = figureStoreOf(criterion);
  const series = store.kind === "series" ? store.key : null;
  const entered = await readEnteredFigures(db, planId, store);
  // The other criteria that read the same series, so the reader knows one figure serves them all.
  const sharedWith =
    series === null
      ? []
      : indexPlan(plan)
          .criteria.filter(
            (c) =>
              c.criterion.key !== criterion.key &&
              (c.criterion.measure.kind === "externalStatistic" || c.criterion.measure.kind === "survey") &&
              c.criterion.measure.series === series,
          )
          .map((c) => ({ key: c.criterion.key, text: c.criterion.text }));
  return { entered, series, sharedWith };
}

/** The records as the page lists them: at most LIMIT of each, with the totals. */
function recordsShown(ctx: LogbookContext, shown: Awaited<ReturnType<typeof countedRecords>>, counted: Counted) {
  const title = (activityId: string) => ctx.byId.get(activityId)?.title ?? "";
  const { events, courses, codes } = shown;
  return {
    events: events.slice(0, LIMIT).map((e) => ({
      id: e.id,
      date: e.date,
      type: e.type,
      activity: title(e.activityId),
      count: e.attendees.length || e.headcount || 0,
    })),
    eventsTotal: events.length,
    courses: courses.slice(0, LIMIT).map((c) => ({
      id: c.id,
      type: c.courseType,
      start: c.startDate,
      outcome: c.outcome,
      activity: title(c.activityId),
    })),
    coursesTotal: courses.length,
    participants: codes.map((c) => c.code).sort(),
    participantsTotal: counted.participants?.length ?? 0,
  };
}
