import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { exportPlan } from "~/.server/domain/plans/get-plan";
import { userError } from "~/.server/errors";
import { serializePlan } from "~/plan-format/serialize-plan";
import { asOption, cliActor } from "../actor";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import type { CliCommand } from "../io";

/** `helhed plan export SLUG [--json|--yaml] [--out FILE]`: writes a plan as a plan file. */
export const planExport: CliCommand = {
  words: ["plan", "export"],
  usage: "helhed plan export SLUG [--json|--yaml] [--out FIL] --as EMAIL",
  actor: "user",
  summary: "Eksportér en plan som planfil (YAML som standard)",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: "boolean" }, yaml: { type: "boolean" }, out: { type: "string" }, ...asOption },
      this.usage,
    );
    const slug = positionals[0];
    if (!slug) throw userError("missing-slug", "cliSlugRequired", { params: { usage: this.usage } });
    if (values.json && values.yaml) throw userError("bad-arguments", "cliJsonOrYaml");
    const plan = await withDatabase(io, async ({ db }) => exportPlan(db, await cliActor(db, io, values.as), slug));
    const text = serializePlan(plan, values.json ? "json" : "yaml");
    if (values.out) {
      await writeFile(resolve(io.cwd, values.out), text);
      io.err(`Skrevet til ${values.out}`);
    } else io.out(text);
    return 0;
  },
};
