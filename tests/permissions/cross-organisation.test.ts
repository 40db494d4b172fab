import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { findOrCreateOrganisation } from "~/.server/db/repositories/organisations";
import { activities, courses, events, memberships, participants, users } from "~/.server/db/schema";
import { setAttendance } from "~/.server/domain/logbook/attendance";
import { createParticipant } from "~/.server/domain/logbook/create-participant";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { createRecord } from "~/.server/domain/logbook/write-record";
import { importPlan } from "~/.server/domain/plans/import-plan";
import routes from "../../app/routes";
import { startApp } from "../support/app-harness";
import { runCli } from "../support/cli";
import { setUpLogbookPlan } from "../support/logbook-setup";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

/** Words that exist only in organisation A's data: none may ever reach organisation B's user. */
const secrets = ["Hemmeligt møde", "ÆØQX", "Logbogstest", "Lektiecafé", "Sommerfest", "Jobforløb"];

function patterns(list: { path?: string; index?: boolean; children?: unknown[] }[], prefix = ""): string[] {
  return list.flatMap((r) => {
    const here = r.index ? prefix || "/" : r.path ? `${prefix}/${r.path}` : prefix;
    return [...(r.index || r.path ? [here] : []), ...patterns((r.children ?? []) as typeof list, here)];
  });
}

describe(`another organisation's data is unreachable on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  let app: Awaited<ReturnType<typeof startApp>>;
  let token = "";
  let email = "";
  const ids: Record<string, string[]> = {};

  beforeAll(async () => {
    h = await createTestDatabase();
    app = await startApp(h.db);
    const s = await setUpLogbookPlan(h.db);
    const ctx = await openLogbook(h.db, s.manager, "logbog-test", "plan.read");
    const p = await createParticipant(h.db, s.cipher, ctx, {
      activityKey: "lektiecafe",
      participant: { initials: "ÆØQX", birthYear: 2005 },
    });
    const pid = "created" in p ? p.created.id : "";
    const ev = await createRecord(h.db, s.cipher, ctx, "event", {
      activityKey: "lektiecafe",
      type: "lektiecafe",
      title: "Hemmeligt møde",
      date: "2014-04-01",
    });
    await setAttendance(h.db, ctx, ev.id, [pid]);
    await createRecord(h.db, s.cipher, ctx, "course", {
      activityKey: "jobforloeb",
      courseType: "job",
      participantId: pid,
      startDate: "2014-04-01",
    });
    // Organisation B has its own plan (so its user is a real, working user) and nothing to do with A.
    await importPlan(
      h.db,
      { kind: "system", reason: "test" },
      {
        text: `formatVersion: 1\nslug: b-plan\nkind: projekt\ntitle: B's plan\nowner: { name: Organisation B }\nperiod: { start: 2014-01-01, end: 2016-12-31 }\n`,
      },
    );
    const orgB = await findOrCreateOrganisation(h.db, "Organisation B");
    const userId = randomUUID();
    email = "admin@organisation-b.test";
    await h.db.insert(users).values({ id: userId, email, name: "B Admin" });
    await h.db
      .insert(memberships)
      .values({ id: randomUUID(), organisationId: orgB, userId, role: "administrator", sensitiveAccess: true });
    token = await app.sessionFor(userId);
    ids.slug = ["logbog-test"];
    ids.activityKey = (
      await h.db.select({ k: activities.key }).from(activities).where(eq(activities.planId, s.planId))
    ).map((a) => a.k);
    ids.focusAreaKey = ["boern", "job"];
    ids.eventId = (await h.db.select({ id: events.id }).from(events)).map((e) => e.id);
    ids.participantId = (await h.db.select({ id: participants.id }).from(participants)).map((x) => x.id);
    ids.courseId = (await h.db.select({ id: courses.id }).from(courses)).map((c) => c.id);
    ids.organisation = ["testboligselskabet"];
    ids.token = ["x"];
  });
  afterAll(async () => h.close());

  const leaks = (body: string) => secrets.filter((s) => body.includes(s));

  it("every route with A's real ids, as B's administrator, answers without A's data", async () => {
    const found: string[] = [];
    let requests = 0;
    for (const pattern of patterns(routes as never)) {
      const names = [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1]);
      const choices = names.map((n) => ids[n] ?? ["x"]);
      const combos = choices.reduce<string[][]>(
        (acc, list) => acc.flatMap((a) => list.slice(0, 3).map((v) => [...a, v])),
        [[]],
      );
      for (const combo of combos) {
        let path = pattern;
        names.forEach((n, i) => (path = path.replace(`:${n}`, encodeURIComponent(combo[i]))));
        const query = `?aktivitet=${ids.activityKey[0]}&deltager=${ids.participantId[0]}&soeg=Q`;
        for (const method of ["GET", "POST"] as const) {
          const response = await app.request(path + query, {
            token,
            method,
            form:
              method === "POST"
                ? { intent: "reason", reason: "test af adgang", format: "json", present: ids.participantId[0] }
                : undefined,
          });
          requests++;
          const body = await response.text();
          if (response.status === 200 && path.includes("logbog-test")) found.push(`${method} ${path}: 200`);
          for (const leak of leaks(body)) found.push(`${method} ${path}: "${leak}" i svaret (${response.status})`);
        }
      }
    }
    console.log(`Krydsorganisatorisk test: ${requests} forespørgsler`);
    expect(found).toEqual([]);
  });

  it("fuzzed ids, keys and filters find nothing either", async () => {
    const junk = fc.oneof(
      fc.uuid(),
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        "../../etc/passwd",
        "' OR 1=1 --",
        "%00",
        "logbog-test",
        "lektiecafe",
        ...ids.eventId,
        ...ids.participantId,
      ),
    );
    const routesWithParams = patterns(routes as never).filter((p) => p.includes(":"));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routesWithParams),
        fc.array(junk, { minLength: 3, maxLength: 3 }),
        junk,
        async (pattern, values, filter) => {
          let path = pattern;
          let i = 0;
          path = path.replace(/:(\w+)/g, () => encodeURIComponent(values[i++ % values.length] || "x"));
          const response = await app.request(
            `${path}?aktivitet=${encodeURIComponent(filter)}&deltager=${encodeURIComponent(filter)}&soeg=${encodeURIComponent(filter)}`,
            { token },
          );
          const body = await response.text();
          expect(leaks(body), `${path} (${response.status})`).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the CLI shows B's administrator nothing of A", async () => {
    for (const args of [
      ["plans", "list", "--json"],
      ["plan", "export", "logbog-test"],
    ]) {
      const result = await runCli([...args, "--as", email], {}, process.cwd(), h);
      expect(leaks(result.stdout + result.stderr), args.join(" ")).toEqual([]);
    }
  });
});
