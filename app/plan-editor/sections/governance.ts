import { type GovernanceGroup, governanceGroupSchema } from "~/plan-format/organisation";
import type { FieldSpec } from "../fields";
import { enumOptions, none, partnerOptions } from "./options";
import { assign, type EditorSection, keyFieldIfNew, withoutKey, writeListItem } from "./section";

/** The kinds of governance body the plan format knows, in its order. */
const kinds = governanceGroupSchema.shape.kind.options;

/** Organisering: a governance body with its members, mandate, duties and meeting cadence. */
export const governanceSection: EditorSection = {
  id: "organ",
  titleKey: "editor.sections.governance",
  list: (plan) => plan.governance.map((g) => ({ key: g.key, label: g.name })),
  fields: (plan, t, key): FieldSpec[] => [
    ...keyFieldIfNew(t, !key),
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
  write: (plan, values, key) =>
    writeListItem("governance", plan.governance, values, key, (item: GovernanceGroup) =>
      assign(item, values, [
        "name",
        "kind",
        "description",
        "members",
        "mandate",
        "duties",
        "meetingCadence",
        "meetingsPerYear",
      ]),
    ),
  remove(plan, key) {
    plan.governance = withoutKey(plan.governance, key);
  },
};
