import type { TFunction } from "i18next";
import { planKinds } from "~/plan-format/plan";
import type { FieldSpec } from "../fields";
import { enumOptions } from "./options";
import { assign, type EditorSection, topNames } from "./section";

/** Grundoplysninger: title, kind, period, owner, vision, purposes and the plan's texts. */
export const basicsSection: EditorSection = {
  id: "grundoplysninger",
  titleKey: "editor.sections.basics",
  fields: (_plan, t): FieldSpec[] => [
    { name: "title", label: t("editor.f.title"), kind: "text", required: true },
    { name: "subtitle", label: t("editor.f.subtitle"), kind: "text" },
    { name: "kind", label: t("editor.f.kind"), kind: "select", options: enumOptions(t, "plan.kinds", planKinds) },
    { name: "period.start", label: t("editor.f.periodStart"), kind: "date", required: true },
    { name: "period.end", label: t("editor.f.periodEnd"), kind: "date", required: true },
    { name: "owner.name", label: t("editor.f.ownerName"), kind: "text", required: true },
    { name: "municipality", label: t("editor.f.municipality"), kind: "text", width: "l" },
    { name: "funder", label: t("editor.f.funder"), kind: "text", width: "l" },
    { name: "summary", label: t("editor.f.summary"), kind: "textarea" },
    { name: "foreword", label: t("editor.f.foreword"), kind: "textarea" },
    { name: "background", label: t("editor.f.background"), kind: "textarea" },
    { name: "vision", label: t("editor.f.vision"), kind: "textarea" },
    { name: "mainPurposes", label: t("editor.f.mainPurposes"), kind: "lines", hint: t("editor.hints.lines") },
    { name: "evaluation", label: t("editor.f.evaluation"), kind: "textarea" },
  ],
  read: (plan) => ({ ...plan }),
  write(plan, values) {
    const owner = plan.owner;
    assign(
      plan,
      values,
      topNames(basicsSection.fields(plan, ((k: string) => k) as unknown as TFunction)).filter((n) => n !== "owner"),
    );
    plan.owner = { ...owner, name: (values.owner as { name?: string } | undefined)?.name ?? "" };
    return { path: [] };
  },
};
