import { freshKey, upsertFocusArea } from "~/plan-format/edit-plan";
import type { FocusArea } from "~/plan-format/plan";
import type { FieldSpec } from "../fields";
import { assign, type EditorSection, keyFieldIfNew, topNames, withoutKey } from "./section";

const fields = (t: (k: string) => string, isNew: boolean): FieldSpec[] => [
  ...keyFieldIfNew(t, isNew),
  { name: "number", label: t("editor.f.number"), kind: "text", width: "xs" },
  { name: "title", label: t("editor.f.title"), kind: "text", required: true },
  { name: "problem", label: t("editor.f.problem"), kind: "textarea" },
  { name: "description", label: t("editor.f.description"), kind: "textarea" },
  { name: "purposes", label: t("editor.f.purposes"), kind: "lines", hint: t("editor.hints.lines") },
  { name: "goals", label: t("editor.f.goals"), kind: "lines", hint: t("editor.hints.lines") },
  { name: "measurementMethod", label: t("editor.f.measurementMethod"), kind: "textarea" },
];

/** Indsatsområder: number, title, problem, purposes and goals (criteria and activities have their own forms). */
export const focusAreaSection: EditorSection = {
  id: "indsatsomraade",
  titleKey: "editor.sections.focusArea",
  list: (plan) => plan.focusAreas.map((f) => ({ key: f.key, label: f.number ? `${f.number} ${f.title}` : f.title })),
  fields: (_plan, t, key) => fields(t, !key),
  read: (plan, key) => (key ? plan.focusAreas.find((f) => f.key === key) : { purposes: [], goals: [] }),
  write(plan, values, key) {
    const names = topNames(fields((k) => k, true));
    const newKey =
      key ??
      ((values.key as string | undefined) ||
        freshKey(
          String(values.title ?? ""),
          plan.focusAreas.map((f) => f.key),
        ));
    const item = { key: newKey, title: "" } as FocusArea;
    assign(item, values, names);
    upsertFocusArea(plan, key, item);
    const index = key ? plan.focusAreas.findIndex((f) => f.key === key) : plan.focusAreas.length - 1;
    return { path: ["focusAreas", index], key: newKey };
  },
  remove(plan, key) {
    plan.focusAreas = withoutKey(plan.focusAreas, key);
  },
};
