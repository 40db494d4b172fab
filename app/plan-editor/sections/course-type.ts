import type { CourseType } from "~/plan-format/activity";
import { freshKey, locateActivity } from "~/plan-format/edit-plan";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import type { FieldSpec } from "../fields";
import { activityOptions, enumOptions, fillKeys, none } from "./options";
import { assign, type EditorSection, keyFieldIfNew } from "./section";

const categories = ["mentoring", "jobPathway", "membership", "leisureJob", "actionPlan", "other"];

const find = (plan: PlanFile, key: string) => indexPlan(plan).courseTypes.find((c) => c.courseType.key === key);

/** Forløbstyper: the courses an activity runs, with stages, outcomes and follow-ups (what the funnels count). */
export const courseTypeSection: EditorSection = {
  id: "forloebstype",
  titleKey: "editor.sections.courseType",
  list: (plan) =>
    indexPlan(plan).courseTypes.map((c) => ({
      key: c.courseType.key,
      label: `${c.courseType.name} (${c.activity.title})`,
    })),
  fields: (plan, t, key): FieldSpec[] => [
    { name: "activity", label: t("editor.f.courseActivity"), kind: "select", options: activityOptions(plan) },
    ...keyFieldIfNew(t, !key),
    { name: "name", label: t("editor.f.name"), kind: "text", required: true },
    {
      name: "category",
      label: t("editor.f.category"),
      kind: "select",
      options: [none(t), ...enumOptions(t, "editor.categories", categories)],
    },
    {
      name: "stages",
      label: t("editor.f.stages"),
      kind: "rows",
      hint: t("editor.hints.stages"),
      columns: [
        { name: "key", label: t("editor.f.key"), kind: "text", width: "m" },
        { name: "name", label: t("editor.f.name"), kind: "text", width: "l" },
      ],
    },
    {
      name: "outcomes",
      label: t("editor.f.outcomes"),
      kind: "rows",
      columns: [
        { name: "key", label: t("editor.f.key"), kind: "text", width: "m" },
        { name: "name", label: t("editor.f.name"), kind: "text", width: "l" },
      ],
    },
    {
      name: "followUpMonths",
      label: t("editor.f.followUpMonths"),
      kind: "text",
      width: "m",
      hint: t("editor.hints.followUpMonths"),
    },
    { name: "note", label: t("editor.f.note"), kind: "textarea" },
  ],
  read(plan, key, query) {
    if (!key) return { activity: query?.get("aktivitet") ?? "", stages: [], outcomes: [] };
    const found = find(plan, key);
    return found
      ? {
          ...found.courseType,
          activity: found.activity.key,
          followUpMonths: found.courseType.followUpMonths.join(", "),
        }
      : undefined;
  },
  write(plan, values, key) {
    const months = String(values.followUpMonths ?? "")
      .split(/[,;\s]+/)
      .filter(Boolean)
      .map(Number);
    const found = key ? find(plan, key) : undefined;
    const used = indexPlan(plan).courseTypes.map((c) => c.courseType.key);
    const item =
      found?.courseType ?? ({ key: (values.key as string) || freshKey(String(values.name ?? ""), used) } as CourseType);
    assign(
      item,
      {
        ...values,
        stages: fillKeys((values.stages as CourseType["stages"]) ?? [], (s) => s.name),
        outcomes: fillKeys((values.outcomes as CourseType["outcomes"]) ?? [], (s) => s.name),
        followUpMonths: months,
      },
      ["name", "category", "stages", "outcomes", "followUpMonths", "note"],
    );
    const target = locateActivity(plan, String(values.activity ?? ""))?.activity;
    if (found && target && found.activity !== target)
      found.activity.courseTypes.splice(found.activity.courseTypes.indexOf(item), 1);
    if (target && !target.courseTypes.includes(item)) target.courseTypes.push(item);
    const placed = find(plan, item.key);
    return { path: placed?.path ?? [], key: item.key };
  },
  remove(plan, key) {
    const found = find(plan, key);
    if (found) found.activity.courseTypes.splice(found.activity.courseTypes.indexOf(found.courseType), 1);
  },
};
