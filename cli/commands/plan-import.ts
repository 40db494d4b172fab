import { resolve } from "node:path";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { userError } from "~/.server/errors";
import { asOption, cliActor } from "../actor";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import type { CliCommand } from "../io";
import { readPlanText } from "./plan-validate";

/** `helhed plan import FILE [--replace]`: stores a plan file; an invalid file writes nothing. */
export const planImport: CliCommand = {
  words: ["plan", "import"],
  usage: "helhed plan import FIL [--replace] --as EMAIL",
  actor: "user",
  summary: "Importér en planfil (erstat en eksisterende plan med --replace)",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { replace: { type: "boolean" }, ...asOption }, this.usage);
    const file = positionals[0];
    if (!file) throw userError("missing-file", "cliPlanFileRequired", { params: { usage: this.usage } });
    const text = await readPlanText(resolve(io.cwd, file));
    const plan = await withDatabase(io, async ({ db }) =>
      importPlan(db, await cliActor(db, io, values.as), { text, replace: values.replace }),
    );
    io.out(`Importeret: ${plan.title} (${plan.slug})`);
    return 0;
  },
};
