import { freshKey } from "~/plan-format/edit-plan";
import type { PlanFile } from "~/plan-format/plan";
import type { FieldSpec } from "../fields";
import { enumOptions, fillKeys } from "./options";
import { assign, type EditorSection } from "./section";

type Area = PlanFile["areas"][number];

/** Boligområder: name, description, departments (afdelinger) and area statistics. */
export const areaSection: EditorSection = {
  id: "omraade",
  titleKey: "editor.sections.area",
  list: (plan) => plan.areas.map((a) => ({ key: a.key, label: a.name })),
  fields: (_plan, t, key): FieldSpec[] => [
    ...(key
      ? []
      : [
          { name: "key", label: t("editor.f.key"), kind: "text", hint: t("editor.hints.key"), width: "m" } as FieldSpec,
        ]),
    { name: "name", label: t("editor.f.name"), kind: "text", required: true },
    { name: "description", label: t("editor.f.description"), kind: "textarea" },
    {
      name: "departments",
      label: t("editor.f.departments"),
      kind: "rows",
      columns: [
        { name: "number", label: t("editor.f.departmentNumber"), kind: "text", width: "s" },
        { name: "name", label: t("editor.f.name"), kind: "text", width: "l" },
        { name: "tenancies", label: t("editor.f.tenancies"), kind: "number", width: "s" },
        { name: "residents", label: t("editor.f.residents"), kind: "number", width: "s" },
        { name: "note", label: t("editor.f.note"), kind: "text", width: "l" },
      ],
    },
    {
      name: "statistics",
      label: t("editor.f.statistics"),
      kind: "rows",
      hint: t("editor.hints.statistics"),
      columns: [
        { name: "key", label: t("editor.f.key"), kind: "hidden" },
        { name: "label", label: t("editor.f.statisticLabel"), kind: "text", width: "l" },
        { name: "value", label: t("editor.f.value"), kind: "number", width: "s" },
        {
          name: "unit",
          label: t("editor.f.unit"),
          kind: "select",
          options: enumOptions(t, "editor.units", ["percent", "count", "per10000", "dkk"]),
        },
        { name: "period", label: t("editor.f.period"), kind: "text", width: "s" },
        { name: "comparison.area", label: t("editor.f.comparisonArea"), kind: "text", width: "m" },
        { name: "comparison.value", label: t("editor.f.comparisonValue"), kind: "number", width: "s" },
        { name: "source", label: t("editor.f.source"), kind: "text", width: "m" },
      ],
    },
  ],
  read: (plan, key) => (key ? plan.areas.find((a) => a.key === key) : { departments: [], statistics: [] }),
  write(plan, values, key) {
    const existing = key ? plan.areas.find((a) => a.key === key) : undefined;
    const item =
      existing ??
      ({
        key:
          (values.key as string) ||
          freshKey(
            String(values.name ?? ""),
            plan.areas.map((a) => a.key),
          ),
      } as Area);
    const statistics = fillKeys((values.statistics as Area["statistics"]) ?? [], (s) => s.label).map((s) =>
      s.comparison && s.comparison.area === undefined && s.comparison.value === undefined
        ? { ...s, comparison: undefined }
        : s,
    );
    assign(item, { ...values, statistics }, ["name", "description", "departments", "statistics"]);
    if (!existing) plan.areas.push(item);
    return { path: ["areas", plan.areas.lastIndexOf(item)], key: item.key };
  },
  remove(plan, key) {
    plan.areas = plan.areas.filter((a) => a.key !== key);
  },
};
