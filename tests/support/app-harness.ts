import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createRequestHandler, type ServerBuild } from "react-router";
import { createSession } from "~/.server/auth/sessions";
import { FieldCipher } from "~/.server/crypto/field-encryption";
import type { Database } from "~/.server/db/client";
import { readConfig } from "~/.server/env";
import type { createRequestContext } from "~/.server/request-context";

const buildUrl = new URL("../../build/server/index.js", import.meta.url);
const csrf = randomBytes(32).toString("base64url");

/**
 * The built web app answering requests in-process (no HTTP server), with the same middleware,
 * loaders and actions as in production. `npm test` builds the app before these tests run.
 */
export async function startApp(db: Database) {
  if (!existsSync(buildUrl)) throw new Error("Appen er ikke bygget. Kør npm run build før denne test.");
  const build = (await import(buildUrl.href)) as ServerBuild;
  const makeContext = (build.entry.module as unknown as { createRequestContext: typeof createRequestContext })
    .createRequestContext;
  const handler = createRequestHandler(build, "production");
  const config = readConfig({ HELHED_ENCRYPTION_KEY: randomBytes(32).toString("base64") });
  // Jobs the pages put on the queue are kept here; a test runs them when it wants to.
  const queued: { name: string; data: Record<string, unknown> }[] = [];
  const jobs = {
    send: async (name: string, data: Record<string, unknown>) => {
      queued.push({ name, data });
      return null;
    },
  };
  const services = { db, cipher: new FieldCipher(randomBytes(32)), config, demo: false, jobs };

  /** Requests a page as a signed-in user (a session token) or anonymously. */
  async function request(
    path: string,
    options: { token?: string; form?: Record<string, string>; method?: string; lang?: "da" | "en" } = {},
  ) {
    const headers = new Headers({
      Cookie: `helhed_csrf=${csrf}${options.token ? `; helhed_session=${options.token}` : ""}${options.lang ? `; lang=${options.lang}` : ""}`,
    });
    let body: string | undefined;
    if (options.form) {
      headers.set("Content-Type", "application/x-www-form-urlencoded");
      headers.set("Origin", "http://localhost");
      body = new URLSearchParams({ _csrf: csrf, ...options.form }).toString();
    }
    const context = makeContext(services, {
      nonce: "test",
      csrfToken: csrf,
      ip: "127.0.0.1",
      userAgent: "vitest",
      secure: false,
      acceptedEncoding: () => "identity",
    });
    return handler(
      new Request(`http://localhost${path}`, {
        method: options.method ?? (body ? "POST" : "GET"),
        headers,
        body,
        redirect: "manual",
      }),
      context,
    );
  }

  /** Signs a user in directly (as after a completed sign-in) and returns the session token. */
  function sessionFor(userId: string) {
    return createSession(db, config.session, { userId, method: "password", secondFactorDone: true });
  }

  return { request, sessionFor, services, queued };
}
