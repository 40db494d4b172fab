// Probe (issue 11, finding 8): weak passwords, reset links in the log, mail never sent, one link used twice.
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { findOrCreateOrganisation } from "~/.server/db/repositories/organisations";
import { memberships, outbox, users } from "~/.server/db/schema";
import { requestPasswordReset, resetPassword } from "~/.server/domain/accounts/password-reset";
import { deliverOutbox, smtpTransport } from "~/.server/mail/mail";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

describe(`probe: passwords and mail on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  let smtp: SMTPServer;
  let port = 0;
  const received: string[] = [];
  const email = "anne@lejerbo.test";

  beforeAll(async () => {
    h = await createTestDatabase();
    const org = await findOrCreateOrganisation(h.db, "Lejerbo København");
    const id = randomUUID();
    await h.db.insert(users).values({ id, email, name: "Anne Hansen" });
    await h.db.insert(memberships).values({ id: randomUUID(), organisationId: org, userId: id, role: "staff" });
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, done) {
        let text = "";
        stream.on("data", (c: Buffer) => {
          text += c.toString("utf8");
        });
        stream.on("end", () => {
          received.push(text);
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    port = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await h.close();
  });

  /** Asks for a link, sends the outbox through the SMTP server and returns the token from the mail. */
  async function mailedToken() {
    const logged: string[] = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...a) => logged.push(a.join(" "))),
    );
    await requestPasswordReset(h.db, { email, ip: `10.7.0.${received.length}`, publicUrl: "https://helhed.test" });
    for (const s of spies) s.mockRestore();
    expect(await deliverOutbox(h.db, smtpTransport(`smtp://127.0.0.1:${port}`), "Helhed <helhed@test>")).toBe(1);
    const mail = received.at(-1) ?? "";
    const token = /nulstil-adgangskode\/([\w-]{43})/.exec(mail.replace(/=\r?\n/g, ""))?.[1] ?? "";
    expect(token).not.toBe("");
    expect(logged.join("\n")).not.toContain(token);
    return token;
  }

  it("sends the reset link through a real SMTP server, never to the log, and blanks it in the outbox", async () => {
    await mailedToken();
    expect(received.at(-1)).toContain(`To: ${email}`);
    const rows = await h.db.select().from(outbox).where(eq(outbox.to, email));
    expect(rows.every((r) => r.sentAt && r.body === "")).toBe(true);
  });

  it("refuses passwords built on a Danish word or the organisation's own name", async () => {
    const token = await mailedToken();
    for (const weak of ["Sommer2024!!", "Lejerbo2026!!", "Odense2026!!", "K0benhavn2026!"])
      await expect(resetPassword(h.db, token, weak), weak).rejects.toMatchObject({ code: "weak-password" });
  });

  it("lets one link set a password once, even with two requests at the same time", async () => {
    const token = await mailedToken();
    const both = await Promise.allSettled([
      resetPassword(h.db, token, "grøn lampe flyver højt over byen"),
      resetPassword(h.db, token, "blå cykel synger lavt under broen"),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(both.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "reset-invalid" } });
    await expect(resetPassword(h.db, token, "endnu en helt ny sætning her")).rejects.toMatchObject({
      code: "reset-invalid",
    });
  });
});
