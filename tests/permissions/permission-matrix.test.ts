import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FieldCipher } from "~/.server/crypto/field-encryption";
import type { DatabaseHandle } from "~/.server/db/client";
import { findOrCreateOrganisation } from "~/.server/db/repositories/organisations";
import {
  activities,
  activityAssignments,
  memberships,
  planPartners,
  planShares,
  plans,
  users,
} from "~/.server/db/schema";
import { type Role, roles } from "~/.server/db/schema/accounts";
import { setAttendance } from "~/.server/domain/logbook/attendance";
import { createParticipant } from "~/.server/domain/logbook/create-participant";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { createRecord } from "~/.server/domain/logbook/write-record";
import { logbookTemplate } from "~/.server/domain/logbook-excel/logbook-excel";
import { exportPlan } from "~/.server/domain/plans/get-plan";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { serializePlan } from "~/plan-format/serialize-plan";
import routes from "../../app/routes";
import { startApp } from "../support/app-harness";
import { runCli } from "../support/cli";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";
import { cliMatrix, operatorCommands } from "./cli-matrix";
import { type MatrixFixture, type Relation, relations, routeMatrix } from "./route-matrix";

const system = { kind: "system", reason: "test" } as const;
const mini = readFileSync(new URL("../fixtures/mini-plan.yaml", import.meta.url), "utf8");

function routePatterns(list: { path?: string; index?: boolean; children?: unknown[] }[], prefix = ""): string[] {
  return list.flatMap((r) => {
    const here = r.index ? prefix || "/" : r.path ? `${prefix}/${r.path}` : prefix;
    return [...(r.index || r.path ? [here] : []), ...routePatterns((r.children ?? []) as typeof list, here)];
  });
}

