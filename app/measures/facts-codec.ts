import { isPlainObject } from "~/plain-data";
import { offerPersonNumbers, type PersonColumns } from "./fact-index";
import type { LogbookFacts } from "./facts";
import { recordLists } from "./patch-facts";

/**
 * Logbook facts as compact bytes and back (pure), for the snapshot a cold server starts from
 * (decisions 013c, 013e). Each record list is stored by column; every string is stored once and
 * referred to by its number, so decoding gives every repeated id, date and type as one shared
 * string (what the live cache's interning does). Numbers of strings are 32-bit integers read in
 * place (no text to parse), the strings one run of text cut by their lengths. Whole numbers are
 * integers too, lists of like records (a course's stages) are stored by column in turn; anything
 * else (a breakdown, a birth year that may be missing) is kept as JSON values in the header.
 *
 * Layout: "HLF2", the header's length (u32), the header (JSON), padding to 4 bytes, the integers
 * (i32, this machine's byte order, named in the header), then the strings' text (UTF-8).
 */
type Column =
  | { s: number }
  | { l: number }
  | { n: number }
  | { o: number; keys: Record<string, Column> }
  | { j: unknown[] };

interface Header {
  littleEndian: boolean;
  lists: Record<string, { n: number; columns: Record<string, Column> }>;
  plain: Record<string, unknown>;
  /** Where the strings' lengths start among the integers, and how many strings there are. */
  strings: { at: number; count: number };
  integers: number;
}

const magic = [0x48, 0x4c, 0x46, 0x32]; // "HLF2"
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Lists of flat records stored by column; the rest of the facts (few rows) as they are. */
const columnLists = ["activities", ...recordLists] as const;

const isStringOrNull = (v: unknown) => v === null || typeof v === "string";
const isStringList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === "string");

/** Strings by number, each once. */
function stringTable() {
  const strings: string[] = [];
  const numbers = new Map<string, number>();
  const ref = (s: string | null) => {
    if (s === null) return -1;
    let n = numbers.get(s);
    if (n === undefined) {
      n = strings.length;
      strings.push(s);
      numbers.set(s, n);
    }
    return n;
  };
  return { strings, ref };
}

/**
 * The facts as bytes, made a column at a time with `pause` awaited between the pieces, so a server
 * that writes a snapshot of a large logbook keeps answering meanwhile.
 */
export async function encodeFacts(
  facts: LogbookFacts,
  pause: () => Promise<void> = async () => {},
): Promise<Uint8Array> {
  const { strings, ref } = stringTable();
  const chunks: Int32Array[] = [];
  let integers = 0;
  const push = (values: Int32Array) => {
    chunks.push(values);
    integers += values.length;
    return integers - values.length;
  };
  const lists: Header["lists"] = {};
  for (const name of columnLists) {
    const rows = facts[name] as unknown as Record<string, unknown>[];
    const columns: Record<string, Column> = {};
    for (const key of rows.length > 0 ? Object.keys(rows[0]) : []) {
      columns[key] = encodeColumn(
        rows.map((r) => r[key]),
        ref,
        push,
      );
      await pause();
    }
    lists[name] = { n: rows.length, columns };
  }
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(facts))
    if (!(columnLists as readonly string[]).includes(key)) plain[key] = value;
  const lengthsAt = push(Int32Array.from(strings, (s) => s.length));
  await pause();
  const header: Header = { littleEndian, lists, plain, strings: { at: lengthsAt, count: strings.length }, integers };
  const encoder = new TextEncoder();
  const head = encoder.encode(JSON.stringify(header));
  const text = encoder.encode(strings.join(""));
  const intsAt = align4(8 + head.length);
  const bytes = new Uint8Array(intsAt + integers * 4 + text.length);
  bytes.set(magic, 0);
  new DataView(bytes.buffer).setUint32(4, head.length, true);
  bytes.set(head, 8);
  const ints = new Int32Array(bytes.buffer, intsAt, integers);
  let offset = 0;
  for (const chunk of chunks) {
    ints.set(chunk, offset);
    offset += chunk.length;
  }
  bytes.set(text, intsAt + integers * 4);
  return bytes;
}

const align4 = (n: number) => (n + 3) & ~3;

