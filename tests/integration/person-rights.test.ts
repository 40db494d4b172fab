import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { auditEvents, logbookRevisions, participants } from "~/.server/db/schema";
import { planAttainment } from "~/.server/domain/attainment/plan-attainment";
import { setAttendance } from "~/.server/domain/logbook/attendance";
import { createParticipant } from "~/.server/domain/logbook/create-participant";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { openParticipant } from "~/.server/domain/logbook/open-participant";
import { createRecord } from "~/.server/domain/logbook/write-record";
import { applyRetention } from "~/.server/domain/persons/apply-retention";
import { erasePerson } from "~/.server/domain/persons/erase-person";
import { exportPerson } from "~/.server/domain/persons/export-person";
import { personAccessLog } from "~/.server/domain/persons/person-access-log";
import { personExportDocument } from "~/.server/reports/person-export-document";
import { renderPdf } from "~/.server/reports/render-pdf";
import { setUpLogbookPlan } from "../support/logbook-setup";
import { rowsOf } from "../support/table-counts";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

/** Every text-like value in every table, to search for a person's identifiers. */
async function allText(h: DatabaseHandle): Promise<string> {
  const columns = rowsOf<{ table_name: string; column_name: string }>(
    await h.db.execute(
      sql`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'jsonb', 'character varying')`,
    ),
  );
  const parts: string[] = [];
  for (const c of columns) {
    const rows = rowsOf<{ v: string | null }>(
      await h.db.execute(sql.raw(`SELECT "${c.column_name}"::text AS v FROM "${c.table_name}"`)),
    );
    for (const r of rows) if (r.v) parts.push(r.v);
  }
  return parts.join("\n");
}

