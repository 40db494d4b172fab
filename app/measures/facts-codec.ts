import type { LogbookFacts } from "./facts";
import { recordLists } from "./patch-facts";

/**
 * Logbook facts as compact bytes and back (pure), for the snapshot a cold server starts from
 * (decisions 013c, 013e). Each record list is stored by column; every string is stored once and
 * referred to by its number, so decoding gives every repeated id, date and type as one shared
 * string (what the live cache's interning does). Numbers of strings are 32-bit integers read in
 * place (no text to parse), the strings one run of text cut by their lengths; columns of anything
 * else (a breakdown, a course's stages, a birth year) are kept as JSON values in the header.
 *
 * Layout: "HLF2", the header's length (u32), the header (JSON), padding to 4 bytes, the integers
 * (i32, this machine's byte order, named in the header), then the strings' text (UTF-8).
 */
type Column = { s: number } | { l: number } | { j: unknown[] };

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
      const values = rows.map((r) => r[key]);
      if (values.every(isStringOrNull) && values.some((v) => v !== null))
        columns[key] = { s: push(Int32Array.from(values, (v) => ref(v as string | null))) };
      else if (values.every(isStringList)) {
        // Each row's count, then every row's numbers one after the other.
        const at = push(Int32Array.from(values, (v) => (v as string[]).length));
        push(Int32Array.from((values as string[][]).flat(), ref));
        columns[key] = { l: at };
      } else columns[key] = { j: values };
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
    const rows: Record<string, unknown>[] = Array.from({ length: list.n }, () => ({}));
    for (const [key, column] of Object.entries(list.columns)) {
      if ("s" in column)
        for (let i = 0, at = column.s; i < list.n; i++, at++) rows[i][key] = ints[at] < 0 ? null : strings[ints[at]];
      else if ("l" in column)
        for (let i = 0, next = column.l + list.n; i < list.n; i++) {
          const values = new Array<string>(ints[column.l + i]);
          for (let k = 0; k < values.length; k++) values[k] = strings[ints[next++]];
          rows[i][key] = values;
        }
      else for (let i = 0; i < list.n; i++) rows[i][key] = column.j[i];
    }
    facts[name] = rows;
  }
  return facts as unknown as LogbookFacts;
}
