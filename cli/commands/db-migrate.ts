import { withDatabase } from "../database";
import type { CliCommand } from "../io";

/** `helhed db migrate`: applies the committed migrations to the configured database. */
export const dbMigrate: CliCommand = {
  words: ["db", "migrate"],
  usage: "helhed db migrate",
  actor: "operator",
  summary: "Opdatér databasens skema (migreringerne i drizzle/)",
  async run(_args, io) {
    const where = await withDatabase(io, async (h) => `${h.kind} (${h.location})`);
    io.out(`Databasen er opdateret: ${where}`);
    return 0;
  },
};
