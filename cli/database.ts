import { type DatabaseHandle, openDatabase } from "~/.server/db/client";
import { readConfig } from "~/.server/env";
import { userError } from "~/.server/errors";
import type { CliIo } from "./io";

/** Opens the configured database (PostgreSQL or embedded), migrated, runs `work` and closes it. */
export async function withDatabase<T>(io: CliIo, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  if (io.database) return work(io.database);
  const handle = await openConfiguredDatabase(io.env, io.cwd);
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/**
 * Opens and migrates the database the environment names. A configuration error or a server
 * that cannot be reached becomes a user error that says what to check.
 */
export async function openConfiguredDatabase(env: NodeJS.ProcessEnv, cwd: string): Promise<DatabaseHandle> {
  const config = readConfig(env, cwd);
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await handle.migrate();
    return handle;
  } catch (e) {
    await handle.close().catch(() => {});
    const code = (e as NodeJS.ErrnoException).code ?? (e as { cause?: NodeJS.ErrnoException }).cause?.code;
    if (
      handle.kind === "postgres" &&
      (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "3D000" || code === "28P01")
    )
      throw userError(
        "database-unreachable",
        `Kan ikke bruge PostgreSQL-databasen ${handle.location} (${code}). Tjek DATABASE_URL, og at serveren kører.`,
      );
    throw e;
  }
}