const isInt32 = (v: unknown) =>
  typeof v === "number" && Number.isInteger(v) && !Object.is(v, -0) && v >= -(2 ** 31) && v < 2 ** 31;

/** Lists of plain records that all have the same fields in the same order (a course's stages). */
function likeRecordLists(values: unknown[]): string[] | undefined {
  let keys: string[] | undefined;
  for (const list of values) {
    if (!Array.isArray(list)) return undefined;
    for (const item of list) {
      if (!isPlainObject(item)) return undefined;
      const own = Object.keys(item);
      if (keys === undefined) keys = own;
      else if (own.length !== keys.length || own.some((k, i) => k !== keys?.[i])) return undefined;
    }
  }
  return keys;
}

/** A column's values stored: strings by number, lists of strings, whole numbers, lists of like records, or JSON. */
function encodeColumn(
  values: unknown[],
  ref: (s: string | null) => number,
  push: (values: Int32Array) => number,
): Column {
  if (values.every(isStringOrNull) && values.some((v) => v !== null))
    return { s: push(Int32Array.from(values, (v) => ref(v as string | null))) };
  if (values.every(isStringList)) {
    // Each row's count, then every row's numbers one after the other.
    const at = push(Int32Array.from(values, (v) => (v as string[]).length));
    push(Int32Array.from((values as string[][]).flat(), ref));
    return { l: at };
  }
  if (values.length > 0 && values.every(isInt32)) return { n: push(Int32Array.from(values as number[])) };
  const keys = likeRecordLists(values);
  if (keys) {
    const at = push(Int32Array.from(values, (v) => (v as unknown[]).length));
    const items = (values as Record<string, unknown>[][]).flat();
    const columns: Record<string, Column> = {};
    for (const key of keys)
      columns[key] = encodeColumn(
        items.map((item) => item[key]),
        ref,
        push,
      );
    return { o: at, keys: columns };
  }
  return { j: values };
}

/**
 * Every empty list decoded is this one array (a person without target-group tags, a course without
 * follow-ups): tens of thousands of them would otherwise be made. Frozen, so that nothing can add to
 * it for all of them; the facts are never changed in place (patchFacts makes new records).
 */
const none: readonly never[] = Object.freeze([]);

/** A column's `n` values back (see encodeColumn). */
function decodeColumn(column: Column, n: number, ints: Int32Array, strings: string[]): unknown[] {
  const values = new Array<unknown>(n);
  if ("s" in column)
    for (let i = 0, at = column.s; i < n; i++, at++) values[i] = ints[at] < 0 ? null : strings[ints[at]];
  else if ("l" in column)
    for (let i = 0, next = column.l + n; i < n; i++) {
      const length = ints[column.l + i];
      if (length === 0) {
        values[i] = none;
        continue;
      }
      const list = new Array<string>(length);
      for (let k = 0; k < length; k++) list[k] = strings[ints[next++]];
      values[i] = list;
    }
  else if ("n" in column) for (let i = 0; i < n; i++) values[i] = ints[column.n + i];
  else if ("o" in column) {
    let total = 0;
    for (let i = 0; i < n; i++) total += ints[column.o + i];
    const record = recordsOf(column.keys, total, ints, strings);
    for (let i = 0, item = 0; i < n; i++) {
      const length = ints[column.o + i];
      if (length === 0) {
        values[i] = none;
        continue;
      }
      const list = new Array<Record<string, unknown>>(length);
      for (let k = 0; k < length; k++, item++) list[k] = record(item);
      values[i] = list;
    }
  } else return column.j;
  return values;
}

