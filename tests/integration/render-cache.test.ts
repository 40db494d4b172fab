// Decision 013d: a page of figures may be rendered once and sent again while its data are the same.
// Shown from the outside, over HTTP against the built app: a kept page is the same bytes each time,
// its inline scripts allowed by their hashes (decision 013e), compressed as the browser asks; two
// people never get each other's page, a registration changes the next page at once, and a page
// about a person is never kept.
import { createHash } from "node:crypto";
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

  async function get(path: string, who: keyof typeof tokens, encoding?: string) {
    const res = await fetch(`${app.base}${path}`, {
      headers: { Cookie: app.auth(tokens[who]).cookie, ...(encoding ? { "Accept-Encoding": encoding } : {}) },
    });
    const body = await res.text();
    const csp = res.headers.get("content-security-policy") ?? "";
    return {
      status: res.status,
      body,
      csp,
      encoding: res.headers.get("content-encoding"),
      render: res.headers.get("server-timing") ?? "",
    };
  }
  const nonces = (body: string) => new Set([...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]));
  /** The page with every nonce it carries (in its scripts and its data) made one. */
  const normal = (body: string) => [...nonces(body)].reduce((b, n) => b.replaceAll(n, "NONCE"), body);
  const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
  const inlineScripts = (body: string) =>
    [...body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1])).map((m) => m[2]);

  it("sends a kept page as the same bytes, its inline scripts allowed by their hashes instead of a nonce", async () => {
    const made = await get(dashboard, "manager");
    const first = await get(dashboard, "manager");
    const second = await get(dashboard, "manager");
    expect(made.status).toBe(200);
    // A page rendered for this answer has the answer's own nonce, in the header and in every script.
    const fresh = /'nonce-([^']+)'/.exec(made.csp)?.[1];
    if (made.render.includes('"new"')) expect(nonces(made.body)).toEqual(new Set([fresh]));
    expect(first.render).toContain('render;desc="kept"');
    expect(second.render).toContain('render;desc="kept"');
    expect(second.body).toBe(first.body);
    expect(normal(second.body)).toBe(normal(made.body));
    expect(second.csp).not.toContain("nonce-");
    const scripts = inlineScripts(second.body);
    expect(scripts.length).toBeGreaterThan(0);
    const allowed = (/script-src ([^;]*)/.exec(second.csp)?.[1] ?? "").split(" ");
    expect(new Set(allowed)).toEqual(new Set(["'self'", ...scripts.map(sha)]));
    expect(second.csp).not.toMatch(/script-src[^;]*unsafe/);
  });

  it("sends a kept page compressed as the browser asks: the same page in brotli, gzip or none", async () => {
    await get(dashboard, "manager");
    const plain = await get(dashboard, "manager", "identity");
    const br = await get(dashboard, "manager", "br, gzip");
    const gz = await get(dashboard, "manager", "gzip");
    expect([plain.encoding, br.encoding, gz.encoding]).toEqual([null, "br", "gzip"]);
    for (const page of [br, gz]) {
      expect(page.render).toContain("kept");
      expect(page.body).toBe(plain.body);
    }
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
    for (let i = 0; i < 50 && normal(after.body) === normal(before.body); i++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await get(dashboard, "manager");
    }
    expect(after.render).toContain('render;desc="new"');
    expect(normal(after.body)).not.toBe(normal(before.body));
  });

  it("never keeps a page that shows a person", async () => {
    const path = `/log/logbog-test/deltager/${participantId}`;
    const first = await get(path, "manager");
    const second = await get(path, "manager");
    expect(first.status).toBe(200);
    expect(first.render + second.render).not.toContain("render;");
  });
});
