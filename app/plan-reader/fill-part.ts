import type { Activity } from "~/plan-format/activity";
import { blankActivity } from "~/plan-format/edit-plan";
import type { FocusArea } from "~/plan-format/plan";
import { readBudgetTable } from "./budget";
import type { FieldName } from "./fields";
import type { FoundField, Part } from "./outline";
import { fieldText, listOf, readStaffing } from "./parts";
import { addCriteria, type ReadContext, type ReadCriterion } from "./read-context";

type TextField =
  | "problem"
  | "targetGroup"
  | "content"
  | "schedule"
  | "collaboration"
  | "localEvaluation"
  | "anchoring"
  | "measurementMethod"
  | "description";

const activityText: Partial<Record<FieldName, TextField>> = {
  problem: "problem",
  targetGroup: "targetGroup",
  content: "content",
  schedule: "schedule",
  collaboration: "collaboration",
  localEvaluation: "localEvaluation",
  anchoring: "anchoring",
  measurement: "measurementMethod",
};
const focusAreaText: Partial<Record<FieldName, TextField>> = { problem: "problem", measurement: "measurementMethod" };
const criteriaFields: FieldName[] = ["criteria", "deliverables", "goals", "schedule", "measurement"];

/** Staffing lines into the activity, each an item for review; lines without hours are listed. */
function addStaffing(ctx: ReadContext, target: Activity, f: FoundField, path: string) {
  const text = fieldText(f);
  const read = readStaffing(text);
  read.staffing.forEach((s, i) => {
    const hours = `${s.hoursPerWeek}${s.hoursPerWeekMax ? `–${s.hoursPerWeekMax}` : ""}`;
    ctx.items.push({
      path: `${path}.staffing.${target.staffing.length + i}`,
      kind: "staffing",
      value: `${s.role}: ${hours} timer pr. uge`,
      source: text,
      at: f.at,
      confidence: "high",
    });
  });
  target.staffing.push(...read.staffing);
  for (const u of read.unread) ctx.unread.push({ text: u, at: f.at, why: "Medarbejderressource uden timer pr. uge" });
}

/** Budget tables of a field as budget lines of the activity; returns false when none could be read. */
function addBudget(ctx: ReadContext, f: FoundField, activityKey?: string): boolean {
  const tables = f.tables.map(readBudgetTable).filter((t) => t !== undefined);
  for (const t of tables) {
    for (const line of t.lines) ctx.budgetLines.push({ ...line, ...(activityKey ? { activity: activityKey } : {}) });
    for (const u of t.unread) ctx.unread.push({ text: u, at: f.at, why: "Budgetrække uden beløb" });
  }
  return tables.length > 0;
}

const onlyInToc = "Står kun i indholdsfortegnelsen; teksten under overskriften blev ikke fundet";

/** Fills a focus area or activity from the fields the outline found under its heading. */
export function fillPart(
  ctx: ReadContext,
  target: Activity | FocusArea,
  part: Part,
  path: string,
  owner: ReadCriterion["owner"],
) {
  const isActivity = "staffing" in target;
  const texts = new Map<TextField, string[]>();
  const addText = (name: TextField, text: string) => {
    if (text) texts.set(name, [...(texts.get(name) ?? []), text]);
  };
  for (const f of part.fields) {
    const text = fieldText(f);
    if (criteriaFields.includes(f.field)) addCriteria(ctx, f, path, owner);
    if (f.field === "criteria") continue;
    if (f.field === "purpose") target.purposes.push(...listOf(text));
    else if (f.field === "goals") target.goals.push(...listOf(text));
    else if (f.field === "deliverables" && isActivity) target.deliverables.push(...listOf(text));
    else if (f.field === "staffing" && isActivity) addStaffing(ctx, target, f, path);
    else if (f.field === "responsible" && isActivity) target.responsible = { partners: [], text };
    else if (f.field === "budget" && addBudget(ctx, f, isActivity ? target.key : undefined)) continue;
    else
      addText((isActivity ? activityText : focusAreaText)[f.field] ?? (isActivity ? "content" : "description"), text);
  }
  for (const [name, list] of texts) (target as Record<string, unknown>)[name] = list.join("\n\n").slice(0, 3990);
}

/** An activity and its sub-activities from the outline, with an item for review each. */
export function activityOf(ctx: ReadContext, part: Part, path: string): Activity {
  const activity = blankActivity({
    key: ctx.key(part.title, "aktivitet"),
    title: part.title,
    ...(part.number ? { number: part.number } : {}),
  });
  ctx.items.push({
    path,
    kind: "activity",
    value: part.title,
    source: part.source,
    at: part.at,
    confidence: part.number && !part.onlyInToc && !part.found ? "high" : "low",
  });
  fillPart(ctx, activity, part, path, { activityKey: activity.key });
  if (part.onlyInToc) ctx.unread.push({ text: part.title, at: part.at, why: onlyInToc });
  activity.activities = part.parts.map((p, i) => activityOf(ctx, p, `${path}.activities.${i}`));
  return activity;
}

/** A focus area and its activities from the outline. */
export function focusAreaOf(ctx: ReadContext, part: Part, path: string): FocusArea {
  const fa: FocusArea = {
    key: ctx.key(part.title, "indsatsomraade"),
    title: part.title,
    ...(part.number ? { number: part.number } : {}),
    purposes: [],
    goals: [],
    criteria: [],
    activities: [],
  };
  ctx.items.push({
    path,
    kind: "focusArea",
    value: part.title,
    source: part.source,
    at: part.at,
    confidence: part.number && !part.onlyInToc && !part.found ? "high" : "low",
  });
  fillPart(ctx, fa, part, path, { focusAreaKey: fa.key });
  if (part.onlyInToc) ctx.unread.push({ text: part.title, at: part.at, why: onlyInToc });
  fa.activities = part.parts.map((p, j) => activityOf(ctx, p, `${path}.activities.${j}`));
  return fa;
}
