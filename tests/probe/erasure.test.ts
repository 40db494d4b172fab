// Probe (issue 11, finding 5): after an erasure the person cannot be found in a full dump of the
// database — no identifier, no Article 9 topic, no free text — while every criterion's figures stay
// the same and the logbook's Excel export still imports.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { rawRows } from "~/.server/db/raw-rows";
import { participants } from "~/.server/db/schema";
import { planAttainment } from "~/.server/domain/attainment/plan-attainment";
import { setAttendance } from "~/.server/domain/logbook/attendance";
import { createParticipant } from "~/.server/domain/logbook/create-participant";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { createRecord } from "~/.server/domain/logbook/write-record";
import { importLogbook, logbookExport } from "~/.server/domain/logbook-excel/logbook-excel";
import { erasePerson } from "~/.server/domain/persons/erase-person";
import { exportPerson } from "~/.server/domain/persons/export-person";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { setUpLogbookPlan } from "../support/logbook-setup";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

const slug = "sletning-test";
/** The logbook test plan with criteria that count by topic, household, age and receiving body. */
const planText = readFileSync(new URL("../fixtures/logbook-plan.yaml", import.meta.url), "utf8")
  .replace("slug: logbog-test", `slug: ${slug}`)
  .replace(
    "        title: Jobforløb\n",
    `        title: Jobforløb
        criteria:
          - { key: oekonomi, text: Personer med henvendelser om økonomi, measure: { kind: contacts, topics: [oekonomi], count: persons }, targets: [{ period: "2014", value: 10 }] }
          - { key: husstande, text: Husstande, measure: { kind: households, source: all }, targets: [{ period: "2014", value: 10 }] }
          - { key: unge, text: Unge 15-30 år, measure: { kind: participants, source: all, filters: { ageBand: { min: 15, max: 30 } } }, targets: [{ period: "2014", value: 10 }] }
          - { key: jobcenter, text: Henvisninger til jobcentret, measure: { kind: referrals, receivingBodies: [jobcenter] }, targets: [{ period: "2014", value: 10 }] }
`,
  )
  .replace(
    "contactTopics: [{ key: oekonomi, name: Økonomi }]",
    "contactTopics: [{ key: oekonomi, name: Økonomi }, { key: misbrug, name: Misbrug }]",
  )
  .replace(
    "receivingBodies: [{ key: jobcenter, name: Jobcenteret }]",
    "receivingBodies: [{ key: jobcenter, name: Jobcenteret }, { key: misbrugscenter, name: Misbrugscentret }]",
  );

/** Every row of every table as text: `pg_dump` on PostgreSQL, each table's rows cast to text on PGlite. */
async function fullDump(h: DatabaseHandle & { url?: string }): Promise<Map<string, string>> {
  const tables = new Map<string, string>();
  if (h.url) {
    const dump = execFileSync("pg_dump", ["--data-only", "--no-owner", h.url], {
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
    });
    for (const part of dump.split(/^COPY /m).slice(1)) tables.set(/^\S+\.(\S+)/.exec(part)?.[1] ?? "?", part);
    return tables;
  }
  const names = await rawRows<{ s: string; t: string }>(
    h.db,
    sql`SELECT table_schema AS s, table_name AS t FROM information_schema.tables WHERE table_schema IN ('public', 'drizzle') AND table_type = 'BASE TABLE'`,
  );
  for (const { s, t } of names) {
    const rows = await rawRows<{ r: string }>(h.db, sql.raw(`SELECT x::text AS r FROM "${s}"."${t}" x`));
    tables.set(t, rows.map((r) => r.r).join("\n"));
  }
  return tables;
}

