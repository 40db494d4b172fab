import { courseTypesOf, type LogActivity, type LogbookContext } from "../logbook/logbook-context";
import type { ListName } from "./sheet-types";

/** A list of choices: what a drop-down shows, and the way back from a cell to the key. */
export interface Choices {
  /** The values the drop-down offers (names; a name used twice gets its key in brackets). */
  values: string[];
  /** The value shown for a key (the key itself when unknown). */
  label: (key: string) => string;
  /** The key a cell means: a key, a shown value or a name (any case); undefined if none. */
  resolve: (text: string) => string | undefined;
}

/** Choices from key/name pairs. */
export function choices(items: readonly { key: string; name: string }[]): Choices {
  const lower = (s: string) => s.trim().toLowerCase();
  const count = new Map<string, number>();
  for (const i of items) count.set(lower(i.name), (count.get(lower(i.name)) ?? 0) + 1);
  const shown = new Map(
    items.map((i) => [i.key, (count.get(lower(i.name)) ?? 0) > 1 ? `${i.name} (${i.key})` : i.name] as const),
  );
  const byText = new Map<string, string>();
  // Shown values first, then names used only once; `resolve` tries the exact key before both.
  for (const i of items)
    if (!byText.has(lower(shown.get(i.key) ?? ""))) byText.set(lower(shown.get(i.key) ?? ""), i.key);
  for (const i of items)
    if (count.get(lower(i.name)) === 1 && !byText.has(lower(i.name))) byText.set(lower(i.name), i.key);
  const keys = new Set(items.map((i) => i.key));
  return {
    values: [...new Set(shown.values())],
    label: (key) => shown.get(key) ?? key,
    resolve: (text) => {
      const t = text.trim();
      if (keys.has(t)) return t;
      return byText.get(lower(t)) ?? items.find((i) => lower(i.key) === lower(t))?.key;
    },
  };
}

export const genders = [
  { key: "female", name: "Kvinde" },
  { key: "male", name: "Mand" },
  { key: "other", name: "Andet" },
  { key: "unknown", name: "Ukendt" },
];

/** The follow-up status for a course whose participant could not be reached. */
export const noContactStatus = { key: "ingen-kontakt", name: "Ingen kontakt" };

/** Every list of a plan's logbook workbook, for the activities the actor may see. */
export interface PlanLists {
  activities: Choices;
  lists: Record<ListName, Choices>;
  /** A course type's own stages and outcomes (stages are resolved within the course's type). */
  courseType: (key: string) => { stages: Choices; outcomes: Choices; followUps: Choices } | undefined;
}

/** The lists of a plan: its activities (those given), words, course types, departments and fixed choices. */
export function planLists(ctx: LogbookContext, activities: LogActivity[]): PlanLists {
  const words = ctx.plan.logbook;
  const types = courseTypesOf(ctx);
  const union = (lists: { key: string; name: string }[][]) => {
    const seen = new Map<string, { key: string; name: string }>();
    for (const list of lists) for (const item of list) if (!seen.has(item.name)) seen.set(item.name, item);
    return [...seen.values()];
  };
  const eventTypes = words?.eventTypes?.length ? words.eventTypes : [{ key: "arrangement", name: "Arrangement" }];
  const acts = choices(activities.map((a) => ({ key: a.key, name: a.title })));
  const lists: Record<ListName, Choices> = {
    activities: acts,
    eventTypes: choices(eventTypes),
    courseTypes: choices(types.map((t) => ({ key: t.key, name: t.name }))),
    stages: choices(union(types.map((t) => t.stages))),
    outcomes: choices(union(types.map((t) => t.outcomes))),
    followUpStatuses: choices(union([...types.map((t) => t.outcomes), [noContactStatus]])),
    topics: choices(words?.contactTopics ?? []),
    receivingBodies: choices(words?.receivingBodies ?? []),
    assessmentTypes: choices(words?.assessmentTypes ?? []),
    volunteerRoles: choices(words?.volunteerRoles ?? []),
    targetGroupTags: choices(words?.targetGroupTags ?? []),
    departments: choices(ctx.plan.areas.flatMap((a) => a.departments.map((d) => ({ key: d.number, name: d.number })))),
    genders: choices(genders),
    yesNo: choices([
      { key: "yes", name: "Ja" },
      { key: "no", name: "Nej" },
    ]),
  };
  const byType = new Map(
    types.map((t) => [
      t.key,
      {
        stages: choices(t.stages),
        outcomes: choices(t.outcomes),
        followUps: choices([...t.outcomes, noContactStatus]),
      },
    ]),
  );
  return { activities: acts, lists, courseType: (key) => byType.get(key) };
}
