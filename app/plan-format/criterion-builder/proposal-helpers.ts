// Helpers the criterion builder's tests share: owners, proposing in the fixture plan, a target per period.
import type { CriterionOwner } from "../describe-measure";
import type { PlanFile } from "../plan";
import { fixturePlan } from "./fixture-plan";
import { proposeCriterion } from "./index";

/** The owner "in this activity". */
export const inActivity = (activityKey: string): CriterionOwner => ({ activityKey });
/** The owner "in this focus area". */
export const inFocusArea = (focusAreaKey: string): CriterionOwner => ({ focusAreaKey });
/** Proposes a criterion from its text in the fixture plan (or another plan). */
export const propose = (text: string, owner: CriterionOwner = {}, plan: PlanFile = fixturePlan) =>
  proposeCriterion(text, { plan, owner });
/** The same target value in each period. */
export const each = (value: number, periods = ["PY1", "PY2", "PY3", "PY4"]) =>
  periods.map((period) => ({ period, value }));
