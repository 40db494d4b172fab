// Probe (issue 11, findings 4 and 7): oversized and malicious input over real HTTP, and a proxy in front.

import { mkdtempSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import contentDisposition from "content-disposition";
import { and, asc, eq } from "drizzle-orm";
import { Zip, ZipDeflate } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/.server/auth/passwords";
import { createSession } from "~/.server/auth/sessions";
import type { DatabaseHandle } from "~/.server/db/client";
import { auditEvents, users } from "~/.server/db/schema";
import { parsePlanFile } from "~/plan-format/parse-plan-file";
import { runCli } from "../support/cli";
import { serverDatabase, startHttpServer } from "../support/http-server";
import { setUpLogbookPlan } from "../support/logbook-setup";
import { testDatabaseKind } from "../support/test-database";

const mb = 1024 * 1024;

/** The highest growth of the server's RSS while `work` runs, in MB. */
async function rssGrowth(server: { rssMb: () => number }, work: () => Promise<unknown>) {
  const start = server.rssMb();
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, server.rssMb());
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, server.rssMb()) - start;
}

/** A zip that unpacks about 1000 times bigger than it is: one sheet of nothing, 100 MB of it. */
function zipBomb(): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((_e, chunk) => parts.push(chunk));
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 6 });
  zip.add(sheet);
  const zeros = new Uint8Array(mb);
  for (let i = 0; i < 100; i++) sheet.push(zeros, i === 99);
  zip.end();
  return Buffer.concat(parts);
}

/** Sends a body of `size` bytes in small pieces (no big buffer here) and returns the status. */
function sendLarge(url: string, size: number, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const piece = Buffer.alloc(64 * 1024, 0x61);
    const req = httpRequest(url, { method: "POST", headers: { ...headers, "Content-Length": String(size) } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on("error", () => {});
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        sent += piece.length;
        if (!req.write(piece)) return req.once("drain", pump);
      }
      req.end();
    };
    req.once("socket", () => pump());
    setTimeout(() => reject(new Error("ingen svar")), 50_000).unref();
  });
}

