import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { runCli } from "../../tests/support/cli";
import { docxText, readZipEntry } from "../../tests/support/report-files";
import { createTestDatabase } from "../../tests/support/test-database";

describe("helhed report", () => {
  let db: DatabaseHandle;
  let dir: string;
  const cli = (args: string[]) => runCli(args, {}, dir, db);
  beforeAll(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), "helhed-report-cli-"));
    await cli(["user", "add", "admin@opz.test", "--organisation", "Opzoomerne", "--role", "administrator"]);
    await cli(["user", "add", "other@andet.test", "--organisation", "Andet", "--role", "administrator"]);
    const plan = join(process.cwd(), "examples/plans/opzoomerne.yaml");
    expect((await cli(["plan", "import", plan, "--as", "admin@opz.test"])).code).toBe(0);
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes the application as Word, reading the plan through the policy", async () => {
    const result = await cli([
      "report",
      "opzoomerne",
      "--kind",
      "application",
      "--format",
      "docx",
      "--out",
      "ansoegning.docx",
      "--as",
      "admin@opz.test",
    ]);
    expect(result).toMatchObject({ code: 0, stdout: "Skrevet til ansoegning.docx\n" });
    expect(docxText(readFileSync(join(dir, "ansoegning.docx")))).toContain("550.000 kr.");
  });

  it("takes the format from the file name and writes the plan's tables as a workbook", async () => {
    const result = await cli(["report", "opzoomerne", "--out", "plan.xlsx", "--as", "admin@opz.test"]);
    expect(result.code).toBe(0);
    const workbook = readZipEntry(readFileSync(join(dir, "plan.xlsx")), "xl/workbook.xml").toString("utf8");
    expect(workbook).toContain('name="Budget pr. år"');
  });

  it("refuses another organisation's user and unknown kinds or formats", async () => {
    const other = await cli(["report", "opzoomerne", "--out", "x.pdf", "--as", "other@andet.test"]);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain("findes ikke");
    const kind = await cli(["report", "opzoomerne", "--kind", "bogus", "--as", "admin@opz.test"]);
    expect(kind.stderr).toContain("Vælg en af: plan|pixi|application");
    const format = await cli(["report", "opzoomerne", "--out", "x.txt", "--as", "admin@opz.test"]);
    expect(format.stderr).toContain('Ukendt format "txt"');
    expect((await cli(["report", "opzoomerne"])).stderr).toContain("--as");
  });
});
