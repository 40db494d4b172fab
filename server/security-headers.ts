import type { NextFunction, Request, Response } from "express";

/**
 * Headers every response carries. The Content-Security-Policy allows scripts only from this
 * site and inline scripts carrying this response's nonce (no 'unsafe-inline' scripts). Inline
 * styles are allowed because server-rendered SVG charts use style attributes.
 */
export function securityHeaders(req: Request, res: Response, next: NextFunction) {
  const nonce = res.locals.nonce as string;
  const tiles = (res.locals.mapTileOrigin as string | undefined) ?? "";
  res.setHeader(
    "Content-Security-Policy",
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
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
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  next();
}
