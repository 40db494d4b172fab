import { data } from "react-router";
import type { Language } from "~/i18n";
import { errorText, UserError } from "../errors";
import { languageOf } from "./translator";

/**
 * The one road from a user error to an HTTP answer (decision 017-error-design). Use cases throw
 * `userError(code, key, …)`; a route wraps its action in `withFormErrors` and its loader in
 * `withPageErrors`, and catches nothing itself. Messages are looked up by key in the user's language.
 */

/** The HTTP status a user error answers with, by its code. */
export function statusOf(error: { code: string }): number {
  return (
    { "not-found": 404, forbidden: 403, "rate-limited": 429, "no-draft": 409, locked: 409, conflict: 409 }[
      error.code
    ] ?? 400
  );
}

/** A user error in one language: the message, each field's message by path, all detail messages. */
export interface TranslatedError {
  code: string;
  /** The message of the error as a whole. */
  error: string;
  /** A message per field path (the first for a path), for the fields of a form. */
  fields: Record<string, string>;
  /** Every detail's message in order, for a list of problems above a form. */
  problems: string[];
}

/** Translates a user error and its details into `language`. */
export function translateError(error: UserError, language: Language): TranslatedError {
  const text = (d: { key?: Parameters<typeof errorText>[0]; params?: object; message: string }) =>
    d.key ? errorText(d.key, d.params as Record<string, string>, language) : d.message;
  const fields: Record<string, string> = {};
  const problems: string[] = [];
  for (const d of error.details) {
    const message = text(d);
    problems.push(message);
    if (!(d.path in fields)) fields[d.path] = message;
  }
  return { code: error.code, error: text(error), fields, problems };
}

/** What a form gets back when its use case refused: the translated error, the values sent, the intent. */
export interface FormFailure extends TranslatedError {
  values: Record<string, string>;
  intent?: string;
}

/** Fields never sent back: passwords, one-time codes, tokens (the answer is part of the page). */
const secret = /password|^current$|^next$|^code$|token|^_csrf$/i;

/**
 * The text fields of a form (the first value of each), so the form shows what was typed; never
 * files, never secrets.
 */
function sentValues(form: FormData | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form?.entries() ?? [])
    if (key !== "intent" && !secret.test(key) && typeof value === "string" && !(key in out)) out[key] = value;
  return out;
}

async function formOf(copy: Request | undefined): Promise<FormData | undefined> {
  try {
    return copy ? await copy.formData() : undefined;
  } catch {
    return undefined; // not a form: the answer simply carries no values
  }
}

/**
 * What an action tells the one place about the page it is on, for the answer if it is refused:
 * page state to send back beside the message (`keep`: the review it was on), and a way to place
 * the refusal's messages that only this page knows (`shape`: at the fields of the item being
 * edited). Never a message of its own.
 */
export class Refusal<Kept extends object> {
  private kept: Partial<Kept> = {};
  private shaper?: (failure: FormFailure, error: UserError) => Partial<Kept>;

  /** Sends `state` back with a refusal (e.g. the review the form was on). */
  keep(state: Partial<Kept>) {
    Object.assign(this.kept, state);
  }

  /** Derives more of the answer from a refusal (e.g. its messages placed at this page's fields). */
  shape(shaper: (failure: FormFailure, error: UserError) => Partial<Kept>) {
    this.shaper = shaper;
  }

  /** The answer's extra part for `error`. */
  extra(failure: FormFailure, error: UserError): Partial<Kept> {
    return { ...this.kept, ...this.shaper?.(failure, error) };
  }
}

/**
 * Wraps a route action: a user error it throws becomes the form's answer (`FormFailure`, with
 * the error's status) in the user's language; anything else passes on. What only this page
 * shows beside the form comes through `refusal` (see `Refusal`).
 * @example export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => { … });
 */
export function withFormErrors<Args extends { request: Request }, Result, Kept extends object = object>(
  work: (args: Args, refusal: Refusal<Kept>) => Promise<Result>,
) {
  return async (args: Args) => {
    // Plain forms are small (the body limit stands before); uploads are not kept a second time.
    const plain = /urlencoded/.test(args.request.headers.get("Content-Type") ?? "");
    const copy = plain && !args.request.bodyUsed ? args.request.clone() : undefined;
    const refusal = new Refusal<Kept>();
    try {
      return await work(args, refusal);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const form = await formOf(copy);
      const intent = form?.get("intent");
      const failure: FormFailure = {
        ...translateError(error, languageOf(args.request)),
        values: sentValues(form),
        ...(typeof intent === "string" ? { intent } : {}),
      };
      return data({ ...failure, ...refusal.extra(failure, error) }, { status: statusOf(error) });
    }
  };
}

/** Throws a user error as the error page's answer (`{ code, message }`, its status), in the user's language. */
export function pageError(error: unknown, request: Request): never {
  if (!(error instanceof UserError)) throw error;
  const { code, error: message } = translateError(error, languageOf(request));
  throw data({ code, message }, { status: statusOf(error) });
}

/**
 * Wraps a route loader (or an action whose refusals are pages, not form answers): a user error
 * becomes the error page with the error's status, in the user's language.
 * @example export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => { … });
 */
export function withPageErrors<Args extends { request: Request }, Result>(work: (args: Args) => Promise<Result>) {
  return async (args: Args): Promise<Result> => {
    try {
      return await work(args);
    } catch (error) {
      return pageError(error, args.request);
    }
  };
}

/**
 * Runs a part of a page that may be refused while the page itself stands (a report preview):
 * the value, or the refusal translated for the page to show in its place.
 * @example const built = await attempt(request, () => kind.build(input)); if ("problem" in built) …
 */
export async function attempt<T>(
  request: Request,
  work: () => T | Promise<T>,
): Promise<{ value: T } | { problem: TranslatedError }> {
  try {
    return { value: await work() };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { problem: translateError(error, languageOf(request)) };
  }
}

/**
 * Wraps the loader of a resource route (a file, no page): a user error becomes a plain-text
 * answer with the error's status, in the user's language.
 * @example export const loader = withTextErrors(async ({ context, request, params }: Route.LoaderArgs) => { … });
 */
export function withTextErrors<Args extends { request: Request }, Result>(work: (args: Args) => Promise<Result>) {
  return async (args: Args): Promise<Result | Response> => {
    const answer = await attempt(args.request, () => work(args));
    if ("value" in answer) return answer.value;
    return new Response(answer.problem.error, {
      status: statusOf(answer.problem),
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  };
}
