import { expect } from "vitest";
import { UserError } from "~/.server/errors";

/** The problems a refused use case names, by field path (fails the test when it was not refused with a UserError). */
export async function problemsOf(work: Promise<unknown>): Promise<Record<string, string>> {
  const error = await work.then(
    () => undefined,
    (e) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return Object.fromEntries((error as UserError).details.map((d) => [d.path, d.message]));
}