describe(`the permission matrix on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  let app: Awaited<ReturnType<typeof startApp>>;
  const fixture: MatrixFixture = {
    plan: { own: "mini", shared: "mini", other: "andet" },
    organisation: { own: "lejerbo-koebenhavn", shared: "lejerbo-koebenhavn", other: "andet-boligselskab" },
    activity: "a1",
    focusArea: "fa",
    event: { own: "", shared: "", other: "" },
    participant: { own: "", shared: "", other: "" },
    course: { own: "", shared: "", other: "" },
  };
  /** The signed-in user for a role and relation: own/other are members of the plan's owner, shared of the partner. */
  const tokens = new Map<string, string>();
  const emails = new Map<string, string>();
  const files = new Map<string, string>();
  let orgA = "";
  let orgB = "";

  beforeAll(async () => {
    h = await createTestDatabase();
    app = await startApp(h.db);
    await importPlan(h.db, system, { text: mini });
    await importPlan(h.db, system, {
      text: mini.replace("slug: mini", "slug: andet").replace("name: Lejerbo København", "name: Andet Boligselskab"),
    });
    orgA = await findOrCreateOrganisation(h.db, "Lejerbo København");
    orgB = await findOrCreateOrganisation(h.db, "Partnerorganisationen");
    for (const [org, tag] of [
      [orgA, "a"],
      [orgB, "b"],
    ] as const)
      for (const role of roles) {
        const id = randomUUID();
        const email = `${role}.${tag}@matrix.test`.toLowerCase();
        await h.db.insert(users).values({ id, email, name: `${role} ${tag}` });
        await h.db.insert(memberships).values({
          id: randomUUID(),
          organisationId: org,
          userId: id,
          role,
          sensitiveAccess: role === "administrator",
        });
        emails.set(`${role}:${tag}`, email);
        tokens.set(`${role}:${tag}`, await app.sessionFor(id));
      }
    await share();
    await addLogbook();
    const dir = mkdtempSync(join(tmpdir(), "helhed-matrix-"));
    for (const slug of ["mini", "andet"]) {
      const file = join(dir, `${slug}.yaml`);
      writeFileSync(file, serializePlan(await exportPlan(h.db, system, slug)));
      files.set(slug, file);
    }
    // An empty logbook template for `helhed log import` (the same for every plan: sheets and headings).
    const template = join(dir, "logbog-skabelon.xlsx");
    writeFileSync(template, await logbookTemplate(h.db, await openLogbook(h.db, system, "mini", "plan.read")));
    files.set("logbog-skabelon", template);
  });
  afterAll(async () => h.close());

  const share = async () => {
    const [plan] = await h.db.select().from(plans).where(eq(plans.slug, "mini"));
    await h.db
      .insert(planShares)
      .values({ id: randomUUID(), planId: plan.id, organisationId: orgB })
      .onConflictDoNothing();
  };

  /** Staff of A work in a1; partner organisation B is responsible for a1; each plan gets a participant, an event and a course. */
  const addLogbook = async () => {
    const [mini] = await h.db.select().from(plans).where(eq(plans.slug, "mini"));
    await h.db
      .update(planPartners)
      .set({ linkedOrganisationId: orgB })
      .where(and(eq(planPartners.planId, mini.id), eq(planPartners.key, "lejerbo")));
    const [a1] = await h.db
      .select()
      .from(activities)
      .where(and(eq(activities.planId, mini.id), eq(activities.key, "a1")));
    const staff = await userId(emails.get("staff:a") as string);
    await h.db
      .insert(activityAssignments)
      .values({ id: randomUUID(), organisationId: orgA, userId: staff, activityId: a1.id })
      .onConflictDoNothing();
    const cipher = new FieldCipher(randomBytes(32));
    for (const [slug, rels] of [
      ["mini", ["own", "shared"]],
      ["andet", ["other"]],
    ] as const) {
      const ctx = await openLogbook(h.db, system, slug, "plan.read");
      const created = await createParticipant(h.db, cipher, ctx, {
        activityKey: "a1",
        participant: { initials: "MX", birthYear: 1990 },
      });
      const participantId = "created" in created ? created.created.id : "";
      const event = await createRecord(h.db, cipher, ctx, "event", {
        activityKey: "a1",
        type: "arrangement",
        date: "2018-01-10",
      });
      await setAttendance(h.db, ctx, event.id, [participantId]);
      const course = await createRecord(h.db, cipher, ctx, "course", {
        activityKey: "a1",
        courseType: "ct",
        participantId,
        startDate: "2018-01-10",
      });
      for (const rel of rels) {
        fixture.participant[rel] = participantId;
        fixture.event[rel] = event.id;
        fixture.course[rel] = course.id;
      }
    }
  };
  const who = (role: Role, rel: Relation) => `${role}:${rel === "shared" ? "b" : "a"}`;

  it("has a row for every route in app/routes.ts", () => {
    const covered = new Set(routeMatrix.map((r) => r.route));
    const missing = routePatterns(routes as never).filter((p) => !covered.has(p));
    expect(missing).toEqual([]);
  });

  it("gives every route × role × relation (and anonymous) the expected answer", async () => {
    const wrong: string[] = [];
    let cells = 0;
    for (const row of routeMatrix) {
      for (const role of roles)
        for (const rel of relations) {
          const key = who(role, rel);
          const response = await app.request(row.path(fixture, rel), {
            token: tokens.get(key),
            form: row.form,
            method: row.method,
          });
          cells++;
          const want = row.expect(role, rel);
          if (response.status !== want)
            wrong.push(`${row.method} ${row.route} ${role}/${rel}: ${response.status}, forventet ${want}`);
          // Signing out or ending sessions would end the matrix's own sessions: start new ones.
          if (row.route === "/log-ud" || row.form?.intent === "end-others")
            tokens.set(key, await app.sessionFor(await userId(emails.get(key) as string)));
        }
      const anonymous = await app.request(row.path(fixture, "own"), { form: row.form, method: row.method });
      cells++;
      if (anonymous.status !== row.anonymous)
        wrong.push(`${row.method} ${row.route} anonym: ${anonymous.status}, forventet ${row.anonymous}`);
    }
    console.log(
      `Adgangsmatrix (web): ${cells} celler (${routeMatrix.length} ruter/metoder × ${roles.length} roller × ${relations.length} relationer + anonym)`,
    );
    expect(wrong).toEqual([]);
  }, 900_000); // 1,140 requests: a minute when calm, over four minutes on a 2-core machine shared with other work

  it("lists only the plans a user may see on the start page", async () => {
    // A steering-group reader with one plan is sent to its meeting view: the address names the plan.
    const startPage = async (token: string | undefined) => {
      const answer = await app.request("/", { token });
      return answer.status === 302 ? (answer.headers.get("location") ?? "") : answer.text();
    };
    for (const role of roles) {
      const own = await startPage(tokens.get(`${role}:a`));
      const partner = await startPage(tokens.get(`${role}:b`));
      expect(own, role).toContain("/planer/mini");
      expect(own, role).not.toContain("/planer/andet");
      expect(partner, role).toContain("/planer/mini");
      expect(partner, role).not.toContain("/planer/andet");
    }
  });

  it("gives every CLI command × role × relation the expected exit code", async () => {
    const wrong: string[] = [];
    let cells = 0;
    for (const row of cliMatrix)
      for (const role of roles)
        for (const rel of relations) {
          const args = row
            .args(fixture, rel)
            .map((a) => (a.startsWith("__fixture__:") ? (files.get(a.slice(12)) as string) : a));
          const result = await runCli([...args, "--as", emails.get(who(role, rel)) as string], {}, process.cwd(), h);
          cells++;
          if (result.code !== row.expect(role, rel))
            wrong.push(
              `${row.command} ${role}/${rel}: ${result.code}, forventet ${row.expect(role, rel)} ${result.stderr}`,
            );
          if (row.command === "plan import" && result.code === 0) await share();
          if (row.command === "plans list" && result.code === 0) {
            const slugs = JSON.parse(result.stdout).map((p: { slug: string }) => p.slug);
            if (slugs.includes("andet")) wrong.push(`plans list ${role}/${rel}: viser en anden organisations plan`);
          }
        }
    console.log(`Adgangsmatrix (CLI): ${cells} celler; driftskommandoer uden bruger: ${operatorCommands.join(", ")}`);
    expect(wrong).toEqual([]);
  });

  async function userId(email: string) {
    const [u] = await h.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    return u.id;
  }
});