describe(`probe: bad input and proxies on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  let s: Awaited<ReturnType<typeof setUpLogbookPlan>>;
  let app: Awaited<ReturnType<typeof startHttpServer>>;
  let database: Awaited<ReturnType<typeof serverDatabase>>;
  let token = "";
  const password = "hest batteri hæfteklamme korrekt";

  beforeAll(async () => {
    database = await serverDatabase();
    h = await database.open();
    s = await setUpLogbookPlan(h.db);
    await h.db
      .update(users)
      .set({ passwordHash: await hashPassword(password) })
      .where(eq(users.id, s.manager.userId));
    token = await createSession(
      h.db,
      { idleMinutes: 30, maxHours: 12 },
      {
        userId: s.manager.userId,
        method: "password",
        secondFactorDone: true,
      },
    );
    await h.close();
    app = await startHttpServer(database.env, { HELHED_TRUST_PROXY: "127.0.0.2" });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database.drop();
  });

  it("refuses a 50 MB upload from its headers, without the server's memory growing", async () => {
    const a = app.auth(token);
    let status = 0;
    const growth = await rssGrowth(app, async () => {
      status = await sendLarge(`${app.base}/log/logbog-test/excel`, 50 * mb, {
        Cookie: a.cookie,
        Origin: a.origin,
        "Content-Type": "multipart/form-data; boundary=x",
      });
    });
    expect(status).toBe(413);
    expect(growth).toBeLessThan(100);
  });

  it("refuses a zip bomb posing as a logbook sheet, without the server's memory growing", async () => {
    const bomb = zipBomb();
    expect(bomb.byteLength).toBeLessThan(mb / 4);
    const a = app.auth(token);
    // The page once first, so loading its code is not counted as growth.
    await fetch(`${app.base}/log/logbog-test/excel`, { headers: { Cookie: a.cookie } });
    const form = new FormData();
    form.set("_csrf", a.csrf);
    form.set("intent", "check");
    form.set("file", new Blob([new Uint8Array(bomb)]), "logbog.xlsx");
    let body = "";
    let status = 0;
    const growth = await rssGrowth(app, async () => {
      const res = await fetch(`${app.base}/log/logbog-test/excel`, {
        method: "POST",
        body: form,
        headers: { Cookie: a.cookie, Origin: a.origin },
      });
      status = res.status;
      body = await res.text();
    });
    expect(status).toBe(400);
    expect(body).toContain("fylder for meget");
    expect(growth).toBeLessThan(100);
  });

  it("answers 404, not 500, for malformed ids", async () => {
    const a = app.auth(token);
    for (const path of [
      "/log/logbog-test/deltager/ikke-et-id",
      "/log/logbog-test/arrangement/1'%20OR%201=1",
      "/log/logbog-test/forloeb/00000000-0000-0000-0000",
      "/log/logbog-test/deltager/ikke-et-id/adgang",
    ])
      expect((await fetch(`${app.base}${path}`, { headers: { Cookie: a.cookie } })).status, path).toBe(404);
  });

  it("keeps a crafted period out of the Content-Disposition header", async () => {
    const a = app.auth(token);
    const periode = encodeURIComponent('2014"; filename="evil.exe');
    const res = await fetch(`${app.base}/planer/logbog-test/rapporter/fil?kind=plan&format=html&periode=${periode}`, {
      headers: { Cookie: a.cookie },
    });
    expect([200, 400]).toContain(res.status);
    if (res.status === 200) {
      const parsed = contentDisposition.parse(res.headers.get("content-disposition") ?? "");
      expect(parsed.type).toBe("attachment");
      expect(Object.keys(parsed.parameters)).toEqual(["filename"]);
      expect(parsed.parameters.filename).toContain('2014"; filename="evil.exe');
    }
  });

  it("refuses a YAML alias bomb and an oversized plan file with a message, not an internal error", async () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ..."bcdefgh".split("").map((c, i) => `${c}: &${c} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(", ")}]`),
    ].join("\n");
    const parsed = parsePlanFile(bomb);
    expect(parsed.ok).toBe(false);
    expect(JSON.stringify(parsed)).toContain("aliaser");
    const dir = mkdtempSync(join(tmpdir(), "helhed-probe-"));
    writeFileSync(join(dir, "bombe.yaml"), bomb);
    writeFileSync(join(dir, "stor.yaml"), `title: "${"x".repeat(3 * mb)}"\n`);
    for (const [file, text] of [
      ["bombe.yaml", "aliaser"],
      ["stor.yaml", "for stor"],
    ]) {
      const result = await runCli(["plan", "validate", join(dir, file)], {});
      expect(result.code, file).toBe(1);
      expect(result.stderr, file).toContain(text);
    }
  });

  it("behind a trusted proxy: the client's address, Secure cookies and HSTS; from anyone else, none of it", async () => {
    // The server trusts only a proxy on 127.0.0.2; the same headers from 127.0.0.1 are ignored.
    const signIn = (from: string, origin: string, host?: string) =>
      new Promise<{ status: number; cookie: string; hsts?: string }>((resolve, reject) => {
        const a = app.auth();
        const body = new URLSearchParams({ _csrf: a.csrf, email: "manager@test.dk", password }).toString();
        const req = httpRequest(
          `${app.base}/logind`,
          {
            method: "POST",
            localAddress: from,
            headers: {
              Cookie: a.cookie,
              Origin: origin,
              "Content-Type": "application/x-www-form-urlencoded",
              "Content-Length": Buffer.byteLength(body),
              "X-Forwarded-For": "203.0.113.7",
              "X-Forwarded-Proto": "https",
              "X-Forwarded-Host": "helhed.example",
              // A proxy passes the browser's Host on (nginx: proxy_set_header Host $host).
              ...(host ? { Host: host } : {}),
            },
          },
          (res) => {
            res.resume();
            resolve({
              status: res.statusCode ?? 0,
              cookie: String(res.headers["set-cookie"] ?? ""),
              hsts: res.headers["strict-transport-security"],
            });
          },
        );
        req.on("error", reject);
        req.end(body);
      });
    const direct = await signIn("127.0.0.1", app.base);
    expect(direct.status).toBe(302);
    expect(direct.cookie).toContain("helhed_session=");
    expect(direct.cookie).not.toMatch(/Secure/);
    expect(direct.hsts).toBeUndefined();
    const proxied = await signIn("127.0.0.2", "https://helhed.example", "helhed.example");
    expect(proxied.status).toBe(302);
    expect(proxied.cookie).toMatch(/helhed_session=[^;]+;.*Secure/);
    expect(proxied.hsts).toContain("max-age=");
    await app.close();
    h = await database.open();
    const ips = await h.db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, s.manager.userId), eq(auditEvents.action, "auth.signIn")))
      .orderBy(asc(auditEvents.id));
    await h.close();
    expect(ips.map((r) => r.details?.ip)).toEqual([expect.stringMatching(/127\.0\.0\.1$/), "203.0.113.7"]);
  });
});
