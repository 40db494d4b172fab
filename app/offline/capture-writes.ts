import { keepWrite } from "./outbox-store";

/** Forms whose writes the outbox keeps when the phone is offline: the logbook's. */
const logbookWrite = (url: URL) => url.pathname.startsWith("/log/") && !url.pathname.endsWith("/excel");

/**
 * Catches a logbook form submitted without a connection before React Router sends it (capture
 * phase), and keeps it in the outbox instead; the form keeps what was typed. Returns the cleanup.
 */
export function captureOfflineWrites(owner: string, onKept: () => void): () => void {
  const listener = (event: SubmitEvent) => {
    const form = event.target as HTMLFormElement;
    if (navigator.onLine || form.method.toLowerCase() !== "post") return;
    const url = new URL(form.getAttribute("action") || location.pathname + location.search, location.href);
    if (!logbookWrite(url) || form.enctype === "multipart/form-data") return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const data = new FormData(form, event.submitter);
    const fields = [...data.entries()].map(([k, v]) => [k, String(v)] as [string, string]);
    void keepWrite({
      key: crypto.randomUUID(),
      owner,
      url: url.pathname + url.search,
      fields,
      label: document.title.replace(/ · Helhed$/, ""),
      createdAt: new Date().toISOString(),
    }).then(() => {
      clearKeptOnce(form);
      onKept();
    });
  };
  document.addEventListener("submit", listener, true);
  return () => document.removeEventListener("submit", listener, true);
}

/** Fields that must not be sent twice (a walk-in typed once) are emptied once the form is kept. */
function clearKeptOnce(form: HTMLFormElement) {
  for (const input of form.querySelectorAll<HTMLInputElement>("[data-outbox-clear] input")) {
    if (input.type === "checkbox") input.checked = false;
    else input.value = "";
  }
  for (const details of form.querySelectorAll<HTMLDetailsElement>(
    "details[data-outbox-clear], details:has([data-outbox-clear])",
  ))
    details.open = false;
}
