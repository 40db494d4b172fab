import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { logbookExport } from "~/.server/domain/logbook-excel/logbook-excel";
import { userError } from "~/.server/errors";
import { asOption, cliActor } from "../actor";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import type { CliCommand } from "../io";

/** `helhed log export SLUG --out FIL`: the plan's logbook (what the user may read) as XLSX. */
export const logExport: CliCommand = {
  words: ["log", "export"],
  usage: "helhed log export SLUG --out FIL.xlsx --as EMAIL",
  actor: "user",
  summary: "Eksportér planens logbog til Excel (det, du må se; uden navne og følsomme oplysninger)",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: "string" }, ...asOption }, this.usage);
    const slug = positionals[0];
    if (!slug || !values.out) throw userError("bad-arguments", "cliUsage", { params: { usage: this.usage } });
    const bytes = await withDatabase(io, async ({ db }) => {
      const ctx = await openLogbook(db, await cliActor(db, io, values.as), slug, "logbook.read");
      return logbookExport(db, ctx);
    });
    await writeFile(resolve(io.cwd, values.out), bytes);
    io.out(`Skrevet til ${values.out}`);
    return 0;
  },
};
