// Probe (issue 11, finding 3): brute force against passwords and second-factor codes, in parallel.
import { randomBytes, randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/.server/auth/passwords";
import type { UserActor } from "~/.server/auth/policy";
import { readSession } from "~/.server/auth/sessions";
import { currentTotp } from "~/.server/auth/totp";
import { FieldCipher } from "~/.server/crypto/field-encryption";
import type { DatabaseHandle } from "~/.server/db/client";
import { auditEvents, outbox, users } from "~/.server/db/schema";
import { verifySecondFactor } from "~/.server/domain/accounts/second-factor";
import { signInWithPassword } from "~/.server/domain/accounts/sign-in-with-password";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const rules = { idleMinutes: 30, maxHours: 12 };
const password = "hest batteri hæfteklamme korrekt";

describe(`probe: sign-in limits on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  const cipher = new FieldCipher(randomBytes(32));
  const makeUser = async (email: string, totpSecret?: string) => {
    const id = randomUUID();
    await h.db.insert(users).values({
      id,
      email,
      name: "Probe",
      passwordHash: await hashPassword(password),
      totpSecret: totpSecret ? cipher.encrypt(totpSecret) : null,
      totpEnabled: !!totpSecret,
    });
    return id;
  };
  const attempt = (email: string, pw: string, ip: string) =>
    signInWithPassword(h.db, rules, { email, password: pw, ip, userAgent: "probe" }).then(
      (r) => ({ ok: true as const, ...r }),
      (e: { code: string; message: string }) => ({ ok: false as const, code: e.code, message: e.message }),
    );
  const checked = async (userId: string) => {
    const rows = await h.db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, userId), eq(auditEvents.action, "auth.signIn")));
    return rows.filter((r) => String(r.details?.reason).startsWith("wrong-password")).length;
  };

  beforeAll(async () => {
    h = await createTestDatabase();
  });
  afterAll(async () => h.close());

  it("150 parallel wrong passwords from many addresses: at most 10 are checked, the account locks, the owner is mailed", async () => {
    const id = await makeUser("offer@probe.dk");
    const results = await Promise.all(
      Array.from({ length: 150 }, (_, i) => attempt("offer@probe.dk", `forkert ${i}`, `10.1.${i >> 8}.${i & 255}`)),
    );
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(await checked(id)).toBeLessThanOrEqual(10);
    const [user] = await h.db.select().from(users).where(eq(users.id, id));
    expect(user.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    const mails = await h.db.select().from(outbox).where(eq(outbox.to, "offer@probe.dk"));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain("spærret");
    // Locked: even the right password is refused, with the same answer as an unknown account.
    const right = await attempt("offer@probe.dk", password, "10.9.9.9");
    const unknown = await attempt("findes-ikke@probe.dk", password, "10.9.9.10");
    expect(right).toMatchObject({ ok: false, code: "sign-in-failed" });
    expect(right).toEqual(unknown);
  });

  it("150 parallel wrong passwords from one address: at most 5 are checked, and the owner still signs in from elsewhere", async () => {
    const id = await makeUser("enkelt@probe.dk");
    const results = await Promise.all(
      Array.from({ length: 150 }, (_, i) => attempt("enkelt@probe.dk", `forkert ${i}`, "10.2.0.1")),
    );
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(await checked(id)).toBeLessThanOrEqual(5);
    expect(await attempt("enkelt@probe.dk", password, "10.2.0.1")).toMatchObject({ ok: false, code: "sign-in-failed" });
    expect(await attempt("enkelt@probe.dk", password, "10.3.0.1")).toMatchObject({ ok: true });
  });

  it("gives the same answer for an unknown account, a wrong password and a locked account", async () => {
    await makeUser("svar@probe.dk");
    const wrong = await attempt("svar@probe.dk", "forkert", "10.4.0.1");
    const unknown = await attempt("ukendt@probe.dk", "forkert", "10.4.0.2");
    expect(wrong).toEqual(unknown);
    expect(wrong).toMatchObject({ ok: false, code: "sign-in-failed" });
  });

  it("TOTP guessing with fresh sessions stops within 10 tries per account, which then locks", async () => {
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const id = await makeUser("totp@probe.dk", secret);
    const actor: UserActor = {
      kind: "user",
      userId: id,
      email: "totp@probe.dk",
      name: "Probe",
      memberships: [],
      assignedActivityIds: new Set(),
    };
    const now = Date.now();
    const right = currentTotp(secret, now);
    const guesses = Array.from({ length: 40 }, (_, i) =>
      String((Number(right) + 1 + i * 7919) % 1_000_000).padStart(6, "0"),
    );
    let checkedCodes = 0;
    for (const code of guesses) {
      const session = await signInWithPassword(h.db, rules, {
        email: "totp@probe.dk",
        password,
        ip: `10.5.0.${checkedCodes}`,
        userAgent: "probe",
      });
      const found = await readSession(h.db, rules, session.token);
      await verifySecondFactor(h.db, cipher, actor, found?.session.id ?? "", code, now).catch(() => {});
      const [u] = await h.db.select().from(users).where(eq(users.id, id));
      checkedCodes++;
      if (u.lockedUntil) break;
    }
    expect(checkedCodes).toBeLessThanOrEqual(10);
    const [audited] = await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, id), eq(auditEvents.action, "auth.secondFactor")));
    expect(Number(audited.n)).toBeLessThanOrEqual(10);
    // Locked now: the right password is refused, and the right code too.
    expect(await attempt("totp@probe.dk", password, "10.5.1.1")).toMatchObject({ ok: false, code: "sign-in-failed" });
    await expect(verifySecondFactor(h.db, cipher, actor, "x", right, now)).rejects.toMatchObject({
      code: "wrong-code",
    });
    expect((await h.db.select().from(outbox).where(eq(outbox.to, "totp@probe.dk"))).length).toBe(1);
  });
});
