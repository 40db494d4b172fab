import { PassThrough, Writable } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import {
  type EntryContext,
  type HandleErrorFunction,
  isRouteErrorResponse,
  type RouterContextProvider,
  ServerRouter,
} from "react-router";
import { today } from "./.server/clock";
import { keepPage, keptPage } from "./.server/http/kept-pages";
import { pageKey } from "./.server/http/render-cache";
import { requestInfoContext } from "./.server/request-context";

const streamTimeout = 5_000;

/** Renders every page on the server; bots and crawlers get the complete HTML at once. */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: RouterContextProvider,
) {
  const info = loadContext.get(requestInfoContext);
  const { nonce } = info;
  const key = renderCacheKey(request, responseStatusCode, routerContext, nonce);
  if (key) {
    responseHeaders.set("Content-Type", "text/html; charset=utf-8");
    return keptPage(key, info.acceptedEncoding()).then((kept) => {
      // Says whether the page was rendered for this answer or kept (for operators and the tests).
      responseHeaders.append("Server-Timing", `render;desc="${kept === undefined ? "new" : "kept"}"`);
      if (kept !== undefined) {
        // The same bytes as first sent: its scripts are allowed by their hashes (server/security-headers.ts).
        info.scriptHashes = kept.scriptHashes;
        if (kept.encoding !== "identity") responseHeaders.set("Content-Encoding", kept.encoding);
        responseHeaders.append("Vary", "Accept-Encoding");
        responseHeaders.set("Content-Length", String(kept.body.length));
        const body = new Uint8Array(kept.body.buffer as ArrayBuffer, kept.body.byteOffset, kept.body.byteLength);
        return new Response(body, { headers: responseHeaders, status: responseStatusCode });
      }
      return renderWhole(routerContext, request.url, nonce).then(({ html, failed }) => {
        if (!failed) keepPage(key, html, nonce);
        return new Response(html, { headers: responseHeaders, status: failed ? 500 : responseStatusCode });
      });
    });
  }
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const userAgent = request.headers.get("user-agent");
    const readyOption = (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? "onAllReady" : "onShellReady";
    const { pipe, abort } = renderToPipeableStream(
      <ServerRouter context={routerContext} url={request.url} nonce={nonce} />,
      {
        nonce,
        [readyOption]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}

/**
 * The render cache's key for a page that may be kept (render-cache.ts): a GET answered 200 without
 * errors, by a route marked `handle: { renderCache: "aggregates" }`.
 */
function renderCacheKey(request: Request, status: number, context: EntryContext, nonce: string) {
  const handler = context.staticHandlerContext;
  const leaf = handler.matches[handler.matches.length - 1]?.route.id;
  const handle = leaf ? (context.routeModules[leaf]?.handle as { renderCache?: string } | undefined) : undefined;
  if (request.method !== "GET" || status !== 200 || handler.errors || handler.actionData || context.isSpaMode) return;
  if (handle?.renderCache !== "aggregates") return;
  return pageKey(request.url, today(), handler.loaderData, nonce);
}

/** A page rendered whole (every part ready) as one string. */
function renderWhole(
  routerContext: EntryContext,
  url: string,
  nonce: string,
): Promise<{ html: string; failed: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let failed = false;
    const sink = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
      final(done) {
        resolve({ html: Buffer.concat(chunks).toString("utf8"), failed });
        done();
      },
    });
    const { pipe, abort } = renderToPipeableStream(<ServerRouter context={routerContext} url={url} nonce={nonce} />, {
      nonce,
      onAllReady() {
        pipe(sink);
      },
      onShellError: reject,
      onError(error: unknown) {
        failed = true;
        console.error(error);
      },
    });
    setTimeout(abort, streamTimeout + 1000);
  });
}

/** Logs errors we caused with an id; aborted requests are not errors. */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted || (isRouteErrorResponse(error) && error.status < 500)) return;
  const id = Math.random().toString(36).slice(2, 10);
  console.error(`[fejl ${id}] ${request.method} ${new URL(request.url).pathname}`, error);
};

export { warmCharts } from "./.server/charts/render-chart";
export { setLiveFactsBudget, setLiveWaitMs } from "./.server/domain/attainment/live-logbook";
export { keepDaysPortfolioLines } from "./.server/domain/portfolio/keep-days-lines";
/** The server (server/create-server.ts) builds each request's context with the build's own context keys. */
export { createRequestContext } from "./.server/request-context";
