import { freshKey } from "~/plan-format/edit-plan";
import type { Partner } from "~/plan-format/organisation";
import type { FieldSpec } from "../fields";
import { enumOptions, none } from "./options";
import { assign, type EditorSection } from "./section";

const kinds = [
  "housingAssociation",
  "municipality",
  "police",
  "ngo",
  "school",
  "business",
  "resident",
  "research",
  "other",
];

/** Samarbejdspartnere: the organisations taking part, referred to by activities and governance. */
export const partnerSection: EditorSection = {
  id: "partner",
  titleKey: "editor.sections.partner",
  list: (plan) => plan.partners.map((p) => ({ key: p.key, label: p.name })),
  fields: (_plan, t, key): FieldSpec[] => [
    ...(key
      ? []
      : [
          { name: "key", label: t("editor.f.key"), kind: "text", hint: t("editor.hints.key"), width: "m" } as FieldSpec,
        ]),
    { name: "name", label: t("editor.f.name"), kind: "text", required: true },
    {
      name: "kind",
      label: t("editor.f.partnerKind"),
      kind: "select",
      options: [none(t), ...enumOptions(t, "editor.partnerKinds", kinds)],
    },
    { name: "description", label: t("editor.f.description"), kind: "textarea" },
  ],
  read: (plan, key) => (key ? plan.partners.find((p) => p.key === key) : {}),
  write(plan, values, key) {
    const existing = key ? plan.partners.find((p) => p.key === key) : undefined;
    const item =
      existing ??
      ({
        key:
          (values.key as string) ||
          freshKey(
            String(values.name ?? ""),
            plan.partners.map((p) => p.key),
          ),
      } as Partner);
    assign(item, values, ["name", "kind", "description"]);
    if (!existing) plan.partners.push(item);
    return { path: ["partners", plan.partners.lastIndexOf(item)], key: item.key };
  },
  remove(plan, key) {
    plan.partners = plan.partners.filter((p) => p.key !== key);
  },
};
