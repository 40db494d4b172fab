import { getI18n } from "~/i18n";
import type { Criterion, Target } from "../criterion";
import type { CriterionOwner } from "../describe-measure";
import type { Measure } from "../measure";
import type { PlanFile } from "../plan";
import { indexPlan } from "../plan-index";
import { buildMeasure } from "./build-measure";
import { findClues } from "./clues";
import { scopeOf } from "./context";
import { chooseKind } from "./kinds";
import type { NewTypes } from "./new-types";
import { read } from "./reading";
import { type Baseline, proposeTargets } from "./targets";

/** A proposed measure binding for a success criterion, in the fields of a {@link Criterion}. */
export interface Proposal {
  measure: Measure;
  /** One per period; `value` is a number, or `relative` where the text only says "flere", "øget" … */
  targets: Target[];
  baseline?: Baseline;
  direction: "up" | "down";
  /** "high" when the kind and every key were found in the wording; "low" when something was guessed. */
  confidence: "high" | "low";
  /** Why, in Danish, and what the reader should check. */
  notes: string[];
  /** A course type or event type the plan does not have yet; add it with {@link addNewTypes}. */
  creates?: NewTypes;
}

export interface ProposeContext {
  plan: PlanFile;
  owner: CriterionOwner;
  /**
   * The period the text stands under when the text itself names none: a heading ("Succeskriterier
   * (2013)"), a table column ("2017") or a yearly plan's title ("Tryghedsplan 2017"), as periods
   * of the plan file ("2013", "plan").
   */
  period?: string;
}

/**
 * Reads a success criterion written as plans write them ("12 mentorforløb om året", "hver fjerde
 * i job eller uddannelse inden for to år", "fraflytningsprocenten falder fra 8 % til 6 %") and
 * proposes its measure, targets, baseline and direction, with keys taken from the plan.
 */
export function proposeCriterion(text: string, context: ProposeContext): Proposal {
  const scope = scopeOf(context.plan, context.owner);
  const reading = read(text);
  const clues = findClues(reading, scope);
  const choice = chooseKind(reading, scope, clues);
  const built = buildMeasure(choice.kind, reading, scope, clues);
  const targets = proposeTargets(reading, scope, built.measure.kind, clues, context.period);
  const kindName = getI18n("da").t(`editor.measureKinds.${built.measure.kind}`).toLowerCase();
  const notes = [`Måles som ${kindName}: ${choice.reason}.`, ...built.notes, ...targets.notes];
  return {
    measure: built.measure,
    targets: targets.targets,
    ...(targets.baseline ? { baseline: targets.baseline } : {}),
    direction: targets.direction,
    confidence: choice.firm && built.sure && !targets.guessed ? "high" : "low",
    notes,
    ...(built.creates ? { creates: built.creates } : {}),
  };
}

/**
 * Adds the types a proposal needs to the plan: a new course type to the owning activity (or the
 * focus area's first activity), a new event type to the logbook's words. Returns what was added.
 */
export function addNewTypes(plan: PlanFile, owner: CriterionOwner, creates: NewTypes | undefined): string[] {
  const added: string[] = [];
  if (creates?.courseType) {
    const activities = indexPlan(plan).activities.map((a) => a.activity);
    const focusArea = plan.focusAreas.find((f) => f.key === owner.focusAreaKey);
    const home = activities.find((a) => a.key === owner.activityKey) ?? focusArea?.activities[0] ?? activities[0];
    if (home && !home.courseTypes.some((c) => c.key === creates.courseType?.key)) {
      home.courseTypes.push(creates.courseType);
      added.push(`forløbstypen ${creates.courseType.name} i ${home.title}`);
    }
  }
  if (creates?.eventType) {
    plan.logbook ??= {
      eventTypes: [],
      targetGroupTags: [],
      contactTopics: [],
      receivingBodies: [],
      assessmentTypes: [],
      volunteerRoles: [],
    };
    if (!plan.logbook.eventTypes.some((w) => w.key === creates.eventType?.key)) {
      plan.logbook.eventTypes.push(creates.eventType);
      added.push(`arrangementstypen ${creates.eventType.name}`);
    }
  }
  return added;
}

/** Turns a proposal into a criterion (for the plan file or the editor). */
export function criterionFromProposal(proposal: Proposal, key: string, text: string): Criterion {
  return {
    key,
    text,
    measure: proposal.measure,
    targets: proposal.targets,
    ...(proposal.baseline && Object.keys(proposal.baseline).length > 0 ? { baseline: proposal.baseline } : {}),
    direction: proposal.direction,
  };
}
