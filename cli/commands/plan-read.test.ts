import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parsePlanFile } from "~/plan-format/parse-plan-file";
import { runCli } from "../../tests/support/cli";

const dir = mkdtempSync(join(process.env.TMPDIR ?? tmpdir(), "helhed-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = [
  "Tryghedsplan for Vestparken 2024",
  "Partnerskabet løber fra 2024 til 2027.",
  "Indsatsområde 1: Tryghed",
  "Aktivitet: Gadeplan",
  "Succeskriterier",
  "- Mindst 3 tryghedsvandringer om året",
  "- 10 unge henvises til fritidsjob",
].join("\n");

describe("helhed plan read", () => {
  it("reads a text plan into a plan file that validates, and lists the criteria with their rules", async () => {
    writeFileSync(join(dir, "vestparken.txt"), text);
    const r = await runCli(["plan", "read", "vestparken.txt", "--out", "vestparken.yaml"], {}, dir);
    expect(r.stderr).toContain("Kladden er skrevet til vestparken.yaml");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Fundet: 1 indsatsområder, 1 aktiviteter, 2 succeskriterier");
    expect(r.stdout).toContain("Mindst 3 tryghedsvandringer om året");
    const parsed = parsePlanFile(readFileSync(join(dir, "vestparken.yaml"), "utf8"));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.plan.period).toEqual({ start: "2024-01-01", end: "2027-12-31" });
  });

  it("refuses an old Word file and a missing file with what to do, and writes nothing", async () => {
    writeFileSync(join(dir, "gammel.doc"), Buffer.from("d0cf11e0a1b11ae1000000", "hex"));
    const old = await runCli(["plan", "read", "gammel.doc", "--out", "x.yaml"], {}, dir);
    expect(old.code).toBe(1);
    expect(old.stderr).toContain("Gem det som .docx");
    const missing = await runCli(["plan", "read", "findes-ikke.pdf"], {}, dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("kan ikke læses");
    expect(() => readFileSync(join(dir, "x.yaml"))).toThrow();
  });
});
