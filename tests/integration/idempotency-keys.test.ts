// Issue 12: the server's side of the outbox. A key is claimed once, however many copies arrive
// at the same time; repeats get the stored answer; another user's key is refused.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { users } from "~/.server/db/schema";
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  releaseIdempotencyKey,
} from "~/.server/domain/idempotency/idempotency-keys";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

describe(`idempotency keys on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  const sara = randomUUID();
  const per = randomUUID();
  beforeAll(async () => {
    h = await createTestDatabase();
    await h.db.insert(users).values([
      { id: sara, email: "sara@test.dk", name: "Sara" },
      { id: per, email: "per@test.dk", name: "Per" },
    ]);
  });
  afterAll(async () => h.close());

  it("lets exactly one of 20 copies sent at once do the work", async () => {
    const key = randomUUID();
    const claims = await Promise.all(
      Array.from({ length: 20 }, () => claimIdempotencyKey(h.db, { key, userId: sara, path: "/log/x" })),
    );
    expect(claims.filter((c) => c.state === "new")).toHaveLength(1);
    expect(claims.filter((c) => c.state === "pending")).toHaveLength(19);
  });

  it("gives a repeat the stored answer, and refuses another user's key", async () => {
    const key = randomUUID();
    expect(await claimIdempotencyKey(h.db, { key, userId: sara, path: "/log/x" })).toEqual({ state: "new" });
    await completeIdempotencyKey(h.db, key, 302, "/log/x?gemt=1");
    expect(await claimIdempotencyKey(h.db, { key, userId: sara, path: "/log/x" })).toEqual({
      state: "done",
      status: 302,
      location: "/log/x?gemt=1",
    });
    expect(await claimIdempotencyKey(h.db, { key, userId: per, path: "/log/x" })).toEqual({ state: "foreign" });
  });

  it("can be claimed again after a failure of ours released it, but not after an answer", async () => {
    const key = randomUUID();
    await claimIdempotencyKey(h.db, { key, userId: sara, path: "/log/x" });
    await releaseIdempotencyKey(h.db, key);
    expect(await claimIdempotencyKey(h.db, { key, userId: sara, path: "/log/x" })).toEqual({ state: "new" });
    await completeIdempotencyKey(h.db, key, 200, null);
    await releaseIdempotencyKey(h.db, key);
    expect((await claimIdempotencyKey(h.db, { key, userId: sara, path: "/log/x" })).state).toBe("done");
  });
});
