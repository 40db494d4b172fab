/**
 * An object that JSON writes out and reads back as it is: made by `{}` (or with no prototype),
 * not an array, a Map, a Date or another class's instance. Pure; used wherever data must be plain.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
