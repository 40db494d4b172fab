import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import { authorize } from "../../auth/authorize";
import { type Action, type Actor, allowedActivityIds, can } from "../../auth/policy";
import type { Database } from "../../db/client";
import { readStoredPlan } from "../../db/plan-store/read-stored-plan";
import { activityResponsibility, type PlanResource, planResourceBySlug } from "../../db/repositories/access";
import { userError } from "../../errors";

/** An activity as the logbook sees it: ids, key, title and who is responsible. */
export interface LogActivity {
  id: string;
  key: string;
  title: string;
  parentId: string | null;
  responsibleOrganisationIds: string[];
}

/** Everything a logbook use case needs about the plan and the actor's reach in it. */
export interface LogbookContext {
  actor: Actor;
  planId: string;
  plan: PlanFile;
  resource: PlanResource;
  activities: LogActivity[];
  byKey: Map<string, LogActivity>;
  byId: Map<string, LogActivity>;
}

/**
 * Opens a plan's logbook for an action: the actor must be allowed it on at least some
 * activity of the plan (staff: their assigned ones; partners: those their organisation is
 * responsible for). Refusals are logged.
 */
export async function openLogbook(db: Database, actor: Actor, slug: string, action: Action): Promise<LogbookContext> {
  const found = await planResourceBySlug(db, slug);
  if (!found) throw userError("not-found", "planNotFound", { params: { slug } });
  await authorize(db, actor, action, found.resource, { resourceId: found.planId });
  const [stored, responsibility] = await Promise.all([
    readStoredPlan(db, found.planId, found.revision),
    activityResponsibility(db, found.planId),
  ]);
  const plan = stored.plan;
  const responsible = new Map(responsibility.map((r) => [r.id, r.responsibleOrganisationIds]));
  const activities = stored.activities.map((a) => ({
    id: a.id,
    key: a.key,
    title: a.title,
    parentId: a.parentId,
    responsibleOrganisationIds: responsible.get(a.id) ?? [],
  }));
  return {
    actor,
    planId: found.planId,
    plan,
    resource: found.resource,
    activities,
    byKey: new Map(activities.map((a) => [a.key, a])),
    byId: new Map(activities.map((a) => [a.id, a])),
  };
}

/** The activity resource the policy judges. */
export function activityResource(ctx: LogbookContext, activity: LogActivity) {
  return {
    ...ctx.resource,
    type: "activity" as const,
    activityId: activity.id,
    responsibleOrganisationIds: activity.responsibleOrganisationIds,
  };
}

/** Whether the actor may do the action on the activity. */
export function mayOn(ctx: LogbookContext, action: Action, activity: LogActivity): boolean {
  return can(ctx.actor, action, activityResource(ctx, activity));
}

/** The activity with this key if the actor may do the action on it; refusals are logged. */
export async function requireActivity(
  db: Database,
  ctx: LogbookContext,
  key: string,
  action: Action,
): Promise<LogActivity> {
  const activity = ctx.byKey.get(key);
  if (!activity)
    throw userError("unknown-activity", "choosePlanActivity", [{ path: "activity", message: "choosePlanActivity" }]);
  await authorize(db, ctx.actor, action, activityResource(ctx, activity));
  return activity;
}

/** The ids of the activities the actor may do the action on ("all" or a set). */
export function reachableActivityIds(ctx: LogbookContext, action: Action): "all" | Set<string> {
  return allowedActivityIds(ctx.actor, action, ctx.resource, ctx.activities);
}

/** The activities the actor may log in, for pickers. */
export function loggableActivities(ctx: LogbookContext): LogActivity[] {
  const reach = reachableActivityIds(ctx, "logbook.write");
  return ctx.activities.filter((a) => reach === "all" || reach.has(a.id));
}

/** The course types the plan defines, wherever they are declared. */
export function courseTypesOf(ctx: LogbookContext) {
  return indexPlan(ctx.plan).courseTypes.map((c) => ({ ...c.courseType, activityKey: c.activity.key }));
}

/** The acting user's id, or null for the operator. */
export function userIdOf(ctx: LogbookContext): string | null {
  return ctx.actor.kind === "user" ? ctx.actor.userId : null;
}
