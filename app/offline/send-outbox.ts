import {
  forgetWrite,
  markConflict,
  markRefused,
  type OutboxConflict,
  type OutboxEntry,
  waitingWrites,
} from "./outbox-store";

/** What happened to one write when it was sent. */
export type SendOutcome = "sent" | "refused" | "conflict" | "offline";

/**
 * Sends one write as the form it was, with its idempotency key. A redirect or a page is "sent"
 * (a repeat of a write already saved gets the stored answer); a refusal (4xx) is kept and shown;
 * an edit that met a newer saved version (409 with Helhed-Conflict) is kept as a conflict with both
 * versions; no connection or a failure of the server (5xx, 409 while the first copy is answered) waits.
 */
export async function sendWrite(entry: OutboxEntry): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetch(entry.url, {
      method: "POST",
      body: new URLSearchParams(entry.fields),
      headers: { "Idempotency-Key": entry.key },
      redirect: "manual",
      credentials: "same-origin",
    });
  } catch {
    return "offline";
  }
  if (response.type === "opaqueredirect" || (response.status >= 200 && response.status < 400)) {
    await forgetWrite(entry.key);
    return "sent";
  }
  const conflictVersion = response.headers.get("Helhed-Conflict");
  if (response.status === 409 && conflictVersion) {
    await markConflict(entry, readConflict(await response.text().catch(() => ""), Number(conflictVersion)));
    return "conflict";
  }
  // 409 with Retry-After: the first copy of this write is still being saved; wait and send again.
  const busy = response.status === 408 || (response.status === 409 && response.headers.has("Retry-After"));
  if (response.status >= 400 && response.status < 500 && !busy) {
    await markRefused(entry, response.status);
    return "refused";
  }
  return "offline";
}

let sending: Promise<void> | null = null;

/** Sends every waiting write of the signed-in person, oldest first; stops at the first without connection. */
export function sendOutbox(owner: string): Promise<void> {
  sending ??= (async () => {
    try {
      for (const entry of await waitingWrites()) {
        if (entry.owner !== owner || entry.refused || entry.conflict) continue;
        if ((await sendWrite(entry)) === "offline") break;
      }
    } finally {
      sending = null;
    }
  })();
  return sending;
}

/** Both versions of the fields that differ, from the page the server answered a conflict with (its table.edit-conflict[data-version]). */
export function readConflict(html: string, version: number): OutboxConflict {
  const table = new DOMParser()
    .parseFromString(html, "text/html")
    .querySelector<HTMLElement>("table.edit-conflict[data-version]");
  const text = (cell: Node | null | undefined) => cell?.textContent?.trim() ?? "";
  const rows = [...(table?.querySelectorAll<HTMLElement>("tbody tr[data-field]") ?? [])].map((tr) => ({
    field: tr.dataset.field ?? "",
    label: text(tr.querySelector("th")),
    mine: text(tr.querySelector("[data-mine]")),
    saved: text(tr.querySelector("[data-saved]")),
  }));
  return { version: Number(table?.dataset.version ?? version), rows, at: new Date().toISOString() };
}
