import { eq } from "drizzle-orm";
import { budgetFollowUp } from "~/follow-up/budget-follow-up";
import { milestoneFollowUp } from "~/follow-up/milestone-follow-up";
import { staffingFollowUp } from "~/follow-up/staffing-follow-up";
import type { Actor } from "../../auth/policy";
import { can } from "../../auth/policy";
import type { Database } from "../../db/client";
import { budgetActuals, milestoneUpdates, staffHours } from "../../db/schema";
import { getPlan } from "../plans/get-plan";

/**
 * Following the plan in force: milestones as they stand (overdue ones marked), the budget against
 * spending with the local co-financing check, and planned against logged staff hours. Aggregates
 * only, so everyone who may read the plan sees it; changing it needs the edit right.
 */
export async function followUpView(db: Database, actor: Actor, slug: string, today: string) {
  const { plan, planId, resource } = await getPlan(db, actor, slug);
  const [updates, actuals, hours] = await Promise.all([
    db.select().from(milestoneUpdates).where(eq(milestoneUpdates.planId, planId)),
    db.select().from(budgetActuals).where(eq(budgetActuals.planId, planId)),
    db
      .select({ activityKey: staffHours.activityKey, week: staffHours.week, hours: staffHours.hours })
      .from(staffHours)
      .where(eq(staffHours.planId, planId)),
  ]);
  return {
    plan,
    mayEdit: can(actor, "plan.edit", resource),
    milestones: milestoneFollowUp(plan.milestones, updates, today),
    budget: budgetFollowUp(plan.budget, actuals),
    staffing: staffingFollowUp(plan, hours),
  };
}
