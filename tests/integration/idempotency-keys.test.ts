// Issue 12: the server's side of the outbox. A key is claimed once, however many copies arrive
// at the same time; repeats get the stored answer; another user's key is refused.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FieldCipher } from "~/.server/crypto/field-encryption";
import type { DatabaseHandle } from "~/.server/db/client";
import { idempotencyKeys, users } from "~/.server/db/schema";
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  releaseIdempotencyKey,
} from "~/.server/domain/idempotency/idempotency-keys";
import { helhedJobs, idempotencyKeyDays } from "~/.server/jobs/helhed-jobs";
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

  it("are purged by the nightly job only after the days they are honoured", async () => {
    const old = randomUUID();
    const recent = randomUUID();
    const day = 86_400_000;
    await h.db.insert(idempotencyKeys).values([
      {
        key: old,
        userId: per,
        path: "/log/x",
        status: 302,
        createdAt: new Date(Date.now() - (idempotencyKeyDays + 1) * day),
      },
      {
        key: recent,
        userId: per,
        path: "/log/x",
        status: 302,
        createdAt: new Date(Date.now() - (idempotencyKeyDays - 1) * day),
      },
    ]);
    await helhedJobs(
      { out: () => {}, err: () => {} },
      { cipher: new FieldCipher(randomBytes(32)), publicUrl: "http://localhost" },
    )["idempotency-purge"](h.db, {});
    const left = (await h.db.select().from(idempotencyKeys)).map((k) => k.key);
    expect(left).toContain(recent);
    expect(left).not.toContain(old);
  });
});