/** The facts from bytes made by `encodeFacts`; null when they are of another format or byte order. */
export function decodeFacts(bytes: Uint8Array): LogbookFacts | null {
  if (bytes.length < 8 || magic.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headLength = view.getUint32(4, true);
  const decoder = new TextDecoder();
  const header = JSON.parse(decoder.decode(bytes.subarray(8, 8 + headLength))) as Header;
  if (header.littleEndian !== littleEndian) return null;
  const intsAt = align4(8 + headLength);
  // Integers are read in place when the bytes lie on a 4-byte boundary, else from a copy.
  const ints =
    (bytes.byteOffset + intsAt) % 4 === 0
      ? new Int32Array(bytes.buffer, bytes.byteOffset + intsAt, header.integers)
      : new Int32Array(bytes.slice(intsAt, intsAt + header.integers * 4).buffer);
  const text = decoder.decode(bytes.subarray(intsAt + header.integers * 4));
  const strings = new Array<string>(header.strings.count);
  for (let i = 0, from = 0; i < strings.length; i++) {
    const to = from + ints[header.strings.at + i];
    strings[i] = text.slice(from, to);
    from = to;
  }
  const facts: Record<string, unknown> = { ...header.plain };
  for (const name of columnLists) {
    const list = header.lists[name];
    if (!list) return null;
    const row = recordsOf(list.columns, list.n, ints, strings);
    const rows = new Array<Record<string, unknown>>(list.n);
    for (let i = 0; i < list.n; i++) rows[i] = row(i);
    facts[name] = rows;
  }
  const decoded = facts as unknown as LogbookFacts;
  const numbers = personColumns(header, ints, strings);
  if (numbers) offerPersonNumbers(decoded, numbers);
  return decoded;
}

/**
 * The persons numbered as the fact index numbers them (participants first, then attendees not
 * among them, in event order) from the strings' own numbers: an array indexed by string number
 * instead of a look-up of each attendance's id text. Undefined when the ids are not stored as
 * strings by number (then the index numbers them itself).
 */
function personColumns(header: Header, ints: Int32Array, strings: string[]): PersonColumns | undefined {
  const { participants, events } = header.lists;
  const id = participants.columns.id;
  const attendees = events.columns.attendees;
  // An empty list has no columns; a list of records has its ids by string number, its attendees as lists.
  const idsAt = id && "s" in id ? id.s : participants.n === 0 ? 0 : undefined;
  const countsAt = attendees && "l" in attendees ? attendees.l : events.n === 0 ? 0 : undefined;
  if (idsAt === undefined || countsAt === undefined) return undefined;
  const numberOfString = new Int32Array(strings.length).fill(-1);
  const ids: string[] = [];
  const numberOf = (s: number) => {
    let n = numberOfString[s];
    if (n < 0) {
      n = numberOfString[s] = ids.length;
      ids.push(strings[s]);
    }
    return n;
  };
  for (let i = 0; i < participants.n; i++) {
    if (ints[idsAt + i] < 0) return undefined;
    numberOf(ints[idsAt + i]);
  }
  const offsets = new Int32Array(events.n + 1);
  let total = 0;
  for (let i = 0; i < events.n; i++) {
    offsets[i] = total;
    total += ints[countsAt + i];
  }
  offsets[events.n] = total;
  const people = new Int32Array(total);
  for (let k = 0, at = countsAt + events.n; k < total; k++, at++) people[k] = numberOf(ints[at]);
  return { ids, offsets, people };
}

/**
 * A function that makes the record at `i` of `n` from its columns as one object literal with every
 * field (keys as JSON string literals): each record is made with its final shape at once, where
 * adding the fields one by one takes V8 through a shape per field. String and integer fields are
 * read straight from the integers (their offsets checked to be whole numbers), so no column of
 * `n` values is made for them first; the others are decoded into a column.
 */
function recordsOf(
  columns: Record<string, Column>,
  n: number,
  ints: Int32Array,
  strings: string[],
): (i: number) => Record<string, unknown> {
  const decoded: unknown[][] = [];
  const fields = Object.entries(columns).map(([key, column]) => {
    const name = JSON.stringify(key);
    if ("s" in column && Number.isSafeInteger(column.s))
      return `${name}: I[${column.s} + i] < 0 ? null : S[I[${column.s} + i]]`;
    if ("n" in column && Number.isSafeInteger(column.n)) return `${name}: I[${column.n} + i]`;
    decoded.push(decodeColumn(column, n, ints, strings));
    return `${name}: C[${decoded.length - 1}][i]`;
  });
  const make = new Function("C", "I", "S", "i", `return { ${fields.join(", ")} };`) as (
    C: unknown[][],
    I: Int32Array,
    S: string[],
    i: number,
  ) => Record<string, unknown>;
  return (i) => make(decoded, ints, strings, i);
}
