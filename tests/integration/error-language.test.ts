import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { memberships, plans, users } from "~/.server/db/schema";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { startApp } from "../support/app-harness";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const system = { kind: "system", reason: "test" } as const;

/** The visible text of a page, tags and entities aside. */
const textOf = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ");

describe(`a refused form answers in the user's language (${testDatabaseKind})`, () => {
  let h: DatabaseHandle;
  let app: Awaited<ReturnType<typeof startApp>>;
  let token: string;

  beforeAll(async () => {
    h = await createTestDatabase();
    app = await startApp(h.db);
    await importPlan(h.db, system, { text: await readFile("tests/fixtures/logbook-plan.yaml", "utf8") });
    const [plan] = await h.db.select().from(plans).where(eq(plans.slug, "logbog-test"));
    const userId = randomUUID();
    await h.db.insert(users).values({ id: userId, email: "sprog@test.dk", name: "Sprog" });
    await h.db.insert(memberships).values({
      id: randomUUID(),
      organisationId: plan.organisationId,
      userId,
      role: "administrator",
      sensitiveAccess: false,
    });
    token = await app.sessionFor(userId);
  }, 120_000);
  afterAll(async () => h.close());

  const badHours = { activityKey: "lektiecafe", week: "2015-03-04", hours: "95" };

  it("shows the English message and field message, with the values kept, when the interface is English", async () => {
    const res = await app.request("/log/logbog-test/timer", { token, form: badHours, lang: "en" });
    expect(res.status).toBe(400);
    const text = textOf(await res.text());
    expect(text).toContain("Check the fields. Nothing has been saved.");
    expect(text).toContain("At most 80 hours in a week. Check the number.");
    expect(text).not.toContain("Tjek felterne");
    expect(text).not.toContain("Højst 80 timer");
  });

  it("shows the Danish message by default", async () => {
    const res = await app.request("/log/logbog-test/timer", { token, form: badHours });
    expect(res.status).toBe(400);
    const text = textOf(await res.text());
    expect(text).toContain("Tjek felterne. Intet er gemt.");
    expect(text).toContain("Højst 80 timer på en uge. Tjek tallet.");
  });
});
