import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";

/** What of an erased person the plan's figures still need; everything else about them goes. */
export interface FiguresNeed {
  birthYear: boolean;
  household: boolean;
  tags: Set<string>;
  topics: Set<string>;
  receivingBodies: Set<string>;
  assessments: Set<string>;
  volunteerRoles: Set<string>;
}

/**
 * Reads every criterion's measure and lists the person-level facts some figure depends on: an
 * age band needs the birth year, counting households needs the household, and only the target
 * groups, contact topics, receiving bodies, assessments and volunteer roles a measure names count.
 * Read as plain data, so it keeps working when measures gain fields.
 */
export function figuresNeed(plan: PlanFile): FiguresNeed {
  const need: FiguresNeed = {
    birthYear: false,
    household: false,
    tags: new Set(),
    topics: new Set(),
    receivingBodies: new Set(),
    assessments: new Set(),
    volunteerRoles: new Set(),
  };
  const words = (value: unknown, into: Set<string>) => {
    if (Array.isArray(value)) for (const v of value) if (typeof v === "string") into.add(v);
    if (typeof value === "string") into.add(value);
  };
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(walk);
    const o = node as Record<string, unknown>;
    if (o.ageBand) need.birthYear = true;
    if (o.kind === "households" || o.count === "households") need.household = true;
    words(o.targetGroupTags, need.tags);
    words(o.topics, need.topics);
    words(o.receivingBodies, need.receivingBodies);
    if (o.kind === "assessments") words(o.assessment, need.assessments);
    if (o.kind === "volunteers") words(o.roles, need.volunteerRoles);
    for (const v of Object.values(o)) walk(v);
  };
  for (const { criterion } of indexPlan(plan).criteria) walk((criterion as { measure?: unknown }).measure);
  return need;
}
