/**
 * Without a connection, a link inside the app opens as a whole page (which the service worker has
 * kept) instead of React Router fetching its data, which would fail. Returns the cleanup.
 */
export function openLinksAsPagesOffline(): () => void {
  const listener = (event: MouseEvent) => {
    if (navigator.onLine || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
    if (!link || link.target || link.hasAttribute("download")) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin) return;
    event.preventDefault();
    event.stopPropagation();
    location.assign(url.href);
  };
  window.addEventListener("click", listener, true);
  return () => window.removeEventListener("click", listener, true);
}

/**
 * Asks the service worker to keep pages for use without a connection (Serwist's CACHE_URLS, with
 * the logging pages' network-first strategy); resolves with how many when they are kept.
 */
export async function keepPagesOffline(paths: string[]): Promise<number> {
  if (!("serviceWorker" in navigator) || paths.length === 0) return 0;
  const worker = (await navigator.serviceWorker.ready).active;
  if (!worker) return 0;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(paths.length);
    worker.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: paths } }, [channel.port2]);
  });
}
