import type { PlanFile } from "~/plan-format/plan";
import type { FieldSpec } from "../fields";
import { none, partnerOptions } from "./options";
import type { EditorSection } from "./section";

/** Roller og ansvarsområder: who does what in the organisation of the plan. */
export const rolesSection: EditorSection = {
  id: "roller",
  titleKey: "editor.sections.roles",
  fields: (plan, t): FieldSpec[] => [
    {
      name: "roles",
      label: t("editor.f.roles"),
      kind: "rows",
      columns: [
        { name: "title", label: t("editor.f.roleTitle"), kind: "text", width: "l" },
        {
          name: "organisation",
          label: t("editor.f.organisation"),
          kind: "select",
          options: [none(t), ...partnerOptions(plan)],
        },
        {
          name: "responsibilities",
          label: t("editor.f.responsibilities"),
          kind: "lines",
          hint: t("editor.hints.lines"),
        },
      ],
    },
  ],
  read: (plan) => ({ roles: plan.roles }),
  write(plan, values) {
    plan.roles = ((values.roles as PlanFile["roles"]) ?? []).map((r) => ({
      ...r,
      responsibilities: r.responsibilities ?? [],
    }));
    return { path: [] };
  },
};
