import type { LogbookFacts } from "./facts";
import { recordLists } from "./patch-facts";

/**
 * Logbook facts as one compact text and back (pure), for the snapshot a cold server starts from
 * (decision 013c). Each record list is stored by column; every string is stored once in a table
 * and referred to by its number, so the text is a third of the facts' JSON and decoding gives every
 * repeated id, date and type as one shared string (what the live cache's interning does).
 * Columns of anything else (a breakdown, a course's stages) are kept as JSON values.
 */
type Column = { s: number[] } | { l: number[][] } | { j: unknown[] };

interface Encoded {
  v: 1;
  lists: Record<string, { n: number; columns: Record<string, Column> }>;
  plain: Record<string, unknown>;
  strings: string[];
}

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

function encodeColumn(values: unknown[], ref: (s: string | null) => number): Column {
  if (values.every(isStringOrNull) && values.some((v) => v !== null))
    return { s: values.map((v) => ref(v as string | null)) };
  if (values.every(isStringList)) return { l: values.map((v) => (v as string[]).map(ref)) };
  return { j: values };
}

/**
 * The facts as text, made a column at a time with `pause` awaited between the pieces, so a server
 * that writes a snapshot of a large logbook keeps answering meanwhile.
 */
export async function encodeFacts(facts: LogbookFacts, pause: () => Promise<void> = async () => {}): Promise<string> {
  const { strings, ref } = stringTable();
  const lists: string[] = [];
  for (const name of columnLists) {
    const rows = facts[name] as unknown as Record<string, unknown>[];
    const keys = rows.length > 0 ? Object.keys(rows[0]) : [];
    const columns: string[] = [];
    for (const key of keys) {
      columns.push(
        `${JSON.stringify(key)}:${JSON.stringify(
          encodeColumn(
            rows.map((r) => r[key]),
            ref,
          ),
        )}`,
      );
      await pause();
    }
    lists.push(`${JSON.stringify(name)}:{"n":${rows.length},"columns":{${columns.join(",")}}}`);
  }
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(facts))
    if (!(columnLists as readonly string[]).includes(key)) plain[key] = value;
  const table: string[] = [];
  for (let i = 0; i < strings.length; i += 50_000) {
    table.push(JSON.stringify(strings.slice(i, i + 50_000)).slice(1, -1));
    await pause();
  }
  return `{"v":1,"lists":{${lists.join(",")}},"plain":${JSON.stringify(plain)},"strings":[${table.filter((t) => t !== "").join(",")}]}`;
}

/** The facts from text made by `encodeFacts`; null when the text is of another format. */
export function decodeFacts(text: string): LogbookFacts | null {
  const encoded = JSON.parse(text) as Encoded;
  if (encoded.v !== 1) return null;
  const { strings } = encoded;
  const at = (n: number) => (n < 0 ? null : strings[n]);
  const facts: Record<string, unknown> = { ...encoded.plain };
  for (const name of columnLists) {
    const list = encoded.lists[name];
    if (!list) return null;
    const rows: Record<string, unknown>[] = Array.from({ length: list.n }, () => ({}));
    for (const [key, column] of Object.entries(list.columns)) {
      if ("s" in column) for (let i = 0; i < list.n; i++) rows[i][key] = at(column.s[i]);
      else if ("l" in column) for (let i = 0; i < list.n; i++) rows[i][key] = column.l[i].map((n) => strings[n]);
      else for (let i = 0; i < list.n; i++) rows[i][key] = column.j[i];
    }
    facts[name] = rows;
  }
  return facts as unknown as LogbookFacts;
}
