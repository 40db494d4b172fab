import { type DBSchema, openDB } from "idb";

/** A write kept on the phone until it is sent: the form as submitted, with its idempotency key. */
export interface OutboxEntry {
  /** The idempotency key the server honours: the same write sent twice is saved once. */
  key: string;
  /** Whose write it is (e-mail): only sent while that person is signed in. */
  owner: string;
  url: string;
  fields: [string, string][];
  label: string;
  createdAt: string;
  /** Set when the server refused it (a user error): shown to the person to resolve. */
  refused?: { status: number; at: string };
}

interface OutboxDb extends DBSchema {
  writes: { key: string; value: OutboxEntry; indexes: { byCreated: string } };
}

const database = () =>
  openDB<OutboxDb>("helhed-outbox", 1, {
    upgrade(db) {
      db.createObjectStore("writes", { keyPath: "key" }).createIndex("byCreated", "createdAt");
    },
  });

/** Tells every open page of the app that the outbox changed. */
export function announceOutboxChange() {
  window.dispatchEvent(new Event("helhed:outbox"));
  if ("BroadcastChannel" in window) new BroadcastChannel("helhed-outbox").postMessage("changed");
}

/** Keeps a write in the outbox (IndexedDB), and asks the browser to keep the storage. */
export async function keepWrite(entry: OutboxEntry) {
  await (await database()).put("writes", entry);
  await navigator.storage?.persist?.().catch(() => false);
  announceOutboxChange();
}

/** The writes waiting, oldest first. */
export async function waitingWrites(): Promise<OutboxEntry[]> {
  return (await database()).getAllFromIndex("writes", "byCreated");
}

/** Forgets a write (sent, or removed by the person). */
export async function forgetWrite(key: string) {
  await (await database()).delete("writes", key);
  announceOutboxChange();
}

/** Marks a write the server refused, so it is shown for the person to resolve. */
export async function markRefused(entry: OutboxEntry, status: number) {
  await (await database()).put("writes", { ...entry, refused: { status, at: new Date().toISOString() } });
  announceOutboxChange();
}
