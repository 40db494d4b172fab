import type { Scope } from "./context";

/** The housing department or area the text names (the list counts e.g. Akacieparken alone), else the first area. */
export function namedListArea(flat: string, scope: Scope): string {
  const names = scope.plan.areas.flatMap((a) => [...a.departments.map((d) => d.name), a.name]);
  return names.find((n) => flat.includes(n.toLowerCase())) ?? names[0] ?? scope.plan.title;
}
