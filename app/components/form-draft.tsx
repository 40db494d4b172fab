import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { useBlocker } from "react-router";
import { useTranslation } from "~/i18n/use-translation";

const PREFIX = "helhed-kladde:";
const SKIP = new Set(["_csrf", "intent"]);

type Stored = { savedAt: string; entries: [string, string][] };

function entriesOf(form: HTMLFormElement): [string, string][] {
  return [...new FormData(form).entries()]
    .filter(([name, value]) => !SKIP.has(name) && typeof value === "string")
    .map(([name, value]) => [name, value as string]);
}

function fill(form: HTMLFormElement, entries: [string, string][]) {
  const byName = new Map<string, string[]>();
  for (const [name, value] of entries) byName.set(name, [...(byName.get(name) ?? []), value]);
  for (const element of Array.from(form.elements)) {
    if (
      !(
        element instanceof HTMLInputElement ||
        element instanceof HTMLTextAreaElement ||
        element instanceof HTMLSelectElement
      )
    )
      continue;
    if (!element.name || SKIP.has(element.name) || element.type === "hidden" || element.type === "submit") continue;
    const values = byName.get(element.name) ?? [];
    if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio"))
      element.checked = values.includes(element.value);
    else element.value = values[0] ?? "";
  }
}

/** Whether anything in the form differs from what the page was served with (typed before JavaScript started, too). */
function changed(form: HTMLFormElement): boolean {
  return Array.from(form.elements).some((e) => {
    if (e instanceof HTMLInputElement)
      return e.type === "checkbox" || e.type === "radio" ? e.checked !== e.defaultChecked : e.value !== e.defaultValue;
    if (e instanceof HTMLTextAreaElement) return e.value !== e.defaultValue;
    if (e instanceof HTMLSelectElement) return Array.from(e.options).some((o) => o.selected !== o.defaultSelected);
    return false;
  });
}

export interface FormDraft {
  /** A draft from an earlier visit that differs from what the form shows. */
  pending?: Stored;
  restore: () => void;
  discard: () => void;
}

/**
 * Keeps what is typed into a form in this browser (localStorage) until it is saved, so a reload
 * or a closed tab loses nothing: the next visit offers to restore it. Warns before leaving the
 * page with unsaved changes, both for links inside the app and for closing or reloading the tab.
 */
export function useFormDraft(form: RefObject<HTMLFormElement | null>, key: string, submitting: boolean): FormDraft {
  const { t } = useTranslation();
  const storageKey = `${PREFIX}${key}`;
  const [pending, setPending] = useState<Stored>();
  const [dirty, setDirty] = useState(false);
  const submitted = useRef(false);

  useEffect(() => {
    const element = form.current;
    if (!element) return;
    try {
      const stored = JSON.parse(localStorage.getItem(storageKey) ?? "null") as Stored | null;
      if (stored && JSON.stringify(stored.entries) !== JSON.stringify(entriesOf(element))) setPending(stored);
    } catch {
      localStorage.removeItem(storageKey);
    }
    const save = () => {
      submitted.current = false;
      setDirty(true);
      const stored: Stored = { savedAt: new Date().toISOString(), entries: entriesOf(element) };
      try {
        localStorage.setItem(storageKey, JSON.stringify(stored));
      } catch {
        // Storage full or disabled: the leave warning still protects the typed text.
      }
    };
    const submit = () => {
      submitted.current = true;
      setDirty(false);
    };
    element.addEventListener("input", save);
    element.addEventListener("change", save);
    element.addEventListener("submit", submit);
    if (changed(element)) save();
    return () => {
      element.removeEventListener("input", save);
      element.removeEventListener("change", save);
      element.removeEventListener("submit", submit);
      // Leaving the page after a submit means it was saved (an error keeps the page and its draft).
      if (submitted.current) localStorage.removeItem(storageKey);
    };
  }, [form, storageKey]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !submitting && !submitted.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    if (window.confirm(t("editor.draft.leave"))) {
      localStorage.removeItem(storageKey);
      blocker.proceed();
    } else blocker.reset();
  }, [blocker, storageKey, t]);

  const restore = useCallback(() => {
    if (form.current && pending) fill(form.current, pending.entries);
    setPending(undefined);
    setDirty(true);
  }, [form, pending]);
  const discard = useCallback(() => {
    localStorage.removeItem(storageKey);
    setPending(undefined);
  }, [storageKey]);
  return { pending, restore, discard };
}

/** The notice that offers to restore what was typed on an earlier visit. */
export function FormDraftNotice({ draft }: { draft: FormDraft }) {
  const { t, i18n } = useTranslation();
  if (!draft.pending) return null;
  const when = new Date(draft.pending.savedAt).toLocaleString(i18n.language === "en" ? "en-GB" : "da-DK");
  return (
    <div className="alert alert-info form-draft-notice" role="status">
      <div className="alert-body">
        <p className="alert-text">{t("editor.draft.found", { when })}</p>
        <div className="editor-actions">
          <button type="button" className="button button-primary button-small" onClick={draft.restore}>
            {t("editor.draft.restore")}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={draft.discard}>
            {t("editor.draft.discard")}
          </button>
        </div>
      </div>
    </div>
  );
}
