import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { logbookTemplate } from "~/.server/domain/logbook-excel/logbook-excel";
import { userError } from "~/.server/errors";
import { asOption, cliActor } from "../actor";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import type { CliCommand } from "../io";

/** `helhed log template SLUG --out FIL`: the plan's logbook template as XLSX. */
export const logTemplate: CliCommand = {
  words: ["log", "template"],
  usage: "helhed log template SLUG --out FIL.xlsx --as EMAIL",
  actor: "user",
  summary: "Hent planens Excel-skabelon til logbogen (med lister fra planen)",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: "string" }, ...asOption }, this.usage);
    const slug = positionals[0];
    if (!slug || !values.out) throw userError("bad-arguments", "cliUsage", { params: { usage: this.usage } });
    const bytes = await withDatabase(io, async ({ db }) => {
      const ctx = await openLogbook(db, await cliActor(db, io, values.as), slug, "logbook.write");
      return logbookTemplate(db, ctx);
    });
    await writeFile(resolve(io.cwd, values.out), bytes);
    io.out(`Skrevet til ${values.out}`);
    return 0;
  },
};
