import { randomUUID } from "node:crypto";

/**
 * An error the user can cause and fix (bad input, unknown plan, missing right). It carries a
 * code and a Danish message that says what to do; it changes nothing.
 */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** Makes a user error, e.g. `userError("plan-not-found", "Planen findes ikke.")`. */
export function userError(code: string, message: string, details: { path: string; message: string }[] = []) {
  return new UserError(code, message, details);
}

/** Logs an error we caused with a fresh id, and returns the id to show the user. */
export function logInternalError(error: unknown, log: (line: string) => void = console.error): string {
  const id = randomUUID().slice(0, 8);
  log(`[fejl ${id}] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return id;
}
