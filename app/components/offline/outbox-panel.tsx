import { useCallback, useEffect, useState } from "react";
import { formatDate, formatDateTime } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { captureOfflineWrites } from "~/offline/capture-writes";
import { openLinksAsPagesOffline } from "~/offline/offline-links";
import { forgetWrite, type OutboxEntry, waitingWrites } from "~/offline/outbox-store";
import { sendOutbox } from "~/offline/send-outbox";
import { OutboxConflict } from "./outbox-conflict";

/**
 * The phone's outbox, on every page for a signed-in person: registers the service worker, keeps
 * logbook forms sent offline, shows what waits ("Gemt på telefonen – sendes, når du er online"),
 * sends it when the connection is back, and warns before signing out with writes not yet sent.
 */
export function OutboxPanel({ owner }: { owner: string }) {
  const { t } = useTranslation();
  const { entries, online, sentAll, send } = useOutbox(owner);
  useSignOutWarning(entries.length, t("outbox.signOutWarning", { count: entries.length }));

  if (entries.length === 0)
    return sentAll ? (
      <div className="alert alert-success outbox" role="status">
        <div className="alert-body">
          <p className="alert-text">{t("outbox.allSent")}</p>
        </div>
      </div>
    ) : null;
  return (
    <section className="alert alert-info outbox" aria-labelledby="outbox-heading">
      <div className="alert-body">
        <div role="status">
          <h2 className="alert-heading h4" id="outbox-heading">
            {t("outbox.kept")}
          </h2>
          <p className="alert-text">{t("outbox.waiting", { count: entries.length })}</p>
        </div>
        <ul className="outbox-list">
          {entries.map((e) => (
            <OutboxItem key={e.key} entry={e} onKeep={() => void send()} />
          ))}
        </ul>
        {online && entries.some((e) => !e.refused && !e.conflict) ? (
          <button type="button" className="button button-primary" onClick={() => void send()}>
            {t("outbox.sendNow")}
          </button>
        ) : null}
      </div>
    </section>
  );
}

/**
 * The person's writes waiting on the phone, kept up to date: captures logbook forms sent offline,
 * sends the outbox when the connection is back (and at once when online), and follows other tabs.
 */
function useOutbox(owner: string) {
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [online, setOnline] = useState(true);
  const [sentAll, setSentAll] = useState(false);
  const refresh = useCallback(async () => {
    const mine = (await waitingWrites()).filter((e) => e.owner === owner);
    setEntries((before) => {
      // "All sent" once the last write has gone; a new write hides it again.
      if (mine.length > 0) setSentAll(false);
      else if (before.length > 0) setSentAll(true);
      return mine;
    });
  }, [owner]);
  const send = useCallback(() => sendOutbox(owner).then(refresh), [owner, refresh]);

  useEffect(() => {
    if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js").catch(() => undefined);
    setOnline(navigator.onLine);
    const release = captureOfflineWrites(owner, () => void refresh());
    const releaseLinks = openLinksAsPagesOffline();
    const wentOnline = () => {
      setOnline(true);
      void send();
    };
    const wentOffline = () => setOnline(false);
    const changed = () => void refresh();
    const channel = "BroadcastChannel" in window ? new BroadcastChannel("helhed-outbox") : null;
    channel?.addEventListener("message", changed);
    window.addEventListener("online", wentOnline);
    window.addEventListener("offline", wentOffline);
    window.addEventListener("helhed:outbox", changed);
    if (navigator.onLine) void send();
    else void refresh();
    return () => {
      release();
      releaseLinks();
      channel?.close();
      window.removeEventListener("online", wentOnline);
      window.removeEventListener("offline", wentOffline);
      window.removeEventListener("helhed:outbox", changed);
    };
  }, [owner, refresh, send]);
  return { entries, online, sentAll, send };
}

/** One waiting write: what and when; if refused, why, with a link to open it and a button to remove it; a conflict's choice. */
function OutboxItem({ entry: e, onKeep }: { entry: OutboxEntry; onKeep: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  // The day the entry is for (a session's date), so two waiting saves of one activity tell apart.
  const day = e.fields.find(([name]) => name === "date")?.[1];
  const forDay = day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? ` · ${formatDate(day, lang)}` : "";
  return (
    <li>
      {e.label}
      {forDay} <span className="form-hint">{t("outbox.savedAt", { time: formatDateTime(e.createdAt, lang) })}</span>
      {e.refused ? (
        <>
          <span className="d-block form-error-message">{t("outbox.refused", { status: e.refused.status })}</span>
          <a href={e.url} className="button button-secondary">
            {t("outbox.open")}
          </a>{" "}
          <button type="button" className="button button-secondary" onClick={() => void forgetWrite(e.key)}>
            {t("outbox.remove")}
          </button>
        </>
      ) : null}
      <OutboxConflict entry={e} onKeep={onKeep} />
    </li>
  );
}

/** Asks before signing out while writes wait on the phone; clears the cached pages on the way out. */
function useSignOutWarning(waiting: number, question: string) {
  useEffect(() => {
    const listener = (event: SubmitEvent) => {
      const form = event.target as HTMLFormElement;
      if (form.getAttribute("action") !== "/log-ud") return;
      if (waiting > 0 && !window.confirm(question)) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      navigator.serviceWorker?.controller?.postMessage("helhed:sign-out");
    };
    document.addEventListener("submit", listener, true);
    return () => document.removeEventListener("submit", listener, true);
  }, [waiting, question]);
}
