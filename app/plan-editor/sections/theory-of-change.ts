import type { TheoryOfChange } from "~/plan-format/structure";
import type { FieldSpec } from "../fields";
import { enumOptions, fillKeys } from "./options";
import type { EditorSection } from "./section";

/** Forandringsteori: nodes (focus areas, activities, results, effects) and the arrows between them. */
export const theoryOfChangeSection: EditorSection = {
  id: "forandringsteori",
  titleKey: "editor.sections.theoryOfChange",
  fields: (plan, t): FieldSpec[] => {
    const nodes = (plan.theoryOfChange?.nodes ?? []).map((n) => ({ value: n.key, label: n.label }));
    return [
      { name: "description", label: t("editor.f.description"), kind: "textarea" },
      {
        name: "nodes",
        label: t("editor.f.nodes"),
        kind: "rows",
        hint: t("editor.hints.nodes"),
        columns: [
          { name: "key", label: t("editor.f.key"), kind: "text", width: "m" },
          {
            name: "level",
            label: t("editor.f.level"),
            kind: "select",
            options: enumOptions(t, "editor.levels", ["focusArea", "activity", "result", "effect"]),
          },
          { name: "label", label: t("editor.f.label"), kind: "text", width: "l" },
          { name: "ref", label: t("editor.f.ref"), kind: "text", width: "m" },
        ],
      },
      {
        name: "links",
        label: t("editor.f.links"),
        kind: "rows",
        hint: t("editor.hints.links"),
        columns: [
          { name: "from", label: t("editor.f.from"), kind: "select", options: nodes },
          { name: "to", label: t("editor.f.to"), kind: "select", options: nodes },
        ],
      },
    ];
  },
  read: (plan) => plan.theoryOfChange ?? { nodes: [], links: [] },
  write(plan, values) {
    const theory: TheoryOfChange = {
      description: values.description as string | undefined,
      nodes: fillKeys((values.nodes as TheoryOfChange["nodes"]) ?? [], (n) => n.label),
      links: (values.links as TheoryOfChange["links"]) ?? [],
    };
    plan.theoryOfChange = theory.nodes.length || theory.description ? theory : undefined;
    return { path: ["theoryOfChange"] };
  },
};
