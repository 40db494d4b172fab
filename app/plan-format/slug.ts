import { freshKey } from "./edit-plan";

/** Turns a name into a URL-safe key, e.g. "Lejerbo København" → "lejerbo-koebenhavn". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Makes keys unique within one plan: "lektiecafe", then "lektiecafe-2" … */
export function keyMaker(): (name: string, fallback?: string) => string {
  const used = new Set<string>();
  return (name, fallback = "punkt") => {
    const key = freshKey(slugify(name) ? name : fallback, used);
    used.add(key);
    return key;
  };
}
