import { randomUUID } from "node:crypto";
import { and, asc, eq, isNull } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Database } from "../db/client";
import { outbox } from "../db/schema";
import { logInternalError } from "../errors";

/** A mail to send. */
export interface Mail {
  to: string;
  subject: string;
  body: string;
}

/** Something that sends mail (nodemailer's transport has this shape). */
export interface MailTransport {
  sendMail: (message: { from: string; to: string; subject: string; text: string }) => Promise<unknown>;
}

/** Puts a mail in the outbox, in the caller's transaction; the server sends it within seconds. */
export async function queueMail(db: Database, mail: Mail): Promise<void> {
  await db.insert(outbox).values({ id: randomUUID(), ...mail });
}

/** An SMTP transport for HELHED_SMTP_URL (smtp://user:password@host:port, or smtps://). */
export function smtpTransport(url: string): MailTransport {
  return nodemailer.createTransport(url);
}

/**
 * Sends what waits in the outbox, oldest first, and returns how many went. A sent mail's body is
 * blanked, so a reset link never stays readable in the database; a failed one waits for next time.
 */
export async function deliverOutbox(db: Database, transport: MailTransport, from: string): Promise<number> {
  const waiting = await db.select().from(outbox).where(isNull(outbox.sentAt)).orderBy(asc(outbox.createdAt)).limit(50);
  let sent = 0;
  for (const mail of waiting) {
    await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.body });
    await db
      .update(outbox)
      .set({ sentAt: new Date(), body: "" })
      .where(and(eq(outbox.id, mail.id), isNull(outbox.sentAt)));
    sent++;
  }
  return sent;
}

/** Sends the outbox every few seconds while the server runs; returns a function that stops it. */
export function scheduleMailDelivery(
  db: Database,
  transport: MailTransport,
  from: string,
  io: { err: (t: string) => void },
  everyMs = 5_000,
): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await deliverOutbox(db, transport, from);
    } catch (error) {
      // The message never carries the mail's body (a reset link must not reach the log).
      logInternalError(new Error(`Mail kunne ikke sendes: ${(error as Error).message}`), io.err);
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