describe(`a person's rights on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  let s: Awaited<ReturnType<typeof setUpLogbookPlan>>;
  let personId = "";
  const ctx = (actor = s.manager) => openLogbook(h.db, actor, "logbog-test", "plan.read");

  beforeAll(async () => {
    h = await createTestDatabase();
    s = await setUpLogbookPlan(h.db);
    const c = await ctx();
    const created = await createParticipant(h.db, s.cipher, c, {
      activityKey: "lektiecafe",
      participant: {
        initials: "QZ",
        birthYear: 1985,
        name: "Quirin Zeuthen",
        contact: "quirin@example.dk",
        consent: { givenBy: "participant", purposes: ["kontakt"], givenOn: "2014-01-10" },
        sensitive: { health: "Astma" },
        notes: "Ringede om lektiehjælp til barnet",
      },
    });
    personId = "created" in created ? created.created.id : "";
    const other = await createParticipant(h.db, s.cipher, c, {
      activityKey: "lektiecafe",
      participant: { initials: "ZZ", birthYear: 2007 },
    });
    const otherId = "created" in other ? other.created.id : "";
    for (const date of ["2014-03-03", "2014-03-05", "2014-03-10"]) {
      const { id } = await createRecord(h.db, s.cipher, c, "event", {
        activityKey: "lektiecafe",
        type: "lektiecafe",
        date,
      });
      await setAttendance(h.db, c, id, [personId, otherId]);
    }
    await createRecord(h.db, s.cipher, c, "contact", {
      activityKey: "lektiecafe",
      participantId: personId,
      date: "2014-03-04",
      topic: "oekonomi",
      notes: "Gæld til boligselskabet",
    });
    await openParticipant(h.db, s.cipher, await ctx(s.lektieStaff), personId);
  });
  afterAll(async () => h.close());

  it("export gives everything about the person as JSON and as a readable PDF, and is audited", async () => {
    const data = await exportPerson(h.db, s.cipher, await ctx(), personId);
    expect(data.person).toMatchObject({
      name: "Quirin Zeuthen",
      contact: "quirin@example.dk",
      sensitive: { health: "Astma" },
      notes: "Ringede om lektiehjælp til barnet",
    });
    expect(data.attendance).toHaveLength(3);
    expect(data.contacts[0]).toMatchObject({ topic: "oekonomi", notes: "Gæld til boligselskabet" });
    expect(data.consents[0]).toMatchObject({ purposes: ["kontakt"], givenOn: "2014-01-10" });
    expect(data.accessLog.map((a) => a.action)).toEqual(expect.arrayContaining(["person.create", "person.read"]));
    const file = join(mkdtempSync(join(tmpdir(), "helhed-pdf-")), "person.pdf");
    writeFileSync(file, await renderPdf(personExportDocument(data)));
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    for (const expected of [
      "Quirin Zeuthen",
      "Astma",
      "Gæld til boligselskabet",
      "Hvem har set eller ændret oplysningerne",
    ])
      expect(text).toContain(expected);
    const [audited] = await h.db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.personId} = ${personId} AND ${auditEvents.action} = 'person.export'`);
    expect(audited.outcome).toBe("allowed");
  });

  it("the access log lists every access with who, when and why", async () => {
    const log = await personAccessLog(h.db, await ctx(), personId);
    expect(log.find((e) => e.action === "person.read")).toMatchObject({ who: "lektie" });
    await expect(personAccessLog(h.db, await ctx(s.lektieStaff), personId)).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("erasure removes the identifiers from every table and leaves every figure unchanged", async () => {
    const figures = () =>
      Promise.all(["plan", "2014"].map((p) => planAttainment(h.db, s.manager, "logbog-test", p, "2016-12-31")));
    const before = await figures();
    const [row] = await h.db.select().from(participants).where(eq(participants.id, personId));
    const identifiers = [
      "Quirin",
      "quirin@example.dk",
      "Astma",
      "Gæld til boligselskabet",
      "Ringede om lektiehjælp",
      row.code,
    ];
    // Encrypted values hide the plain text; compare ciphertexts too.
    const ciphertexts = [row.nameEnc, row.contactEnc, row.sensitiveEnc, row.notesEnc].filter((v): v is string => !!v);
    await erasePerson(h.db, await ctx(), personId);
    const text = await allText(h);
    for (const id of [...identifiers, ...ciphertexts]) expect(text.includes(id), id).toBe(false);
    const [erased] = await h.db.select().from(participants).where(eq(participants.id, personId));
    expect(erased).toMatchObject({
      initials: null,
      nameEnc: null,
      contactEnc: null,
      sensitiveEnc: null,
      notesEnc: null,
    });
    expect(erased.erasedAt).not.toBeNull();
    // The person's facts are thinned to what the criteria count by; the figures stay the same.
    expect(await figures()).toEqual(before);
  });

  it("retention rules delete what is due and nothing else", async () => {
    const c = await ctx();
    const fresh = await createParticipant(h.db, s.cipher, c, {
      activityKey: "lektiecafe",
      participant: {
        initials: "RT",
        birthYear: 1970,
        name: "Ret Tention",
        consent: { givenBy: "participant", purposes: ["kontakt"], givenOn: "2016-06-01" },
        notes: "Note",
      },
    });
    const id = "created" in fresh ? fresh.created.id : "";
    const { id: eventId } = await createRecord(h.db, s.cipher, c, "event", {
      activityKey: "lektiecafe",
      type: "lektiecafe",
      date: "2016-06-01",
    });
    await setAttendance(h.db, c, eventId, [id]);
    expect(
      (await applyRetention(h.db, { today: "2016-12-01", dryRun: true })).filter((d) => d.participantId === id),
    ).toEqual([]);
    const revision = async () =>
      (await h.db.select().from(logbookRevisions).where(eq(logbookRevisions.planId, c.planId)))[0]?.revision;
    const revisionBefore = await revision();
    const figuresBefore = await planAttainment(h.db, s.manager, "logbog-test", "plan", "2016-12-31");
    const due = await applyRetention(h.db, { today: "2017-07-01" });
    expect(
      due
        .filter((d) => d.participantId === id)
        .map((d) => d.category)
        .sort(),
    ).toEqual(["identifying", "notes"]);
    const [row] = await h.db.select().from(participants).where(eq(participants.id, id));
    expect(row).toMatchObject({ initials: null, nameEnc: null, notesEnc: null, erasedAt: null });
    const whole = await applyRetention(h.db, { today: "2020-01-01" });
    expect(whole.some((d) => d.participantId === id && d.category === "person")).toBe(true);
    const [gone] = await h.db.select().from(participants).where(eq(participants.id, id));
    expect(gone.erasedAt).not.toBeNull();
    expect(gone.code).toMatch(/^X-[0-9A-F]{8}$/);
    // Retention changes nothing a figure reads: the revision stays, and so do the figures.
    expect(await revision()).toBe(revisionBefore);
    expect(await planAttainment(h.db, s.manager, "logbog-test", "plan", "2016-12-31")).toEqual(figuresBefore);
  });
});
