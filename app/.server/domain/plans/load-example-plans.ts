import { readdir, readFile } from "node:fs/promises";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import type { Database } from "../../db/client";
import { findPlanId } from "../../db/repositories/plans";
import { UserError } from "../../errors";
import { importPlan } from "./import-plan";

/** Where the example plans live in the repository. */
export const examplePlansDir = fileURLToPath(new URL("../../../../examples/plans/", import.meta.url));

/** The example plan files, sorted by name. */
export async function examplePlanFiles(): Promise<string[]> {
  return (await readdir(examplePlansDir))
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => examplePlansDir + f);
}

/**
 * Loads the example plans and the demo plan. With `onlyMissing`, plans already in the database are left as they
 * are (so a restart keeps changes); otherwise they are replaced by the files' versions.
 * @example const loaded = await loadExamplePlans(db, { onlyMissing: true });
 */
export async function loadExamplePlans(db: Database, options: { onlyMissing?: boolean } = {}): Promise<ExampleLoad> {
  const loaded: string[] = [];
  const failed: ExampleLoad["failed"] = [];
  for (const file of await demoPlanFiles()) {
    const text = await readFile(file, "utf8");
    if (options.onlyMissing) {
      const slug = /^slug:\s*(\S+)/m.exec(text)?.[1];
      if (slug && (await findPlanId(db, slug))) continue;
    }
    try {
      const plan = await importPlan(db, { kind: "system", reason: "demo" }, { text, replace: true });
      loaded.push(plan.slug);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failed.push({
        file: basename(file),
        message: [error.message, ...error.details.map((d) => `${d.path}: ${d.message}`)].join("\n  "),
      });
    }
  }
  return { loaded, failed };
}

/** Where the invented demo plan lives: a plan that runs today, so the demo can log today. */
export const demoPlansDir = fileURLToPath(new URL("../../../../examples/demo/", import.meta.url));

/**
 * The plans `helhed serve --demo` loads: the five historical example plans and the invented
 * demo plan whose period includes today.
 */
export async function demoPlanFiles(): Promise<string[]> {
  const invented = (await readdir(demoPlansDir)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
  return [...(await examplePlanFiles()), ...invented.map((f) => demoPlansDir + f)];
}

/** The example plans loaded, and those that could not be (with why). */
export interface ExampleLoad {
  loaded: string[];
  failed: { file: string; message: string }[];
}
