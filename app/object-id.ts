const ids = new WeakMap<object, number>();
let count = 0;

/** A number for an object, the same for as long as the object lives (for keys of memos by identity). */
export function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    count += 1;
    id = count;
    ids.set(o, id);
  }
  return id;
}
