import { type Partner, partnerSchema } from "~/plan-format/organisation";
import type { FieldSpec } from "../fields";
import { enumOptions, none } from "./options";
import { assign, type EditorSection, keyFieldIfNew, withoutKey, writeListItem } from "./section";

/** The kinds of partner the plan format knows, in its order. */
const kinds = partnerSchema.shape.kind.unwrap().options;

/** Samarbejdspartnere: the organisations taking part, referred to by activities and governance. */
export const partnerSection: EditorSection = {
  id: "partner",
  titleKey: "editor.sections.partner",
  list: (plan) => plan.partners.map((p) => ({ key: p.key, label: p.name })),
  fields: (_plan, t, key): FieldSpec[] => [
    ...keyFieldIfNew(t, !key),
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
  write: (plan, values, key) =>
    writeListItem("partners", plan.partners, values, key, (item: Partner) =>
      assign(item, values, ["name", "kind", "description"]),
    ),
  remove(plan, key) {
    plan.partners = withoutKey(plan.partners, key);
  },
};
