import type { PlanFile } from "~/plan-format/plan";
import type { FieldSpec } from "../fields";
import { enumOptions, fillKeys } from "./options";
import { assign, type EditorSection, keyFieldIfNew, withoutKey, writeListItem } from "./section";

type Area = PlanFile["areas"][number];

/** Boligområder: name, description, departments (afdelinger) and area statistics. */
export const areaSection: EditorSection = {
  id: "omraade",
  titleKey: "editor.sections.area",
  list: (plan) => plan.areas.map((a) => ({ key: a.key, label: a.name })),
  fields: (_plan, t, key): FieldSpec[] => [
    ...keyFieldIfNew(t, !key),
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
    const statistics = fillKeys((values.statistics as Area["statistics"]) ?? [], (s) => s.label).map((s) =>
      s.comparison && s.comparison.area === undefined && s.comparison.value === undefined
        ? { ...s, comparison: undefined }
        : s,
    );
    return writeListItem("areas", plan.areas, values, key, (item: Area) =>
      assign(item, { ...values, statistics }, ["name", "description", "departments", "statistics"]),
    );
  },
  remove(plan, key) {
    plan.areas = withoutKey(plan.areas, key);
  },
};
