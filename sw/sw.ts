/// <reference no-default-lib="true" />
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The service worker (issue 12), made with Serwist: the app's scripts, styles and fonts are
// precached; the logging pages (and their data requests) are kept network-first, so a page seen
// online opens again offline. Writes are never handled here: the page's outbox (IndexedDB) keeps
// them and sends them with an idempotency key when the connection is back.
import { NetworkFirst, NetworkOnly, type PrecacheEntry, Serwist } from "serwist";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

/** Pages worth having offline: the logbook (Log, attendance, forms) and the sign-in page. */
const offlinePage = (url: URL) => url.pathname === "/log" || url.pathname.startsWith("/log/");

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.method === "GET" && offlinePage(url),
      handler: new NetworkFirst({ cacheName: "helhed-log-pages", networkTimeoutSeconds: 6 }),
    },
    // Every other page from the network, as without a service worker; offline, the fallback below.
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.method === "GET" && request.mode === "navigate",
      handler: new NetworkOnly(),
    },
  ],
  // A page that cannot be had offline (never seen, or not a logbook page) says so in Danish, with
  // the way back to Log, instead of the browser's own error page (public/offline.html, precached).
  fallbacks: {
    entries: [{ url: "/offline.html", matcher: ({ request }) => request.destination === "document" }],
  },
});

// Signing out clears the cached pages (they show people's initials); the outbox is kept.
self.addEventListener("message", (event) => {
  if (event.data === "helhed:sign-out") event.waitUntil(caches.delete("helhed-log-pages"));
});

serwist.addEventListeners();
