import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, count, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sealAuditLog } from "~/.server/audit/seal-audit-log";
import { verifyAuditChain } from "~/.server/audit/verify-audit-chain";
import type { DatabaseHandle } from "~/.server/db/client";
import { auditEvents, events, importMappings, participants, recordHistory } from "~/.server/db/schema";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { importLogbook, logbookExport, logbookTemplate } from "~/.server/domain/logbook-excel/logbook-excel";
import { sheets } from "~/.server/domain/logbook-excel/sheets";
import { runCli } from "../support/cli";
import { logbookDump } from "../support/logbook-dump";
import { setUpLogbookPlan } from "../support/logbook-setup";
import { bigWorkbookRows, fillTemplate as fill } from "../support/logbook-workbook";
import { tableCounts } from "../support/table-counts";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

describe(`Excel in and out of the logbook on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  let fresh: DatabaseHandle;
  let s: Awaited<ReturnType<typeof setUpLogbookPlan>>;
  let s2: Awaited<ReturnType<typeof setUpLogbookPlan>>;
  const ctxFor = (actor: typeof s.manager, db = h.db) => openLogbook(db, actor, "logbog-test", "plan.read");
  beforeAll(async () => {
    h = await createTestDatabase();
    s = await setUpLogbookPlan(h.db);
    fresh = await createTestDatabase();
    s2 = await setUpLogbookPlan(fresh.db);
  }, 120_000);
  afterAll(async () => {
    await h.close();
    await fresh.close();
  });

  it("makes a template with a guide, one sheet per kind of entry, the lists and drop-downs", async () => {
    const bytes = await logbookTemplate(h.db, await ctxFor(s.manager), "2026-01-01");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as never);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Vejledning",
      "Deltagere",
      "Hold",
      "Arrangementer",
      "Fremmøde",
      "Forløb",
      "Forløbstrin",
      "Opfølgninger",
      "Henvendelser",
      "Brobygning",
      "Vurderinger",
      "Frivillige timer",
      "Lister",
    ]);
    for (const def of sheets)
      expect(
        ((book.getWorksheet(def.name) as ExcelJS.Worksheet).getRow(1).values as unknown[]).slice(1),
        def.name,
      ).toEqual(def.columns.map((c) => c.heading));
    const validation = (sheet: string, cell: string) =>
      (
        book.getWorksheet(sheet) as unknown as { dataValidations: { find: (a: string) => ExcelJS.DataValidation } }
      ).dataValidations.find(cell);
    const lists = book.getWorksheet("Lister") as ExcelJS.Worksheet;
    const listValues = (formula: string) => {
      const [, col, from, to] = /\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)/.exec(formula) ?? [];
      return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) =>
        String(lists.getCell(`${col}${Number(from) + i}`).value),
      );
    };
    const expectList = (sheet: string, cell: string, values: string[]) => {
      const v = validation(sheet, cell);
      expect(v?.type, `${sheet}!${cell}`).toBe("list");
      expect(listValues(v.formulae[0])).toEqual(values);
    };
    expectList("Arrangementer", "B2", ["Lektiecafé", "Sommerfest", "Jobforløb"]);
    expectList("Arrangementer", "C2", ["Lektiecafé", "Arrangement"]);
    expectList("Forløb", "C2", ["Jobforløb"]);
    expectList("Forløb", "H2", ["Job", "Uddannelse", "Faldet fra"]);
    expectList("Forløbstrin", "C2", ["Afklaring", "Praktik", "Løntilskud", "Job"]);
    expectList("Opfølgninger", "E2", ["Job", "Uddannelse", "Faldet fra", "Ingen kontakt"]);
    expectList("Henvendelser", "F2", ["Økonomi"]);
    expectList("Brobygning", "G2", ["Jobcenteret"]);
    expectList("Vurderinger", "D2", ["Styrket socialt netværk"]);
    expectList("Frivillige timer", "F2", ["Lektiehjælper"]);
    expectList("Deltagere", "E2", ["Kvinde", "Mand", "Andet", "Ukendt"]);
    expectList("Deltagere", "F2", ["101-0"]);
    expect(validation("Arrangementer", "E2")).toMatchObject({ type: "date", operator: "between" });
    expect(validation("Arrangementer", "I2")).toMatchObject({ type: "whole" });
    expect(validation("Frivillige timer", "E2")).toMatchObject({ type: "decimal" });
    // The drop-downs reach past the first thousands rows.
    expect(validation("Arrangementer", "B2000")?.type).toBe("list");
    const guide = book.getWorksheet("Vejledning") as ExcelJS.Worksheet;
    const guideText = guide.getSheetValues().flat().join(" ");
    expect(guideText).toContain("Logbogstest");
    expect(guideText).toContain("Fremmøde");
    // A staff member gets the activities they log in only.
    const staff = await logbookTemplate(h.db, await ctxFor(s.jobStaff));
    const staffBook = new ExcelJS.Workbook();
    await staffBook.xlsx.load(staff as never);
    expect(staffBook.getWorksheet("Lister")?.getColumn(1).values.slice(2)).toEqual(["Jobforløb"]);
  });

  let fixed: Buffer;
  it("lists exactly the three problems of a 10 000-row file and writes nothing; fixed, it imports in one go", async () => {
    const template = await logbookTemplate(h.db, await ctxFor(s.manager));
    const rows = bigWorkbookRows();
    const total = Object.values(rows).reduce((n, r) => n + r.length, 0);
    expect(total).toBe(10_000);
    const bad = structuredClone(rows);
    bad.Arrangementer[8][1] = "Strikkeklub"; // row 10
    bad.Arrangementer[18][4] = "2015-02-30"; // row 20
    bad.Forløbstrin[3][2] = "Mentorsamtale"; // row 5
    const before = await tableCounts(h.db);
    const checked = await importLogbook(h.db, await ctxFor(s.manager), await fill(template, bad));
    expect(checked.imported).toBe(false);
    expect(checked.problems).toEqual([
      {
        sheet: "Arrangementer",
        row: 10,
        column: "Aktivitet",
        cell: "B10",
        message: "Aktiviteten «Strikkeklub» findes ikke i planen. Vælg en aktivitet fra listen.",
      },
      {
        sheet: "Arrangementer",
        row: 20,
        column: "Dato",
        cell: "E20",
        message: "Skriv datoen som ÅÅÅÅ-MM-DD, fx 2015-03-04.",
      },
      {
        sheet: "Forløbstrin",
        row: 5,
        column: "Trin",
        cell: "C5",
        message: "Forløbstypen «Jobforløb» har ikke trinnet «Mentorsamtale».",
      },
    ]);
    console.log("De tre problemer:", JSON.stringify(checked.problems, null, 1));
    expect(await tableCounts(h.db)).toEqual(before);

    fixed = await fill(template, rows);
    const dry = await importLogbook(h.db, await ctxFor(s.manager), fixed, { dryRun: true });
    expect(dry).toMatchObject({ ready: true, imported: false, problems: [], totals: { rows: 10_000, create: 10_000 } });
    expect(await tableCounts(h.db)).toEqual(before);

    const started = performance.now();
    const done = await importLogbook(h.db, await ctxFor(s.manager), fixed);
    const seconds = (performance.now() - started) / 1000;
    console.log(`Import af 10.000 rækker på ${testDatabaseKind}: ${seconds.toFixed(1)} s`);
    expect(done).toMatchObject({ ready: true, imported: true, problems: [], totals: { create: 10_000, existing: 0 } });
    const after = await tableCounts(h.db);
    expect(after.participants - before.participants).toBe(400);
    expect(after.households - before.households).toBe(50);
    expect(after.roster_entries - before.roster_entries).toBe(500);
    expect(after.events - before.events).toBe(2500);
    expect(after.attendance - before.attendance).toBe(6000);
    expect(after.courses - before.courses).toBe(200);
    expect(after.course_stages - before.course_stages).toBe(400);
    expect(after.course_follow_ups - before.course_follow_ups).toBe(50);
    expect(after.contacts - before.contacts).toBe(150);
    expect(after.referrals - before.referrals).toBe(50);
    expect(after.assessments - before.assessments).toBe(75);
    expect(after.volunteer_hours - before.volunteer_hours).toBe(75);
    // Every entry has its history line and audit entry, as from the forms.
    expect(after.record_history - before.record_history).toBe(400 + 2500 + 2000 + 200 + 400 + 50 + 150 + 50 + 75 + 75);
    expect(after.audit_events - before.audit_events).toBe(400 + 2500 + 2000 + 200 + 400 + 50 + 150 + 50 + 75 + 75 + 1);
    const [p1] = await h.db.select().from(participants).where(eq(participants.code, "D-0001"));
    expect(p1).toMatchObject({ initials: "AK", birthYear: 1950, gender: "female", departmentNumber: "101-0" });
    const [created] = await h.db
      .select({ n: count() })
      .from(recordHistory)
      .where(and(eq(recordHistory.recordType, "event"), eq(recordHistory.action, "create")));
    expect(Number(created.n)).toBe(2500);
    const [attended] = await h.db
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.action, "logbook.attendance"));
    expect(Number(attended.n)).toBe(2000);
  }, 180_000);

  it("keeps the audit log's hash chain whole through the import", async () => {
    await sealAuditLog(h.db);
    const report = await verifyAuditChain(h.db);
    expect(report.sealed).toBeGreaterThan(5900);
    expect(report).toMatchObject({ unsealed: 0, firstBroken: null });
  });

  it("passes over every row already in the plan when the export is imported again", async () => {
    const ctx = await ctxFor(s.manager);
    const exported = await logbookExport(h.db, ctx);
    const before = await tableCounts(h.db);
    const again = await importLogbook(h.db, ctx, exported);
    expect(again).toMatchObject({ ready: true, problems: [], totals: { create: 0, existing: 10_000 } });
    const after = await tableCounts(h.db);
    expect({ ...after, audit_events: 0 }).toEqual({ ...before, audit_events: 0 });
  }, 120_000);

  it("exports what was imported so that a fresh database gets the same records", async () => {
    const exported = await logbookExport(h.db, await ctxFor(s.manager));
    const dir = mkdtempSync(join(tmpdir(), "helhed-excel-"));
    writeFileSync(join(dir, "eksport.xlsx"), exported);
    const result = await importLogbook(
      fresh.db,
      await ctxFor(s2.manager, fresh.db),
      readFileSync(join(dir, "eksport.xlsx")),
    );
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ imported: true, totals: { create: 10_000 } });
    const a = await logbookDump(h.db, s.planId);
    const b = await logbookDump(fresh.db, s2.planId);
    for (const key of Object.keys(a)) {
      expect(b[key].length, key).toBe(a[key].length);
      expect(b[key], key).toEqual(a[key]);
    }
    const [{ n }] = await fresh.db.select({ n: count() }).from(events).where(eq(events.planId, s2.planId));
    expect(Number(n)).toBe(2500);
  }, 180_000);

  it("checks each row against the user's rights: staff log only in their own activities", async () => {
    const template = await logbookTemplate(h.db, await ctxFor(s.jobStaff));
    const file = await fill(template, {
      Arrangementer: [
        [null, "Jobforløb", "Arrangement", null, "2015-01-05", null, null, null, 5],
        [null, "Lektiecafé", "Arrangement", null, "2015-01-06", null, null, null, 5],
      ],
    });
    const before = await tableCounts(h.db);
    const result = await importLogbook(h.db, await ctxFor(s.jobStaff), file);
    expect(result.problems).toEqual([
      {
        sheet: "Arrangementer",
        row: 3,
        column: "Aktivitet",
        cell: "B3",
        message: "Du har ikke adgang til at registrere i aktiviteten «Lektiecafé».",
      },
    ]);
    const after = await tableCounts(h.db);
    expect(after.events).toBe(before.events);
    // The refusal is in the audit log.
    expect(after.audit_events).toBe(before.audit_events + 1);
    await expect(importLogbook(h.db, await ctxFor(s.reader), file)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("reads a sheet of one's own through a column mapping, remembered for the organisation", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Mine arrangementer");
    ws.addRow(["Hvornår", "Indsats", "Slags", "Hvor mange", "Kommentar"]);
    ws.addRow(["03-02-2015", "Sommerfest", "Arrangement", 12, "godt vejr"]);
    ws.addRow(["04-02-2015", "Sommerfest", "Arrangement", "tolv", ""]);
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const ctx = await ctxFor(s.manager);
    const first = await importLogbook(h.db, ctx, file, { dryRun: true });
    expect(first.ready).toBe(false);
    expect(first.mappingNeeded).toEqual([
      expect.objectContaining({ sheet: "Mine arrangementer", target: "", headings: expect.any(Array) }),
    ]);
    const mapping = {
      target: "events" as const,
      columns: { Hvornår: "date", Indsats: "activityKey", Slags: "type", "Hvor mange": "headcount" },
    };
    const second = await importLogbook(h.db, ctx, file, {
      dryRun: true,
      chosen: new Map([["mine arrangementer", mapping]]),
    });
    expect(second.problems).toEqual([
      { sheet: "Mine arrangementer", row: 3, column: "Hvor mange", cell: "D3", message: "Skriv et helt tal." },
    ]);
    expect(second.notes.join(" ")).toContain("«Kommentar»");
    const saved = await h.db.select().from(importMappings).where(eq(importMappings.organisationId, s.org));
    expect(saved).toEqual([expect.objectContaining({ sheet: "Mine arrangementer" })]);
    ws.getCell("D3").value = 12;
    const third = await importLogbook(h.db, ctx, Buffer.from(await book.xlsx.writeBuffer()));
    expect(third).toMatchObject({
      ready: true,
      imported: true,
      counts: [expect.objectContaining({ layout: "mapping", create: 2 })],
    });
  });

  it("treats named attendance as the event page does: it replaces a logged headcount, but not one in the same file", async () => {
    const ctx = await ctxFor(s.manager);
    const { createRecord } = await import("~/.server/domain/logbook/write-record");
    const counted = await createRecord(h.db, s.cipher, ctx, "event", {
      activityKey: "lektiecafe",
      type: "lektiecafe",
      date: "2015-05-05",
      headcount: "7",
      breakdown: { children: "3" },
    });
    const template = await logbookTemplate(h.db, ctx);
    const both = await fill(template, {
      Arrangementer: [["NY", "Lektiecafé", "Lektiecafé", null, "2015-05-06", null, null, null, 4]],
      Fremmøde: [
        ["NY", "D-0001"],
        [counted.id, "D-0002"],
      ],
    });
    const refused = await importLogbook(h.db, ctx, both, { dryRun: true });
    expect(refused.problems).toEqual([
      {
        sheet: "Arrangementer",
        row: 2,
        column: "Antal",
        cell: "I2",
        message:
          "Arrangementet har navngivet fremmøde på arket Fremmøde. Lad «Antal» og opdelingen stå tomme, eller fjern fremmødet.",
      },
    ]);
    expect(refused.counts.find((c) => c.sheet === "Arrangementer")).toMatchObject({ rows: 1, create: 0, invalid: 1 });
    const only = await fill(template, { Fremmøde: [[counted.id, "D-0002"]] });
    expect(await importLogbook(h.db, ctx, only)).toMatchObject({ imported: true, totals: { create: 1 } });
    const [event] = await h.db.select().from(events).where(eq(events.id, counted.id));
    expect(event).toMatchObject({ headcount: null, breakdown: {} });
    const lines = await h.db.select().from(recordHistory).where(eq(recordHistory.recordId, counted.id));
    expect(lines.map((l) => l.changes)).toContainEqual({ attendance: { from: 0, to: 1 } });
  });

  it("works from the command line as a user, through the policy", async () => {
    const dir = mkdtempSync(join(tmpdir(), "helhed-excel-cli-"));
    const as = ["--as", "manager@test.dk"];
    const template = await runCli(["log", "template", "logbog-test", "--out", "skabelon.xlsx", ...as], {}, dir, h);
    expect(template).toMatchObject({ code: 0 });
    const exported = await runCli(["log", "export", "logbog-test", "--out", "eksport.xlsx", ...as], {}, dir, h);
    expect(exported.code).toBe(0);
    const dry = await runCli(["log", "import", "logbog-test", "eksport.xlsx", "--dry-run", ...as], {}, dir, h);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("findes allerede");
    const file = await fill(readFileSync(join(dir, "skabelon.xlsx")), {
      Arrangementer: [[null, "Sommerfest", "Fest", null, "2019-01-01", null, null, null, 5]],
    });
    writeFileSync(join(dir, "fejl.xlsx"), file);
    const bad = await runCli(["log", "import", "logbog-test", "fejl.xlsx", ...as], {}, dir, h);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Arrangementer række 2, kolonne Dato (E2): Datoen skal ligge i planens periode");
    const reader = await runCli(
      ["log", "export", "logbog-test", "--out", "x.xlsx", "--as", "reader@test.dk"],
      {},
      dir,
      h,
    );
    expect(reader.code).toBe(1);
  });
});
