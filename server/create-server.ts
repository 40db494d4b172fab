import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequestHandler } from "@react-router/express";
import compression from "compression";
import express from "express";
import type { ServerBuild } from "react-router";
import { cookie, csrfCookieName, readCookie } from "~/.server/http/cookies";
import type { Encoding } from "~/.server/http/kept-pages";
import type { AppServices, createRequestContext, RequestInfo } from "~/.server/request-context";
import { limitBodies } from "./body-limits";
import { idempotency } from "./idempotency";
import { securityHeaders } from "./security-headers";

/** The HTTP app: static assets, security headers and CSRF cookie, then every page through React Router. */
export function createApp(build: ServerBuild, services: AppServices, clientDir: string) {
  // The request context must be made by the build's own module: its context keys are the ones
  // the routes read (this file runs from source through tsx, a separate module instance).
  const makeContext = (build.entry.module as unknown as { createRequestContext: typeof createRequestContext })
    .createRequestContext;
  const app = express();
  app.disable("x-powered-by");
  // Behind a proxy (HELHED_TRUST_PROXY): the client's address, https and host come from its X-Forwarded-* headers.
  app.set("trust proxy", services.config.trustProxy);
  // Pages, data and assets go out compressed (brotli or gzip, as the browser asks); zip-based
  // files (xlsx, docx) and images are left as they are by the library's type filter.
  app.use(compression({ threshold: 1024 }));
  app.use("/assets", express.static(`${clientDir}/assets`, { immutable: true, maxAge: "1y", index: false }));
  // The files at the top (sw.js, favicon.svg) have a dot in their name; pages never do, so they are
  // not looked for on disk first (a file-system call on every page).
  const topFiles = express.static(clientDir, { maxAge: "1h", index: false });
  app.use((req, res, next) => (/\.[A-Za-z0-9]+$/.test(req.path) ? topFiles(req, res, next) : next()));
  app.use((req, res, next) => {
    let csrf = readCookie(req.headers.cookie ?? null, csrfCookieName);
    if (!csrf || !/^[A-Za-z0-9_-]{43}$/.test(csrf)) {
      csrf = randomBytes(32).toString("base64url");
      res.append("Set-Cookie", cookie(csrfCookieName, csrf, { secure: req.secure }));
    }
    const info: RequestInfo = {
      nonce: randomBytes(16).toString("base64"),
      csrfToken: csrf,
      ip: req.ip ?? "",
      userAgent: req.get("user-agent") ?? "",
      secure: req.secure,
      acceptedEncoding: () => (req.acceptsEncodings("br", "gzip", "identity") || "identity") as Encoding,
    };
    res.locals.requestInfo = info;
    next();
  });
  // The map tiles' origin (HELHED_MAP_TILE_URL) is the one outside address images may come from.
  const tileOrigin = /^https?:\/\//.test(services.config.mapTileUrl)
    ? new URL(services.config.mapTileUrl.replace(/[{}]/g, "")).origin
    : "";
  app.use((_req, res, next) => {
    res.locals.mapTileOrigin = tileOrigin;
    next();
  });
  app.use(securityHeaders);
  app.use(limitBodies);
  app.use(idempotency(services.db));
  app.all(
    "/{*path}",
    createRequestHandler({
      build,
      getLoadContext: (_req, res) => makeContext(services, res.locals.requestInfo),
    }),
  );
  return app;
}

/** Starts listening; a port in use becomes a clear message instead of a stack trace. */
export function listen(app: express.Express, port: number): Promise<{ port: number; close: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE")
        reject(new Error(`Port ${port} er optaget. Stop det andet program, eller vælg en anden port med PORT=…`));
      else reject(error);
    });
    server.listen(port, () =>
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}
