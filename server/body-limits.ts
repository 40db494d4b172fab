import type { NextFunction, Request, Response } from "express";
import { errorText } from "~/i18n/error-text";
import { languageOfCookies } from "~/language-cookie";

/** The largest request bodies: forms, and uploads (multipart: a logbook sheet, a plan file, accounts). */
export const bodyLimits = { form: 1024 * 1024, upload: 20 * 1024 * 1024 };

/**
 * Refuses a request body that is too big before a byte of it is read: the body must declare its
 * length (browsers always do), and the declared length must be within the limit. Node's parser
 * then never delivers more than declared, so nothing larger is ever buffered.
 */
export function limitBodies(req: Request, res: Response, next: NextFunction) {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
  const upload = /^multipart\/form-data/i.test(req.get("content-type") ?? "");
  const limit = upload ? bodyLimits.upload : bodyLimits.form;
  const declared = req.get("content-length");
  const language = languageOfCookies(req.headers.cookie);
  const refuse = (status: number, message: string) => {
    res.status(status).set({ Connection: "close", "Content-Type": "text/plain; charset=utf-8" }).end(message);
    // Read and discard what is still coming, so the client gets the answer: hanging up with unread
    // bytes sends a reset that can wipe the answer before the client reads it. Keep none of it, and
    // hang up after 100 MB or 5 seconds, whichever comes first.
    let drained = 0;
    const hangUp = setTimeout(() => req.socket.destroy(), 5_000);
    hangUp.unref();
    req.socket.once("close", () => clearTimeout(hangUp));
    req.on("data", (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > 100 * 1024 * 1024) req.socket.destroy();
    });
  };
  if (declared === undefined || req.get("transfer-encoding"))
    return refuse(411, errorText("httpLengthRequired", {}, language));
  if (!/^\d+$/.test(declared) || Number(declared) > limit)
    return refuse(
      413,
      upload
        ? errorText("httpFileTooLarge", { mb: limit / 1024 / 1024 }, language)
        : errorText("httpFormTooLarge", {}, language),
    );
  next();
}
