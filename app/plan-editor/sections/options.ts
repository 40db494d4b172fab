import type { TFunction } from "i18next";
import type { Activity } from "~/plan-format/activity";
import { freshKey } from "~/plan-format/edit-plan";
import type { PlanFile } from "~/plan-format/plan";
import { descendantsOf, indexPlan } from "~/plan-format/plan-index";

type Option = { value: string; label: string; group?: string };

/** "None" as the first choice of an optional select. */
export const none = (t: TFunction): Option => ({ value: "", label: t("editor.none") });

/** Every activity, indented by depth, for selects. */
export function activityOptions(plan: PlanFile): Option[] {
  return indexPlan(plan).activities.map((a) => ({
    value: a.activity.key,
    label: `${"– ".repeat(a.path.filter((p) => p === "activities").length - 1)}${a.activity.number ? `${a.activity.number} ` : ""}${a.activity.title}`,
    group: a.focusArea.title,
  }));
}

export const focusAreaOptions = (plan: PlanFile): Option[] =>
  plan.focusAreas.map((f) => ({ value: f.key, label: f.number ? `${f.number} ${f.title}` : f.title }));

export const partnerOptions = (plan: PlanFile): Option[] => plan.partners.map((p) => ({ value: p.key, label: p.name }));

/** Choices from one of the logbook's word lists. */
export const wordOptions = (plan: PlanFile, list: keyof NonNullable<PlanFile["logbook"]>): Option[] =>
  (plan.logbook?.[list] ?? []).map((w) => ({ value: w.key, label: w.name }));

/** An enum as options with translated labels. */
export const enumOptions = (t: TFunction, prefix: string, values: readonly string[]): Option[] =>
  values.map((v) => {
    const key = `${prefix}.${v}`; // the editor sections test checks that every such key exists
    return { value: v, label: t(key) };
  });

/** Every key used anywhere in a list, for making fresh keys. */
export const keysOf = (items: { key: string }[]) => items.map((i) => i.key);

/** Gives rows without a key one made from their name (or title). */
export function fillKeys<T extends { key?: string }>(rows: T[], nameOf: (row: T) => string | undefined) {
  const used = rows.map((r) => r.key).filter((k): k is string => !!k);
  for (const row of rows)
    if (!row.key) {
      row.key = freshKey(nameOf(row) ?? "", used);
      used.push(row.key);
    }
  return rows;
}

/** The activity and everything below it. */
export function subtreeKeys(activity: Activity): string[] {
  return [activity, ...descendantsOf(activity)].map((a) => a.key);
}
