// Small helpers for what is made once and kept: by object identity, frozen, or in a map.

const ids = new WeakMap<object, number>();
let count = 0;

/** A number for an object, the same for as long as the object lives (for keys of memos by identity). */
export function objectId(o: object): number {
  return keptIn(ids, o, () => {
    count += 1;
    return count;
  });
}

/** The value kept in `store` under `key`, made (and kept) first if there is none. */
export function keptIn<K, V>(store: Map<K, V>, key: K, make: () => V): V;
export function keptIn<K extends object, V>(store: WeakMap<K, V>, key: K, make: () => V): V;
export function keptIn<K extends object, V>(store: Map<K, V> | WeakMap<K, V>, key: K, make: () => V): V {
  let value = store.get(key);
  if (value === undefined) {
    value = make();
    store.set(key, value);
  }
  return value;
}

/** Freezes a value and everything it holds (already frozen parts are not walked again). Returns it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
