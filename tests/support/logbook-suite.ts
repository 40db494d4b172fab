import { afterAll, beforeAll } from "vitest";
import type { Actor } from "~/.server/auth/policy";
import type { DatabaseHandle } from "~/.server/db/client";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { setUpLogbookPlan } from "./logbook-setup";
import { createTestDatabase } from "./test-database";

export type LogbookPlan = Awaited<ReturnType<typeof setUpLogbookPlan>>;

/**
 * A test database with the logbook test plan for the tests of the enclosing `describe`: made before
 * them (handed to `opened`), closed after them.
 */
export function withLogbookPlan(opened: (h: DatabaseHandle, s: LogbookPlan) => void, timeoutMs?: number) {
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    handle = await createTestDatabase();
    opened(handle, await setUpLogbookPlan(handle.db));
  }, timeoutMs);
  afterAll(async () => handle?.close());
}

/** The logbook test plan opened for an actor, as its pages open it. */
export const openTestLogbook = (h: DatabaseHandle, actor: Actor) =>
  openLogbook(h.db, actor, "logbog-test", "plan.read");
