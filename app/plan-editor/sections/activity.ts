import type { TFunction } from "i18next";
import type { Activity } from "~/plan-format/activity";
import { freshKey, locateActivity, moveActivity, removeActivity, upsertActivity } from "~/plan-format/edit-plan";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import type { FieldSpec, FormValues } from "../fields";
import { enumOptions, none, partnerOptions, subtreeKeys } from "./options";
import { assign, type EditorSection, keyFieldIfNew, topNames } from "./section";

const breakdowns = ["childrenAdults", "residents", "newReturning", "volunteers", "gender"] as const;

/** Where an activity can sit: directly in a focus area, or under another activity (not under itself). */
function placementOptions(plan: PlanFile, t: TFunction, key?: string) {
  const found = key ? locateActivity(plan, key) : undefined;
  const own = new Set(found ? subtreeKeys(found.activity) : []);
  return indexPlan(plan).activities.reduce(
    (out, a) => {
      if (!own.has(a.activity.key))
        out.push({
          value: `under:${a.activity.key}`,
          label: t("editor.underActivity", { title: a.activity.title }),
          group: a.focusArea.title,
        });
      return out;
    },
    plan.focusAreas.map((f) => ({
      value: `fa:${f.key}`,
      label: t("editor.inFocusArea", { title: f.title }),
      group: t("editor.focusAreas"),
    })),
  );
}

function fields(plan: PlanFile, t: TFunction, key?: string): FieldSpec[] {
  const partners = partnerOptions(plan);
  return [
    { name: "placement", label: t("editor.f.placement"), kind: "select", options: placementOptions(plan, t, key) },
    ...keyFieldIfNew(t, !key),
    { name: "number", label: t("editor.f.number"), kind: "text", width: "xs" },
    { name: "title", label: t("editor.f.title"), kind: "text", required: true },
    { name: "problem", label: t("editor.f.problem"), kind: "textarea" },
    { name: "purposes", label: t("editor.f.purposes"), kind: "lines", hint: t("editor.hints.lines") },
    { name: "goals", label: t("editor.f.goals"), kind: "lines", hint: t("editor.hints.lines") },
    { name: "targetGroup", label: t("editor.f.targetGroup"), kind: "textarea" },
    { name: "content", label: t("editor.f.content"), kind: "textarea" },
    { name: "schedule", label: t("editor.f.schedule"), kind: "textarea" },
    { name: "deliverables", label: t("editor.f.deliverables"), kind: "lines", hint: t("editor.hints.lines") },
    {
      name: "staffing",
      label: t("editor.f.staffing"),
      kind: "rows",
      hint: t("editor.hints.staffing"),
      columns: [
        { name: "role", label: t("editor.f.role"), kind: "text", width: "l" },
        { name: "hoursPerWeek", label: t("editor.f.hoursPerWeek"), kind: "number", width: "s" },
        { name: "hoursPerWeekMax", label: t("editor.f.hoursPerWeekMax"), kind: "number", width: "s" },
        { name: "fte", label: t("editor.f.fte"), kind: "number", width: "s" },
        { name: "averaged", label: t("editor.f.averaged"), kind: "checkbox", width: "s" },
        { name: "organisation", label: t("editor.f.organisation"), kind: "select", options: [none(t), ...partners] },
        { name: "note", label: t("editor.f.note"), kind: "text", width: "l" },
      ],
    },
    {
      name: "partners",
      label: t("editor.f.activityPartners"),
      kind: "checkboxes",
      options: partners,
      hint: t("editor.hints.partners"),
    },
    { name: "collaboration", label: t("editor.f.collaboration"), kind: "textarea" },
    { name: "responsible.partners", label: t("editor.f.responsiblePartners"), kind: "checkboxes", options: partners },
    { name: "responsible.text", label: t("editor.f.responsibleText"), kind: "text" },
    { name: "measurementMethod", label: t("editor.f.measurementMethod"), kind: "textarea" },
    { name: "localEvaluation", label: t("editor.f.localEvaluation"), kind: "textarea" },
    { name: "anchoring", label: t("editor.f.anchoring"), kind: "textarea" },
    {
      name: "attendance.mode",
      label: t("editor.f.attendanceMode"),
      kind: "select",
      hint: t("editor.hints.attendanceMode"),
      options: [none(t), ...enumOptions(t, "editor.attendanceModes", ["headcount", "named", "both"])],
    },
    {
      name: "attendance.breakdowns",
      label: t("editor.f.breakdowns"),
      kind: "checkboxes",
      options: enumOptions(t, "editor.breakdowns", breakdowns),
    },
  ];
}

/** Makes the optional groups absent when nothing in them is filled. */
function tidy(values: FormValues): FormValues {
  const out = { ...values };
  const responsible = out.responsible as { partners?: string[]; text?: string } | undefined;
  if (!responsible?.text && !responsible?.partners?.length) out.responsible = undefined;
  const attendance = out.attendance as { mode?: string; breakdowns?: string[] } | undefined;
  out.attendance = attendance?.mode ? attendance : undefined;
  return out;
}

/** Aktiviteter: every field of an activity, its staffing and partners, and where it sits in the plan. */
export const activitySection: EditorSection = {
  id: "aktivitet",
  titleKey: "editor.sections.activity",
  list: (plan) =>
    indexPlan(plan).activities.map((a) => ({
      key: a.activity.key,
      label: a.activity.number ? `${a.activity.number} ${a.activity.title}` : a.activity.title,
    })),
  fields: (plan, t, key) => fields(plan, t, key),
  read(plan, key, query) {
    if (!key) {
      const under = query?.get("under");
      const fa = query?.get("indsatsomraade") ?? plan.focusAreas[0]?.key;
      return { placement: under ? `under:${under}` : `fa:${fa}`, purposes: [], goals: [], staffing: [] };
    }
    const found = locateActivity(plan, key);
    if (!found) return undefined;
    const parent = indexPlan(plan).activities.find((a) => a.activity.key === key)?.parent;
    return { ...found.activity, placement: parent ? `under:${parent.key}` : `fa:${found.focusArea.key}` };
  },
  write(plan, raw, key) {
    const values = tidy(raw);
    const [where, target] = String(values.placement ?? "").split(":");
    const under = where === "under" ? target : undefined;
    const focusAreaKey = where === "fa" ? target : (locateActivity(plan, target ?? "")?.focusArea.key ?? "");
    const used = indexPlan(plan).activities.map((a) => a.activity.key);
    const newKey = key ?? ((values.key as string | undefined) || freshKey(String(values.title ?? ""), used));
    const item = { key: newKey, title: "" } as Activity;
    assign(item, values, topNames(fields(plan, ((k: string) => k) as TFunction, key)));
    upsertActivity(plan, { focusAreaKey, parentKey: under }, key, item);
    if (key) {
      const parent = indexPlan(plan).activities.find((a) => a.activity.key === key)?.parent?.key;
      const current = locateActivity(plan, key);
      if (parent !== under || (!under && current?.focusArea.key !== focusAreaKey))
        moveActivity(plan, key, { focusAreaKey, parentKey: under });
    }
    const indexed = indexPlan(plan).activities.filter((a) => a.activity.key === newKey);
    return { path: (key ? indexed[0] : indexed[indexed.length - 1])?.path ?? [], key: newKey };
  },
  remove: (plan, key) => {
    removeActivity(plan, key);
  },
};
