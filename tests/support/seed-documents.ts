import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parsePlanFile } from "~/plan-format/parse-plan-file";
import type { PlanFile } from "~/plan-format/plan";
import { convertWithLibreOffice, libreOfficeFilters } from "./libreoffice";

/** The source documents of the example plans (../shared/seeds beside the repository). */
export const seedsDir = fileURLToPath(new URL("../../../shared/seeds/", import.meta.url));
const plansDir = fileURLToPath(new URL("../../examples/plans/", import.meta.url));

export interface ExampleWithSeed {
  file: string;
  plan: PlanFile;
  /** The seed's file name, e.g. rum-for-liv-helhedsplan-2013-2016.txt. */
  seed: string;
}

/** Every example plan with the seed document it was written from (named in the plan file). */
export function examplesWithSeeds(): ExampleWithSeed[] {
  return readdirSync(plansDir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .flatMap((file) => {
      const text = readFileSync(join(plansDir, file), "utf8");
      const seed = /seeds\/([a-z0-9.-]+\.txt)/.exec(text)?.[1];
      const parsed = parsePlanFile(text);
      return parsed.ok && seed && existsSync(join(seedsDir, seed)) ? [{ file, plan: parsed.plan, seed }] : [];
    });
}

/**
 * Converts seed documents to DOCX and PDF with LibreOffice (one run per format) in a fresh folder;
 * returns the folder, where each seed is there as .txt, .docx and .pdf.
 */
export function convertSeeds(seeds: string[], formats: ("docx" | "pdf")[] = ["docx", "pdf"]): string {
  const dir = mkdtempSync(join(process.env.TMPDIR ?? tmpdir(), "helhed-seeds-"));
  for (const s of seeds) copyFileSync(join(seedsDir, s), join(dir, s));
  const files = seeds.map((s) => join(dir, s));
  for (const format of formats)
    convertWithLibreOffice(files, format === "docx" ? libreOfficeFilters.docx : libreOfficeFilters.pdf, dir, 300_000);
  return dir;
}
