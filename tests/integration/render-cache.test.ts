// Decision 013d: a page of figures may be rendered once and sent again while its data are the same.
// Shown from the outside, over HTTP against the built app: a kept page gets its own fresh CSP nonce
// (the same in the header and in every script), two people never get each other's page, a
// registration changes the next page at once, and a page about a person is never kept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "~/.server/auth/sessions";
import { createParticipant } from "~/.server/domain/logbook/create-participant";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { createRecord } from "~/.server/domain/logbook/write-record";
import { serveAfterSetUp } from "../support/http-server";
import { setUpLogbookPlan } from "../support/logbook-setup";
import { testDatabaseKind } from "../support/test-database";

const dashboard = "/planer/logbog-test/maalopfyldelse?periode=2014";

describe(`pages of figures kept between answers (${testDatabaseKind})`, () => {
  let served: Awaited<ReturnType<typeof serveAfterSetUp>>;
  let app: Awaited<ReturnType<typeof serveAfterSetUp>>["app"];
  let eventId = "";
  let participantId = "";
  const tokens: Record<"manager" | "reader", string> = { manager: "", reader: "" };

  beforeAll(async () => {
    served = await serveAfterSetUp(async (h) => {
      const s = await setUpLogbookPlan(h.db);
      const ctx = await openLogbook(h.db, s.manager, "logbog-test", "plan.read");
      const made = await createParticipant(h.db, s.cipher, ctx, {
        activityKey: "lektiecafe",
        participant: { initials: "KA", birthYear: 2004 },
        confirmNew: true,
      });
      if ("created" in made) participantId = made.created.id;
      eventId = (
        await createRecord(h.db, s.cipher, ctx, "event", {
          activityKey: "lektiecafe",
          type: "lektiecafe",
          date: "2014-03-04",
        })
      ).id;
      for (const [who, actor] of [
        ["manager", s.manager],
        ["reader", s.reader],
      ] as const)
        tokens[who] = await createSession(
          h.db,
          { idleMinutes: 30, maxHours: 12 },
          { userId: actor.userId, method: "password", secondFactorDone: true },
        );
    });
    app = served.app;
  }, 180_000);
  afterAll(async () => served?.stop());

  async function get(path: string, who: keyof typeof tokens) {
    const res = await fetch(`${app.base}${path}`, { headers: { Cookie: app.auth(tokens[who]).cookie } });
    const body = await res.text();
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1] ?? "";
    return { status: res.status, body, nonce, render: res.headers.get("server-timing") ?? "" };
  }
  const nonces = (body: string) => new Set([...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]));
  const withoutNonce = (body: string, nonce: string) => body.replaceAll(nonce, "NONCE");

  it("sends a kept page with this answer's own nonce, the same in the header and in every script", async () => {
    await get(dashboard, "manager");
    const first = await get(dashboard, "manager");
    const second = await get(dashboard, "manager");
    expect(first.status).toBe(200);
    expect(second.render).toContain('render;desc="kept"');
    expect(second.nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    expect(second.nonce).not.toBe(first.nonce);
    expect(nonces(second.body)).toEqual(new Set([second.nonce]));
    expect(second.body).not.toContain(first.nonce);
    expect(withoutNonce(second.body, second.nonce)).toBe(withoutNonce(first.body, first.nonce));
  });

  it("never sends one person's page to another", async () => {
    const manager = await get(dashboard, "manager");
    const reader = await get(dashboard, "reader");
    expect(manager.body).toContain("manager@test.dk");
    expect(reader.body).toContain("reader@test.dk");
    expect(reader.body).not.toContain("manager@test.dk");
    expect(manager.body).not.toContain("reader@test.dk");
  });

  it("shows a registration on the next page: the figures are read for every answer", async () => {
    const before = await get(dashboard, "manager");
    const again = await get(dashboard, "manager");
    expect(again.render).toContain("kept");
    const a = app.auth(tokens.manager);
    const tick = new URLSearchParams({ _csrf: a.csrf, intent: "save", eventId, present: participantId });
    const saved = await fetch(`${app.base}/log/logbog-test/lektiecafe/fremmoede?arrangement=${eventId}`, {
      method: "POST",
      body: tick,
      headers: { Cookie: a.cookie, Origin: a.origin, "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(saved.status).toBe(200);
    let after = await get(dashboard, "manager");
    for (let i = 0; i < 50 && withoutNonce(after.body, after.nonce) === withoutNonce(before.body, before.nonce); i++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await get(dashboard, "manager");
    }
    expect(after.render).toContain('render;desc="new"');
    expect(withoutNonce(after.body, after.nonce)).not.toBe(withoutNonce(before.body, before.nonce));
  });

  it("never keeps a page that shows a person", async () => {
    const path = `/log/logbog-test/deltager/${participantId}`;
    const first = await get(path, "manager");
    const second = await get(path, "manager");
    expect(first.status).toBe(200);
    expect(first.render + second.render).not.toContain("render;");
  });
});
