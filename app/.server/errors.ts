import { randomUUID } from "node:crypto";
import { type ErrorKey, errorText, type MessageParams } from "~/i18n/error-text";
import messages from "~/i18n/errors.da.json";

export type { ErrorKey, MessageParams };
export { errorText };

/** A problem with one field: where (a path such as `contact.email`) and what, by message key. */
export interface ErrorDetail {
  path: string;
  /** The message in Danish, the source language (what logs, the CLI and tests read). */
  message: string;
  /** The message key under `errors` in app/i18n; absent for texts that are not messages (e.g. a file name). */
  key?: ErrorKey;
  params?: MessageParams;
}

/** A detail as a use case states it: a message key (or a text made elsewhere) and its values. */
export type DetailInput =
  | { path: string; key: ErrorKey; params?: MessageParams }
  | { path: string; message: string; key?: undefined; params?: undefined };

/** True when `text` names a user-error message in app/i18n. */
export function isErrorKey(text: string): text is ErrorKey {
  return Object.hasOwn(messages, text);
}

/** Danish texts without values back to their keys (see `keyOf`). */
const keysByText = new Map(
  Object.entries(messages)
    .filter(([, text]) => !text.includes("{{"))
    .map(([key, text]) => [text, key as ErrorKey]),
);

/**
 * The key of a message given as a key or as its Danish text. Modules whose messages are also read
 * as text elsewhere (the Excel import reads the logbook's zod messages) write `errorText(key)`;
 * the text is found again here, so the answer is still in the user's language.
 */
export function keyOf(text: string): ErrorKey | undefined {
  return isErrorKey(text) ? text : keysByText.get(text);
}

function toDetail(d: DetailInput): ErrorDetail {
  if (d.key) return { path: d.path, key: d.key, params: d.params, message: errorText(d.key, d.params) };
  // A text that is itself a key (zod schemas carry keys as their messages) is looked up too.
  const key = keyOf(d.message);
  return key ? { path: d.path, key, message: errorText(key) } : { path: d.path, message: d.message };
}

/**
 * An error the user can cause and fix (bad input, unknown plan, missing right). It changes
 * nothing. It carries a `code` (what kind: sets the HTTP status, tests and callers branch on it),
 * a message `key` under `errors` in app/i18n with its `params`, and `details` by field path.
 * `message` is the Danish text; the HTTP layer (`app/.server/http/user-errors.ts`) shows the
 * text in the user's language. See docs/decisions/017-error-design.md.
 */
export class UserError extends Error {
  readonly key: ErrorKey | undefined;
  readonly params: MessageParams;
  readonly details: ErrorDetail[];

  constructor(
    readonly code: string,
    keyOrMessage: ErrorKey | string,
    more: { params?: MessageParams; details?: DetailInput[] } | DetailInput[] = {},
  ) {
    const options = Array.isArray(more) ? { details: more } : more;
    const key = keyOf(keyOrMessage);
    super(key ? errorText(key, options.params) : keyOrMessage);
    this.name = "UserError";
    this.key = key;
    this.params = options.params ?? {};
    this.details = (options.details ?? []).map(toDetail);
  }
}

/**
 * Makes a user error from a code and a message key in app/i18n (`errors.<key>`).
 * @example throw userError("not-found", "planNotFound");
 * @example throw userError("too-large", "documentTooLarge", { params: { mb: 20 } });
 * @example throw userError("invalid-event", "fixFields", { details: [{ path: "date", key: "dateRequired" }] });
 */
export function userError(
  code: string,
  key: ErrorKey,
  options?: { params?: MessageParams; details?: DetailInput[] },
): UserError;
/**
 * @deprecated A Danish text written in the code: move it to `errors` in app/i18n (Danish and
 * English) and pass its key. Kept while the last texts are moved.
 */
export function userError(code: string, message: string, details?: DetailInput[]): UserError;
export function userError(
  code: string,
  keyOrMessage: string,
  more?: { params?: MessageParams; details?: DetailInput[] } | DetailInput[],
): UserError {
  return new UserError(code, keyOrMessage, more);
}

interface Issue {
  path: readonly PropertyKey[];
  message: string;
  minimum?: unknown;
  maximum?: unknown;
}

/**
 * The zod issues of a failed parse as details by field path. Schemas carry message keys as
 * their messages (`z.string().max(200, "tooLong")`); a bound of the check is passed on as
 * `min`/`max`, so "Højst {{max}} tegn." reads right.
 * @example throw userError("invalid-event", "fixFields", { details: detailsOf(parsed.error.issues) });
 */
export function detailsOf(
  issues: readonly Issue[],
  path: (p: readonly PropertyKey[]) => string = (p) => p.map(String).join("."),
): DetailInput[] {
  return issues.map((i) => {
    if (!isErrorKey(i.message)) return { path: path(i.path), message: i.message }; // a text: looked up by keyOf
    const params: MessageParams = {};
    if (typeof i.minimum === "number" || typeof i.minimum === "bigint") params.min = Number(i.minimum);
    if (typeof i.maximum === "number" || typeof i.maximum === "bigint") params.max = Number(i.maximum);
    return { path: path(i.path), key: i.message, params };
  });
}

/** Logs an error we caused with a fresh id, and returns the id to show the user. */
export function logInternalError(error: unknown, log: (line: string) => void = console.error): string {
  const id = randomUUID().slice(0, 8);
  log(`[fejl ${id}] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return id;
}
