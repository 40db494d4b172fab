import { randomBytes } from "node:crypto";
import pg from "pg";
import { type DatabaseHandle, openDatabase } from "~/.server/db/client";

/** Which database the integration tests run on: PostgreSQL when DATABASE_URL is set, else PGlite. */
export const testDatabaseKind = process.env.DATABASE_URL ? "postgres" : "pglite";

/** A PostgreSQL URL for a new, empty database (created here), and a function that drops it. */
export async function createPostgresDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `helhed_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      // A closed pool's connections may still be saying goodbye: let them go before forcing.
      for (let i = 0; i < 40; i++) {
        const { rows } = await c.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A fresh, migrated database for one test file; `close` removes it again. */
export async function createTestDatabase(): Promise<DatabaseHandle & { url?: string }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const handle = await openDatabase({ dataDir: "memory" });
    await handle.migrate();
    return handle;
  }
  const created = await createPostgresDatabase(adminUrl);
  const handle = await openDatabase({ databaseUrl: created.url, dataDir: "memory" });
  await handle.migrate();
  return {
    ...handle,
    url: created.url,
    close: async () => {
      await handle.close();
      await created.drop();
    },
  };
}
