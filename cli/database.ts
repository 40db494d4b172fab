import { sealAuditLog } from "~/.server/audit/seal-audit-log";
import { type DatabaseHandle, openDatabase } from "~/.server/db/client";
import { schemaIsCurrent } from "~/.server/db/roles";
import { readConfig } from "~/.server/env";
import { userError } from "~/.server/errors";
import type { CliIo } from "./io";

/** Opens the configured database (PostgreSQL or embedded), migrated, runs `work` and closes it. */
export async function withDatabase<T>(io: CliIo, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  if (io.database) return work(io.database);
  const handle = await openConfiguredDatabase(io.env, io.cwd);
  try {
    const result = await work(handle);
    // What the command audited is sealed before the process ends (the server seals on a timer).
    await sealAuditLog(handle.db);
    return result;
  } finally {
    await handle.close();
  }
}

/**
 * Opens and migrates the database the environment names. With HELHED_DATABASE_OWNER_URL set the
 * app's own role does not migrate (it may not): the schema must already be current, migrated by
 * `helhed db migrate` as the owner. A configuration error or a server that cannot be reached
 * becomes a user error that says what to check.
 */
export async function openConfiguredDatabase(
  env: NodeJS.ProcessEnv,
  cwd: string,
  as: "app" | "owner" = "app",
): Promise<DatabaseHandle> {
  const config = readConfig(env, cwd);
  const databaseUrl = as === "owner" ? (config.databaseOwnerUrl ?? config.databaseUrl) : config.databaseUrl;
  const handle = await openDatabase({ databaseUrl, dataDir: config.dataDir });
  try {
    if (as === "owner" || !config.databaseOwnerUrl) await handle.migrate();
    else if (!(await schemaIsCurrent(handle.db))) throw userError("schema-outdated", "cliSchemaOutdated");
    return handle;
  } catch (e) {
    await handle.close().catch(() => {});
    const code = (e as NodeJS.ErrnoException).code ?? (e as { cause?: NodeJS.ErrnoException }).cause?.code;
    if (
      handle.kind === "postgres" &&
      (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "3D000" || code === "28P01")
    )
      throw userError("database-unreachable", "cliDatabaseUnreachable", {
        params: { location: handle.location, code },
      });
    throw e;
  }
}
