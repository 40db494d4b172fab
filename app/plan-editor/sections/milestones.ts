import type { Milestone } from "~/plan-format/structure";
import type { FieldSpec } from "../fields";
import { activityOptions, enumOptions, fillKeys, none } from "./options";
import type { EditorSection } from "./section";

/** Milepæle: what is due when, for which activity, who is responsible, and its status. */
export const milestonesSection: EditorSection = {
  id: "milepaele",
  titleKey: "editor.sections.milestones",
  fields: (plan, t): FieldSpec[] => [
    {
      name: "milestones",
      label: t("editor.f.milestones"),
      kind: "rows",
      hint: t("editor.hints.milestones"),
      columns: [
        { name: "key", label: t("editor.f.key"), kind: "hidden" },
        { name: "title", label: t("editor.f.title"), kind: "text", width: "xl" },
        { name: "due", label: t("editor.f.due"), kind: "text", width: "s" },
        {
          name: "activity",
          label: t("editor.f.activity"),
          kind: "select",
          options: [none(t), ...activityOptions(plan)],
        },
        { name: "responsible", label: t("editor.f.responsible"), kind: "text", width: "m" },
        {
          name: "status",
          label: t("editor.f.status"),
          kind: "select",
          options: enumOptions(t, "milestones.statuses", ["planned", "done", "postponed", "dropped"]),
        },
        { name: "doneDate", label: t("editor.f.doneDate"), kind: "date", width: "s" },
        { name: "note", label: t("editor.f.note"), kind: "text", width: "l" },
      ],
    },
  ],
  read: (plan) => ({ milestones: plan.milestones }),
  write(plan, values) {
    plan.milestones = fillKeys((values.milestones as Milestone[]) ?? [], (m) => m.title).map((m) => ({
      ...m,
      status: m.status ?? "planned",
    }));
    return { path: [] };
  },
};
