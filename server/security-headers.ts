import type { NextFunction, Request, Response } from "express";
import onHeaders from "on-headers";
import type { RequestInfo } from "~/.server/request-context";

/**
 * Headers every response carries. The Content-Security-Policy allows scripts only from this
 * site and inline scripts carrying this response's nonce (no 'unsafe-inline' scripts); a kept page
 * (kept-pages.ts), whose bytes were rendered for an earlier answer, names its inline scripts by
 * their SHA-256 instead. The policy is written as the headers go out, once the page is known.
 * Inline styles are allowed because server-rendered SVG charts use style attributes.
 */
export function securityHeaders(req: Request, res: Response, next: NextFunction) {
  const info = res.locals.requestInfo as RequestInfo;
  const tiles = (res.locals.mapTileOrigin as string | undefined) ?? "";
  onHeaders(res, () => {
    const scripts = info.scriptHashes ? info.scriptHashes.join(" ") : `'nonce-${info.nonce}'`;
    res.setHeader(
      "Content-Security-Policy",
      [
        "default-src 'self'",
        `script-src 'self' ${scripts}`.trimEnd(),
        "style-src 'self' 'unsafe-inline'",
        `img-src 'self' data:${tiles ? ` ${tiles}` : ""}`,
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
      ].join("; "),
    );
  });
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  next();
}
