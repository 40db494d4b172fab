import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

/**
 * The pages the render cache keeps (decision 013d, 013e): the bytes as first rendered, sent again
 * unchanged. Their inline scripts are allowed by their SHA-256 in the CSP instead of that first
 * answer's nonce, so a kept page is the same bytes every time and is compressed once per coding
 * (brotli or gzip, as the browser accepts), not once per answer. Entries are kept at most
 * `maxAgeMs` and `maxBytes` in all (every coding counted), the least recently used going first.
 */
export type Encoding = "br" | "gzip" | "identity";

export interface KeptPage {
  body: Buffer;
  encoding: Encoding;
  /** CSP sources ('sha256-…') of the page's inline scripts. */
  scriptHashes: readonly string[];
}

interface Entry {
  html: Buffer;
  scriptHashes: readonly string[];
  variants: Map<Encoding, Promise<Buffer>>;
  bytes: number;
  madeAt: number;
}

let maxBytes = 32 * 1024 * 1024;
const maxAgeMs = 10 * 60 * 1000;
const pages = new Map<string, Entry>();
let bytesKept = 0;

const script = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The CSP sources that allow the page's scripts without its nonce: the SHA-256 of each inline
 * script that carried the nonce (scripts without it never ran, and still do not). Undefined when a
 * script with the nonce loads from another site (only `'self'` is allowed beside the hashes).
 */
export function inlineScriptHashes(html: string, nonce: string): string[] | undefined {
  const hashes: string[] = [];
  for (const [, attributes, text] of html.matchAll(script)) {
    if (!attributes.includes(`nonce="${nonce}"`)) continue;
    const src = /\ssrc\s*=\s*"([^"]*)"/i.exec(attributes);
    if (src) {
      if (!/^\/(?![/\\])/.test(src[1])) return undefined;
      continue;
    }
    hashes.push(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return hashes;
}

const [brotli, gzipped] = [promisify(brotliCompress), promisify(gzip)];

function compressed(html: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === "br")
    return brotli(html, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: 6,
        [constants.BROTLI_PARAM_SIZE_HINT]: html.length,
      },
    });
  if (encoding === "gzip") return gzipped(html);
  return Promise.resolve(html);
}

function dropOldest() {
  for (const [k, e] of pages) {
    if (bytesKept <= maxBytes) break;
    pages.delete(k);
    bytesKept -= e.bytes;
  }
}

/**
 * Keeps a page rendered for an answer with `nonce`; returns false (and keeps nothing) when its
 * scripts cannot be allowed by hashes, or it is larger than an eighth of the budget.
 */
export function keepPage(key: string, html: string, nonce: string, now = Date.now()): boolean {
  const scriptHashes = inlineScriptHashes(html, nonce);
  const body = Buffer.from(html, "utf8");
  if (!scriptHashes || body.length > maxBytes / 8) return false;
  const old = pages.get(key);
  if (old) {
    pages.delete(key);
    bytesKept -= old.bytes;
  }
  pages.set(key, { html: body, scriptHashes, variants: new Map(), bytes: body.length, madeAt: now });
  bytesKept += body.length;
  dropOldest();
  return true;
}

/** The kept page for a key in the coding asked for (compressed on its first ask); undefined when none is kept. */
export async function keptPage(key: string, encoding: Encoding, now = Date.now()): Promise<KeptPage | undefined> {
  const entry = pages.get(key);
  if (!entry) return undefined;
  pages.delete(key);
  if (now - entry.madeAt > maxAgeMs) {
    bytesKept -= entry.bytes;
    return undefined;
  }
  pages.set(key, entry);
  let variant = entry.variants.get(encoding);
  if (!variant) {
    variant = compressed(entry.html, encoding);
    entry.variants.set(encoding, variant);
    if (encoding !== "identity")
      variant.then(
        (b) => {
          if (pages.get(key) !== entry) return;
          entry.bytes += b.length;
          bytesKept += b.length;
          dropOldest();
        },
        () => entry.variants.delete(encoding),
      );
  }
  try {
    return { body: await variant, encoding, scriptHashes: entry.scriptHashes };
  } catch {
    return { body: entry.html, encoding: "identity", scriptHashes: entry.scriptHashes };
  }
}

/** Forgets every kept page and sets how many bytes may be kept (tests). */
export function forgetPages(budget = 32 * 1024 * 1024) {
  pages.clear();
  bytesKept = 0;
  maxBytes = budget;
}
