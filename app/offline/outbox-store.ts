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
  /** Set when an edit met a newer saved version ("Konflikt"): both versions, for the person to choose. */
  conflict?: OutboxConflict;
}

/** An edit refused because someone saved the entry meanwhile: the saved version, and both where they differ. */
export interface OutboxConflict {
  version: number;
  rows: { field: string; label: string; mine: string; saved: string }[];
  at: string;
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

/** Keeps an edit that met a newer version as a conflict, for the person to resolve; it is not sent again by itself. */
export async function markConflict(entry: OutboxEntry, conflict: OutboxConflict) {
  await (await database()).put("writes", { ...entry, conflict });
  announceOutboxChange();
}

/**
 * "Behold min": the edit is sent again on top of the saved version it met, as a new write (a new
 * idempotency key, since the refused one was answered), in place of the old one.
 */
export async function keepMine(entry: OutboxEntry) {
  if (!entry.conflict) return;
  const version = String(entry.conflict.version);
  const again: OutboxEntry = {
    ...entry,
    key: crypto.randomUUID(),
    fields: entry.fields.map(([k, v]) => [k, k === "version" ? version : v] as [string, string]),
    conflict: undefined,
  };
  const tx = (await database()).transaction("writes", "readwrite");
  await Promise.all([tx.store.put(again), tx.store.delete(entry.key), tx.done]);
  announceOutboxChange();
}