describe(`probe: erasure on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle & { url?: string };
  let s: Awaited<ReturnType<typeof setUpLogbookPlan>>;
  const ctx = () => openLogbook(h.db, s.manager, slug, "plan.read");
  const figures = async () =>
    Promise.all(["plan", "2014", "2015"].map((p) => planAttainment(h.db, s.manager, slug, p, "2016-12-31")));
  let personId = "";

  beforeAll(async () => {
    h = await createTestDatabase();
    s = await setUpLogbookPlan(h.db);
    await importPlan(h.db, { kind: "system", reason: "test" }, { text: planText });
    const c = await ctx();
    const made = await createParticipant(h.db, s.cipher, c, {
      activityKey: "lektiecafe",
      participant: {
        initials: "QZ",
        birthYear: 1990,
        gender: "male",
        departmentNumber: "101-0",
        newHousehold: true,
        targetGroupTags: ["enlig-forsoerger"],
        name: "Quirin Zeuthen",
        contact: "quirin.zeuthen@example.dk",
        consent: { givenBy: "participant", purposes: ["kontakt"], givenOn: "2014-01-10" },
        sensitive: { addiction: "Hashmisbrug siden 2010" },
        notes: "Bor alene med to børn og har mistet jobbet",
      },
    });
    personId = "created" in made ? made.created.id : "";
    const [p] = await h.db.select().from(participants).where(sql`${participants.id} = ${personId}`);
    const other = await createParticipant(h.db, s.cipher, c, {
      activityKey: "lektiecafe",
      participant: { initials: "OB", birthYear: 2008, householdId: p.householdId ?? undefined },
      confirmNew: true,
    });
    const otherId = "created" in other ? other.created.id : "";
    for (const date of ["2014-03-03", "2014-09-10", "2015-02-02"]) {
      const { id } = await createRecord(h.db, s.cipher, c, "event", {
        activityKey: "lektiecafe",
        type: "lektiecafe",
        date,
      });
      await setAttendance(h.db, c, id, [personId, otherId]);
    }
    await createRecord(h.db, s.cipher, c, "contact", {
      activityKey: "jobforloeb",
      participantId: personId,
      date: "2014-02-03",
      topic: "misbrug",
      notes: "Fortalte om sit hashmisbrug",
    });
    await createRecord(h.db, s.cipher, c, "contact", {
      activityKey: "jobforloeb",
      participantId: personId,
      date: "2014-04-03",
      topic: "oekonomi",
    });
    await createRecord(h.db, s.cipher, c, "referral", {
      activityKey: "jobforloeb",
      participantId: personId,
      date: "2014-02-04",
      receivingBody: "misbrugscenter",
      result: "Startet i behandling",
    });
    await createRecord(h.db, s.cipher, c, "referral", {
      activityKey: "jobforloeb",
      participantId: personId,
      date: "2014-05-04",
      receivingBody: "jobcenter",
    });
    await createRecord(h.db, s.cipher, c, "course", {
      activityKey: "jobforloeb",
      courseType: "job",
      participantId: personId,
      startDate: "2014-02-01",
      notes: "Ønsker job som chauffør",
    });
    await createRecord(h.db, s.cipher, c, "course", {
      activityKey: "jobforloeb",
      courseType: "job",
      participantId: otherId,
      mentorParticipantId: personId,
      startDate: "2014-03-01",
    });
  });
  afterAll(async () => h.close());

  it("exports what is recorded about the person as mentor and about their household (art. 15)", async () => {
    const c = await ctx();
    const [p] = await h.db.select().from(participants).where(sql`${participants.id} = ${personId}`);
    await createRecord(h.db, s.cipher, c, "contact", {
      activityKey: "jobforloeb",
      householdId: p.householdId,
      date: "2014-06-01",
      topic: "oekonomi",
    });
    const x = await exportPerson(h.db, s.cipher, c, personId);
    expect(x.mentoring).toHaveLength(1);
    expect(x.householdContacts).toMatchObject([{ date: "2014-06-01", topic: "oekonomi" }]);
    expect(x.contacts).toHaveLength(2);
  });

  it("leaves no identifier, Article 9 topic or free text in a full dump, and every figure unchanged", async () => {
    const before = await figures();
    const [row] = await h.db.select().from(participants).where(sql`${participants.id} = ${personId}`);
    const ciphertexts = [row.nameEnc, row.contactEnc, row.sensitiveEnc, row.notesEnc].filter((v): v is string => !!v);
    await erasePerson(h.db, await ctx(), personId);
    const dump = await fullDump(h);
    const everything = [...dump.values()].join("\n");
    for (const found of [
      "Quirin",
      "Zeuthen",
      "quirin.zeuthen",
      "Hashmisbrug",
      "hashmisbrug",
      "mistet jobbet",
      "chauffør",
      "Startet i behandling",
      row.code,
      ...ciphertexts,
    ])
      expect(everything.includes(found), found).toBe(false);
    // The topic words live on in the plan's own vocabulary, never in what was recorded.
    for (const table of [
      "participants",
      "contacts",
      "referrals",
      "record_history",
      "audit_events",
      "consents",
      "courses",
      "roster_entries",
    ])
      expect(dump.get(table) ?? "", table).not.toMatch(/misbrug/);
    const [erased] = await h.db.select().from(participants).where(sql`${participants.id} = ${personId}`);
    expect(erased).toMatchObject({ gender: "unknown", departmentNumber: null, initials: null, targetGroupTags: [] });
    expect(await figures()).toEqual(before);
  });

  it("still exports the logbook to Excel and imports it again", async () => {
    const c = await ctx();
    const exported = await logbookExport(h.db, c);
    const again = await importLogbook(h.db, c, exported);
    expect(again).toMatchObject({ ready: true, problems: [] });
  });
});
