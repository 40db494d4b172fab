import type { TFunction } from "i18next";
import type { NewTypes } from "~/plan-format/criterion-builder/new-types";
import { freshKey } from "~/plan-format/edit-plan";
import type { PlanFile } from "~/plan-format/plan";
import type { PlanPath } from "~/plan-format/plan-index";
import type { FieldSpec, FormValues } from "../fields";

/** An item of a list section as the editor lists it. */
export interface SectionItem {
  key: string;
  label: string;
  depth?: number;
}

/**
 * One part of the plan editor: the fields it shows, how the plan's content becomes form values,
 * and how submitted values go back into the plan. `write` changes the plan it is given (a copy);
 * the whole plan is validated afterwards, and the problems are placed on the fields by `path`.
 */
export interface EditorSection {
  /** The URL segment, e.g. "aktivitet". */
  id: string;
  /** i18n key of the heading. */
  titleKey: string;
  /** For sections that edit one of many items (focus areas, activities …): the items. */
  list?: (plan: PlanFile) => SectionItem[];
  fields: (plan: PlanFile, t: TFunction, key?: string, query?: URLSearchParams) => FieldSpec[];
  /** The form values of an item, a new item's defaults when `key` is undefined; undefined when not found. */
  read: (plan: PlanFile, key?: string, query?: URLSearchParams) => FormValues | undefined;
  write: (plan: PlanFile, values: FormValues, key?: string) => { path: PlanPath; key?: string };
  remove?: (plan: PlanFile, key: string) => void;
  /** A sentence about the values as they stand (the criterion: what will be counted). */
  summary?: (plan: PlanFile, values: FormValues) => string | undefined;
  /** Fills the form from a free text (the criterion builder); returns the new values and notes. */
  propose?: (plan: PlanFile, values: FormValues) => { values: FormValues; notes: string[]; creates?: NewTypes };
  /** Adds the types a proposal needs and the plan lacks (a course type, an event type); returns what was added. */
  createTypes?: (plan: PlanFile, values: FormValues, creates: NewTypes) => string[];
}

/** Copies the named top-level values onto an item, so a cleared field is cleared in the plan too. */
export function assign(item: object, values: FormValues, names: string[]) {
  const target = item as Record<string, unknown>;
  for (const name of names) target[name] = values[name];
}

/** The key field a new item asks for; an item that exists keeps its key and is not asked. */
export const keyFieldIfNew = (t: (key: string) => string, isNew: boolean): FieldSpec[] =>
  isNew ? [{ name: "key", label: t("editor.f.key"), kind: "text", hint: t("editor.hints.key"), width: "m" }] : [];

/**
 * Writes one item of a top-level list (partners, governance, areas): the item `key` names, or a new
 * one with the key typed or one made from its name, added at the end. `fill` copies the values on.
 */
export function writeListItem<T extends { key: string }>(
  listName: string,
  items: T[],
  values: FormValues,
  key: string | undefined,
  fill: (item: T) => void,
): { path: PlanPath; key: string } {
  const existing = key ? items.find((i) => i.key === key) : undefined;
  const item =
    existing ??
    ({
      key:
        (values.key as string) ||
        freshKey(
          String(values.name ?? ""),
          items.map((i) => i.key),
        ),
    } as T);
  fill(item);
  if (!existing) items.push(item);
  return { path: [listName, items.lastIndexOf(item)], key: item.key };
}

/** A list without the item `key` names. */
export const withoutKey = <T extends { key: string }>(items: T[], key: string) => items.filter((i) => i.key !== key);

/** The top-level names of fields ("responsible.text" → "responsible"), without the key. */
export const topNames = (fields: FieldSpec[]) => [
  ...new Set(fields.map((f) => f.name.split(".")[0]).filter((n) => n !== "key" && n !== "placement")),
];

/** A problem a section finds before the plan check can (a missing owner, a bad combination), shown at a field. */
export class SectionProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
