import type { LogbookVocabulary } from "~/plan-format/structure";
import type { FieldSpec } from "../fields";
import { fillKeys } from "./options";
import type { EditorSection } from "./section";

const lists = [
  "eventTypes",
  "targetGroupTags",
  "contactTopics",
  "receivingBodies",
  "assessmentTypes",
  "volunteerRoles",
] as const;

/** Logbogens ordlister: the words staff choose from when they log (event types, topics, bodies …). */
export const vocabularySection: EditorSection = {
  id: "ordlister",
  titleKey: "editor.sections.vocabulary",
  fields: (_plan, t): FieldSpec[] =>
    lists.map((list) => ({
      name: list,
      label: t(`editor.vocabularies.${list}`),
      kind: "rows",
      hint: t("editor.hints.vocabulary"),
      columns: [
        { name: "key", label: t("editor.f.key"), kind: "text", width: "m" },
        { name: "name", label: t("editor.f.name"), kind: "text", width: "l" },
      ],
    })),
  read: (plan) => ({ ...plan.logbook }),
  write(plan, values) {
    plan.logbook = Object.fromEntries(
      lists.map((list) => [list, fillKeys((values[list] as { key: string; name: string }[]) ?? [], (w) => w.name)]),
    ) as LogbookVocabulary;
    return { path: ["logbook"] };
  },
};
