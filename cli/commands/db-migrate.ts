import { grantApplicationRole } from "~/.server/db/roles";
import { readConfig } from "~/.server/env";
import { helhedJobNames } from "~/.server/jobs/helhed-jobs";
import { installJobQueue } from "~/.server/jobs/job-queue";
import { openConfiguredDatabase } from "../database";
import type { CliCommand } from "../io";

/** The user name in a PostgreSQL URL (the role the connection acts as), if it names one. */
function roleOf(url: string | undefined): string | undefined {
  const name = url ? decodeURIComponent(new URL(url).username) : "";
  return name || undefined;
}

/**
 * `helhed db migrate`: applies the committed migrations. With HELHED_DATABASE_OWNER_URL it runs
 * as the tables' owner and then grants the application's role (DATABASE_URL's user) what it
 * needs — and on the audit log only reading and inserting.
 */
export const dbMigrate: CliCommand = {
  words: ["db", "migrate"],
  usage: "helhed db migrate",
  actor: "operator",
  summary: "Opdatér databasens skema (migreringerne i drizzle/) som tabellernes ejer",
  async run(_args, io) {
    const config = readConfig(io.env, io.cwd);
    const handle = io.database ?? (await openConfiguredDatabase(io.env, io.cwd, "owner"));
    try {
      const app = roleOf(config.databaseUrl);
      const owner = roleOf(config.databaseOwnerUrl);
      if (config.databaseOwnerUrl && app && app !== owner) {
        await installJobQueue(handle, helhedJobNames);
        await grantApplicationRole(handle.db, app);
        io.out(`Rettigheder givet til appens rolle ${app} (revisionsloggen: kun læse og tilføje).`);
      }
      io.out(`Databasen er opdateret: ${handle.kind} (${handle.location})`);
    } finally {
      if (!io.database) await handle.close();
    }
    return 0;
  },
};
