import type { NextFunction, Request, Response } from "express";
import type { Database } from "~/.server/db/client";
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  releaseIdempotencyKey,
  userOfSessionToken,
} from "~/.server/domain/idempotency/idempotency-keys";
import { readCookie, sessionCookieName } from "~/.server/http/cookies";
import { isUuid } from "~/.server/ids";
import { errorText } from "~/i18n/error-text";
import { languageOfCookies } from "~/language-cookie";

/**
 * Honours the `Idempotency-Key` header the phone's outbox sends with every write: the first
 * request with a key is answered as usual and its answer (status, redirect) stored; a repeat gets
 * that answer again without running the action, so nothing is saved twice. A failure of ours
 * (5xx, or the connection lost before an answer) and an edit refused as a conflict release the key.
 */
export function idempotency(db: Database) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const key = req.get("Idempotency-Key");
    if (req.method !== "POST" || !key) return next();
    const language = languageOfCookies(req.headers.cookie);
    if (!isUuid(key))
      return res
        .status(400)
        .type("text/plain")
        .send(errorText("idempotencyKeyInvalid", {}, language));
    const token = readCookie(req.headers.cookie ?? null, sessionCookieName);
    const userId = token ? await userOfSessionToken(db, token) : undefined;
    if (!userId) return next(); // not signed in: the page answers with the sign-in page; nothing is stored
    const claim = await claimIdempotencyKey(db, { key, userId, path: req.originalUrl });
    if (claim.state === "foreign")
      return res
        .status(422)
        .type("text/plain")
        .send(errorText("idempotencyKeyForeign", {}, language));
    if (claim.state === "pending")
      return res
        .status(409)
        .set("Retry-After", "2")
        .type("text/plain")
        .send(errorText("idempotencyPending", {}, language));
    if (claim.state === "done") {
      res.set("Idempotent-Replayed", "true");
      if (claim.location) res.set("Location", claim.location);
      return res.status(claim.status).end();
    }
    res.on("close", () => {
      // An edit refused as a conflict changed nothing: the key is freed, so a repeat is judged again.
      const answered = res.headersSent && res.statusCode < 500 && !res.getHeader("Helhed-Conflict");
      const location = res.getHeader("Location");
      const done = answered
        ? completeIdempotencyKey(db, key, res.statusCode, typeof location === "string" ? location : null)
        : releaseIdempotencyKey(db, key);
      done.catch((error) => console.error(`Idempotency-Key ${key} kunne ikke gemmes: ${error}`));
    });
    next();
  };
}
