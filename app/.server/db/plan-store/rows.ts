/** Turns a database null into an absent field. */
export const opt = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/** Groups rows by a key, keeping their order. */
export function groupBy<T, K>(rows: T[], keyOf: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}
