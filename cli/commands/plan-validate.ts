import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { userError } from "~/.server/errors";
import { parsePlanFile } from "~/plan-format/parse-plan-file";
import type { CliCommand } from "../io";

/** `helhed plan validate FILE`: checks a plan file and lists every problem by path. */
export const planValidate: CliCommand = {
  words: ["plan", "validate"],
  usage: "helhed plan validate FIL",
  actor: "none",
  summary: "Kontrollér en planfil (YAML eller JSON) og vis alle fejl med sti",
  async run(args, io) {
    const [file] = args;
    if (!file)
      throw userError("missing-file", "cliPlanFileRequired", { params: { usage: "helhed plan validate FIL" } });
    const text = await readPlanText(resolve(io.cwd, file));
    const result = parsePlanFile(text);
    if (!result.ok)
      throw userError("invalid-plan", "cliPlanInvalid", {
        params: { file, count: result.problems.length },
        details: result.problems,
      });
    io.out(`${file}: gyldig plan "${result.plan.title}" (${result.plan.slug})`);
    return 0;
  },
};

/** Reads a plan file, turning a missing file into a clear user error. */
export async function readPlanText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch {
    throw userError("file-not-found", "cliFileUnreadable", { params: { file: path } });
  }
}
