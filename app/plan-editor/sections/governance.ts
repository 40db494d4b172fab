import { freshKey } from "~/plan-format/edit-plan";
import type { GovernanceGroup } from "~/plan-format/organisation";
import type { FieldSpec } from "../fields";
import { enumOptions, none, partnerOptions } from "./options";
import { assign, type EditorSection } from "./section";

const kinds = ["steeringGroup", "followGroup", "progressGroup", "forum", "workingGroup", "referenceGroup", "other"];

/** Organisering: a governance body with its members, mandate, duties and meeting cadence. */
export const governanceSection: EditorSection = {
  id: "organ",
  titleKey: "editor.sections.governance",
  list: (plan) => plan.governance.map((g) => ({ key: g.key, label: g.name })),
  fields: (plan, t, key): FieldSpec[] => [
    ...(key
      ? []
      : [
          { name: "key", label: t("editor.f.key"), kind: "text", hint: t("editor.hints.key"), width: "m" } as FieldSpec,
        ]),
    { name: "name", label: t("editor.f.name"), kind: "text", required: true },
    {
      name: "kind",
      label: t("editor.f.groupKind"),
      kind: "select",
      options: enumOptions(t, "editor.groupKinds", kinds),
    },
    { name: "description", label: t("editor.f.description"), kind: "textarea" },
    {
      name: "members",
      label: t("editor.f.members"),
      kind: "rows",
      columns: [
        { name: "role", label: t("editor.f.role"), kind: "text", width: "l" },
        { name: "count", label: t("editor.f.count"), kind: "number", width: "xs" },
        {
          name: "organisation",
          label: t("editor.f.organisation"),
          kind: "select",
          options: [none(t), ...partnerOptions(plan)],
        },
        { name: "name", label: t("editor.f.personName"), kind: "text", width: "m" },
        { name: "note", label: t("editor.f.note"), kind: "text", width: "m" },
      ],
    },
    { name: "mandate", label: t("editor.f.mandate"), kind: "textarea" },
    { name: "duties", label: t("editor.f.duties"), kind: "lines", hint: t("editor.hints.lines") },
    { name: "meetingCadence", label: t("editor.f.meetingCadence"), kind: "text" },
    { name: "meetingsPerYear", label: t("editor.f.meetingsPerYear"), kind: "number", width: "xs" },
  ],
  read: (plan, key) =>
    key ? plan.governance.find((g) => g.key === key) : { kind: "steeringGroup", members: [], duties: [] },
  write(plan, values, key) {
    const existing = key ? plan.governance.find((g) => g.key === key) : undefined;
    const item =
      existing ??
      ({
        key:
          (values.key as string) ||
          freshKey(
            String(values.name ?? ""),
            plan.governance.map((g) => g.key),
          ),
      } as GovernanceGroup);
    assign(item, values, [
      "name",
      "kind",
      "description",
      "members",
      "mandate",
      "duties",
      "meetingCadence",
      "meetingsPerYear",
    ]);
    if (!existing) plan.governance.push(item);
    return { path: ["governance", plan.governance.lastIndexOf(item)], key: item.key };
  },
  remove(plan, key) {
    plan.governance = plan.governance.filter((g) => g.key !== key);
  },
};
