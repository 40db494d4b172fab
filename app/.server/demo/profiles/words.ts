import type { Activity } from "~/plan-format/activity";
import type { PlanFile } from "~/plan-format/plan";

// Matching words: which activity a word of the plan's vocabulary (an event type, a topic …) fits best.

/** Lower case with æ, ø, å folded (ae, oe, aa) and accents removed, for matching words. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

const stopwords = new Set([
  "aktivitet",
  "aktiviteter",
  "arrangement",
  "arrangementer",
  "beboer",
  "beboere",
  "beboerne",
  "boligomraadet",
  "indsats",
  "indsatsen",
  "eller",
  "samt",
  "med",
  "til",
  "for",
  "over",
  "under",
  "deres",
  "hvor",
  "blandt",
  "andre",
  "mindre",
  "lokale",
  "lokalt",
]);

function tokens(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length >= 4 && !stopwords.has(t));
}

const stem = (t: string) => t.slice(0, 6);

/** Words of an activity (stems, and whole words as `=word`), its own name counting double. */
export function activityWords(a: Activity): Map<string, number> {
  const words = new Map<string, number>();
  const add = (text: string | undefined, weight: number) => {
    for (const t of tokens(text ?? ""))
      for (const w of [stem(t), `=${t}`]) words.set(w, Math.max(words.get(w) ?? 0, weight));
  };
  add(a.schedule, 1);
  add(a.targetGroup, 1);
  add(a.deliverables.join(" "), 1);
  add(a.key.replace(/-/g, " "), 2);
  add(a.title, 2);
  return words;
}

/** How well a vocabulary word (key and name) fits an activity: shared stems, and whole words once more. */
export function fitScore(words: Map<string, number>, key: string, name: string): number {
  let score = 0;
  const all = [...tokens(key.replace(/-/g, " ")), ...tokens(name)];
  for (const t of new Set(all.map(stem))) score += words.get(t) ?? 0;
  for (const t of new Set(all)) if (t.length >= 6) score += words.get(`=${t}`) ?? 0;
  return score;
}

/** Words of an activity that gives advice or reaches out: it logs contacts. */
export const counselling = /raadgiv|vejledning|opsoeg|henvend|servicebesoeg|brobyg|familieraad|fremskudt/;

/** The event type that fits an activity best, or the first one ("arrangement" without a vocabulary). */
export function defaultEventType(plan: PlanFile, words: Map<string, number>): string {
  const types = plan.logbook?.eventTypes ?? [];
  if (types.length === 0) return "arrangement";
  let chosen = types[0].key;
  let top = 0;
  for (const t of types) {
    const s = fitScore(words, t.key, t.name);
    if (s > top) {
      top = s;
      chosen = t.key;
    }
  }
  return chosen;
}
